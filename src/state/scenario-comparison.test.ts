import { expect, it } from "vitest";
import type { MetricsReport } from "../domain/metrics-report";
import { compareScenario } from "./scenario-comparison";

const report = (ratio: number, coveredAreaM2: number, populationRatio: number, districtRatio: number): MetricsReport => ({
  ruleSet: { id: "who-2016", classes: [{ minAreaM2: 5000, radiusM: 300 }], name: { zh: "", en: "" }, description: "" },
  parkCoverage: {
    ratio,
    residentialAreaM2: 1_000_000,
    coveredAreaM2,
    byClass: [],
    populationRatio,
    byDistrict: [{ name: "市南区", ratio: districtRatio, residentialAreaM2: 1_000_000, coveredAreaM2 }],
  },
});

it("reports Δ coverage, Δ covered area, Δ population and Δ per district", () => {
  const comparison = compareScenario(report(0.5, 500_000, 0.4, 0.5), report(0.6, 600_000, 0.55, 0.6), 10_000);
  expect(comparison?.ratio.deltaRatio).toBeCloseTo(0.1, 10);
  expect(comparison?.coveredAreaM2.deltaM2).toBe(100_000);
  expect(comparison?.population?.delta).toBeCloseTo(1500, 6);
  expect(comparison?.byDistrict).toEqual([{ name: "市南区", baselineRatio: 0.5, scenarioRatio: 0.6, deltaRatio: expect.closeTo(0.1, 10) }]);
});

it("omits the population row without population data", () => {
  expect(compareScenario(report(0.5, 1, 0.4, 0.5), report(0.5, 1, 0.4, 0.5), 0)?.population).toBeNull();
});
