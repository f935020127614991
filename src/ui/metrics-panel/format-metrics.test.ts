import { describe, expect, it } from "vitest";
import { translate } from "../i18n/translate";
import { formatPercentagePoints, formatWalkingToRadius } from "./format-metrics";

it("formats a difference of ratios in percentage points, never %", () => {
  const en = (value: string) => translate("en", "unit.percentagePoints", { value });
  const zh = (value: string) => translate("zh", "unit.percentagePoints", { value });
  expect(formatPercentagePoints(0.4213 - 0.4, "en", en)).toBe("2.13 pp");
  expect(formatPercentagePoints(-0.015, "zh-CN", zh)).toBe("-1.5个百分点");
  expect(formatPercentagePoints(Number.NaN, "en", en)).toBe("—");
});

describe("formatWalkingToRadius", () => {
  it("divides walking by radius coverage as a multiple, and says — when the radius figure is 0", () => {
    expect(formatWalkingToRadius(0.31, 0.6, "en")).toBe("0.52×");
    expect(formatWalkingToRadius(0.5, 0.5, "zh-CN")).toBe("1.00×");
    expect(formatWalkingToRadius(0.2, 0, "en")).toBe("—");
    expect(formatWalkingToRadius(0.2, undefined, "en")).toBe("—");
  });
});
