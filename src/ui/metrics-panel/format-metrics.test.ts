import { expect, it } from "vitest";
import { translate } from "../i18n/translate";
import { formatPercentagePoints } from "./format-metrics";

it("formats a difference of ratios in percentage points, never %", () => {
  const en = (value: string) => translate("en", "unit.percentagePoints", { value });
  const zh = (value: string) => translate("zh", "unit.percentagePoints", { value });
  expect(formatPercentagePoints(0.4213 - 0.4, "en", en)).toBe("2.13 pp");
  expect(formatPercentagePoints(-0.015, "zh-CN", zh)).toBe("-1.5个百分点");
  expect(formatPercentagePoints(Number.NaN, "en", en)).toBe("—");
});
