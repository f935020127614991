import type { MetricsReport } from "../domain/metrics-report";

export interface ScenarioComparison {
  ratio: { baseline: number; scenario: number; deltaRatio: number };
  coveredAreaM2: { baseline: number; scenario: number; deltaM2: number };
  /** People covered (population-weighted ratio × residential population), when parcels carry population. */
  population: { baseline: number; scenario: number; delta: number } | null;
  byDistrict: { name: string; baselineRatio: number; scenarioRatio: number; deltaRatio: number }[];
}

/** The scenario against the baseline: Δ coverage ratio, Δ covered residential area, Δ population covered, Δ per district. */
export function compareScenario(baseline: MetricsReport, scenario: MetricsReport, totalPopulation: number): ScenarioComparison | null {
  const before = baseline.parkCoverage;
  const after = scenario.parkCoverage;
  if (!before || !after) return null;
  const people = (ratio: number | undefined) => (ratio ?? 0) * totalPopulation;
  const hasPopulation = totalPopulation > 0 && before.populationRatio !== undefined && after.populationRatio !== undefined;
  const afterByName = new Map((after.byDistrict ?? []).map((district) => [district.name, district.ratio]));
  return {
    ratio: { baseline: before.ratio, scenario: after.ratio, deltaRatio: after.ratio - before.ratio },
    coveredAreaM2: { baseline: before.coveredAreaM2, scenario: after.coveredAreaM2, deltaM2: after.coveredAreaM2 - before.coveredAreaM2 },
    population: hasPopulation
      ? {
          baseline: people(before.populationRatio),
          scenario: people(after.populationRatio),
          delta: people(after.populationRatio) - people(before.populationRatio),
        }
      : null,
    byDistrict: (before.byDistrict ?? []).map((district) => {
      const scenarioRatio = afterByName.get(district.name) ?? district.ratio;
      return { name: district.name, baselineRatio: district.ratio, scenarioRatio, deltaRatio: scenarioRatio - district.ratio };
    }),
  };
}
