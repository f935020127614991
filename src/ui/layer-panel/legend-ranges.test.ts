import { expect, it } from "vitest";
import { graduatedRangeLabels } from "./legend-ranges";

const units = { ha: "公顷", m: "米" };

it("shows area classes in hectares with their ranges", () => {
  expect(graduatedRangeLabels([5_000, 20_000, 1_500_000], "areaM2", "zh-CN", units)).toEqual(["< 0.5 公顷", "0.5–2 公顷", "2–150 公顷", "≥ 150 公顷"]);
});

it("shows lengths in metres and plain numbers without a unit", () => {
  expect(graduatedRangeLabels([300, 500], "radiusM", "en", units)).toEqual(["< 300 米", "300–500 米", "≥ 500 米"]);
  expect(graduatedRangeLabels([2.5], "population", "en", units)).toEqual(["< 2.5", "≥ 2.5"]);
});

it("gives every class of every ramp its own colour", async () => {
  const { RAMP_IDS, rampColors } = await import("./style-palettes");
  for (const ramp of RAMP_IDS) {
    for (let count = 3; count <= 9; count += 1) expect(new Set(rampColors(ramp, count)).size).toBe(count);
  }
});
