import type { ParkRecord } from "../service-coverage/park-records";
import { intersectionAreaM2, pathsAreaM2 } from "../geometry/clip";
import { containsPoint } from "../geometry/distance";
import type { ProjectedShape } from "../geometry/projected-shape";
import type { RuleSet } from "../../domain/rule-sets";
import type { ParksSummary } from "../../domain/metrics-report";

/**
 * Park statistics: count, counted parks (area reaches the rule set's smallest class), ellipsoidal area per type
 * and per district (a park crossing a boundary is split; it counts in the district holding most of it), and
 * 人均公园绿地面积 (park area per capita, GB 55014-2021 §2.1.3 indicator) per district.
 * @param districtPopulation - residents per district (from the district layer or summed from parcels)
 */
export function parksSummary(
  parks: readonly (ParkRecord | undefined)[],
  ruleSet: RuleSet,
  districts: readonly ProjectedShape[] | undefined,
  districtNames: readonly string[] | undefined,
  districtPopulation: readonly number[] | undefined,
  totalPopulation: number,
): ParksSummary {
  const minimum = ruleSet.classes.length > 0 ? ruleSet.classes[0].minAreaM2 : Infinity;
  const byType = new Map<string, { count: number; areaM2: number }>();
  const districtCount = new Float64Array(districts?.length ?? 0);
  const districtArea = new Float64Array(districts?.length ?? 0);
  let count = 0,
    countedCount = 0,
    areaM2 = 0;
  for (const park of parks) {
    if (!park) continue;
    count++;
    if (park.areaM2 >= minimum) countedCount++;
    areaM2 += park.areaM2;
    const entry = byType.get(park.type) ?? { count: 0, areaM2: 0 };
    entry.count++;
    entry.areaM2 += park.areaM2;
    byType.set(park.type, entry);
    if (districts) assignToDistricts(park, districts, districtCount, districtArea);
  }
  const summary: ParksSummary = {
    count,
    countedCount,
    areaM2,
    byType: [...byType.entries()].map(([type, entry]) => ({ type, ...entry })).sort((a, b) => b.areaM2 - a.areaM2),
  };
  if (totalPopulation > 0) summary.areaPerCapitaM2 = areaM2 / totalPopulation;
  if (districtNames) {
    summary.byDistrict = districtNames.map((name, d) => {
      const population = districtPopulation?.[d] ?? 0;
      return {
        name,
        count: districtCount[d],
        areaM2: districtArea[d],
        ...(population > 0 ? { population, areaPerCapitaM2: districtArea[d] / population } : {}),
      };
    });
  }
  return summary;

  function assignToDistricts(park: ParkRecord, shapes: readonly ProjectedShape[], counts: Float64Array, areas: Float64Array) {
    const shape = park.shape;
    if (!shape.closed) {
      const d = shapes.findIndex((district) => containsPoint(district, shape.rings[0][0], shape.rings[0][1]));
      if (d >= 0) {
        counts[d]++;
        areas[d] += park.areaM2;
      }
      return;
    }
    const planar = pathsAreaM2(shape.paths);
    let best = -1,
      bestShare = 0;
    shapes.forEach((district, d) => {
      if (district.maxX < shape.minX || district.minX > shape.maxX || district.maxY < shape.minY || district.minY > shape.maxY) return;
      const share = planar > 0 ? intersectionAreaM2(shape, [district.paths]) / planar : 0;
      if (share <= 0) return;
      areas[d] += share * park.areaM2;
      if (share > bestShare) [best, bestShare] = [d, share];
    });
    if (best >= 0) counts[best]++;
  }
}
