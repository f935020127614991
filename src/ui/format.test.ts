import { describe, expect, it } from "vitest";
import { formatAreaWithMu, MU_M2 } from "./format";

const ZH = { m2: "平方米", km2: "平方千米", ha: "公顷", mu: "亩" };

describe("formatAreaWithMu", () => {
  it("gives km², 公顷 and 亩 side by side (1 亩 = 10000/15 m²)", () => {
    expect(MU_M2).toBeCloseTo(666.67, 2);
    expect(formatAreaWithMu(1_234_000, ZH, "zh-CN")).toBe("1.23 平方千米 · 123.4 公顷 · 1,851 亩");
  });

  it("gives m² below one square kilometre", () => {
    expect(formatAreaWithMu(6_666.7, ZH, "zh-CN")).toBe("6,667 平方米 · 0.67 公顷 · 10 亩");
  });
});
