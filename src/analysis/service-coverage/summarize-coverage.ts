import type { RuleSet } from "../../domain/rule-sets";
import type { DistrictCoverage, ParkCoverageResult } from "../../domain/metrics-report";
import type { ResidentialUnit } from "./residential-units";

/**
 * Sums per-unit covered fractions into the overall, per-class, per-district and population-weighted ratios.
 * Ratios are 0 when there is no residential land.
 */
export function summarizeCoverage(
  units: readonly ResidentialUnit[],
  fractions: readonly Float64Array[],
  ruleSet: RuleSet,
  districtNames: readonly string[] | undefined,
): ParkCoverageResult {
  let residentialAreaM2 = 0,
    population = 0,
    coveredPopulation = 0;
  const covered = fractions.map(() => 0);
  const districtCount = districtNames?.length ?? 0;
  const districtArea = new Float64Array(districtCount);
  const districtCovered = new Float64Array(districtCount);
  const districtPopulation = new Float64Array(districtCount);
  const districtCoveredPopulation = new Float64Array(districtCount);
  units.forEach((unit, u) => {
    residentialAreaM2 += unit.areaM2;
    fractions.forEach((layer, l) => (covered[l] += layer[u] * unit.areaM2));
    population += unit.population;
    coveredPopulation += unit.population * fractions[0][u];
    const d = unit.districtIndex;
    if (d >= 0 && d < districtCount) {
      districtArea[d] += unit.areaM2;
      districtCovered[d] += fractions[0][u] * unit.areaM2;
      districtPopulation[d] += unit.population;
      districtCoveredPopulation[d] += unit.population * fractions[0][u];
    }
  });
  const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const result: ParkCoverageResult = {
    ratio: ratio(covered[0], residentialAreaM2),
    residentialAreaM2,
    coveredAreaM2: covered[0],
    byClass: ruleSet.classes.map((radiusClass, c) => ({
      radiusM: radiusClass.radiusM,
      minAreaM2: radiusClass.minAreaM2,
      ...(radiusClass.label ? { label: radiusClass.label } : {}),
      ratio: ratio(covered[c + 1], residentialAreaM2),
      coveredAreaM2: covered[c + 1],
    })),
  };
  if (population > 0) result.populationRatio = coveredPopulation / population;
  if (districtNames) {
    result.byDistrict = districtNames.map(
      (name, d): DistrictCoverage => ({
        name,
        ratio: ratio(districtCovered[d], districtArea[d]),
        residentialAreaM2: districtArea[d],
        coveredAreaM2: districtCovered[d],
        ...(districtPopulation[d] > 0 ? { populationRatio: districtCoveredPopulation[d] / districtPopulation[d] } : {}),
      }),
    );
  }
  return result;
}

/**
 * True when class radii never shrink as the minimum park area grows: then a unit covered by any class is covered
 * overall, and the overall figure is the union of the classes.
 */
export function hasMonotoneRadii(ruleSet: RuleSet): boolean {
  const classes = ruleSet.classes;
  return classes.every((c, i) => i === 0 || c.radiusM >= (classes[i - 1] as RuleSet["classes"][number]).radiusM);
}
