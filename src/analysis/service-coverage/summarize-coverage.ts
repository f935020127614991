import type { RuleSet } from "../../domain/rule-sets";
import type { DistrictCoverage, ParkCoverageResult } from "../../domain/metrics-report";
import type { ResidentialUnit } from "./residential-units";
import { valueAt } from "../value-at";

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
  const overall = valueAt(fractions, 0);
  let residentialAreaM2 = 0,
    population = 0,
    coveredPopulation = 0;
  const districts = (districtNames ?? []).map((name) => ({ name, areaM2: 0, coveredAreaM2: 0, population: 0, coveredPopulation: 0 }));
  units.forEach((unit, u) => {
    const fraction = valueAt(overall, u);
    residentialAreaM2 += unit.areaM2;
    population += unit.population;
    coveredPopulation += unit.population * fraction;
    const district = districts[unit.districtIndex];
    if (district) {
      district.areaM2 += unit.areaM2;
      district.coveredAreaM2 += fraction * unit.areaM2;
      district.population += unit.population;
      district.coveredPopulation += unit.population * fraction;
    }
  });
  const coveredAreaM2 = (layer: Float64Array) => {
    let sum = 0;
    units.forEach((unit, u) => (sum += valueAt(layer, u) * unit.areaM2));
    return sum;
  };
  const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const overallCoveredM2 = coveredAreaM2(overall);
  const result: ParkCoverageResult = {
    ratio: ratio(overallCoveredM2, residentialAreaM2),
    residentialAreaM2,
    coveredAreaM2: overallCoveredM2,
    byClass: ruleSet.classes.map((radiusClass, c) => {
      const classCoveredM2 = coveredAreaM2(valueAt(fractions, c + 1));
      return {
        radiusM: radiusClass.radiusM,
        minAreaM2: radiusClass.minAreaM2,
        ...(radiusClass.label ? { label: radiusClass.label } : {}),
        ratio: ratio(classCoveredM2, residentialAreaM2),
        coveredAreaM2: classCoveredM2,
      };
    }),
  };
  if (population > 0) result.populationRatio = coveredPopulation / population;
  if (districtNames) {
    result.byDistrict = districts.map(
      (district): DistrictCoverage => ({
        name: district.name,
        ratio: ratio(district.coveredAreaM2, district.areaM2),
        residentialAreaM2: district.areaM2,
        coveredAreaM2: district.coveredAreaM2,
        ...(district.population > 0 ? { populationRatio: district.coveredPopulation / district.population } : {}),
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
  return classes.every((c, i) => i === 0 || c.radiusM >= valueAt(classes, i - 1).radiusM);
}
