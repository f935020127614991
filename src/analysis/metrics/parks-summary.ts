import type { ParkRecord } from "../service-coverage/park-records";
import { intersectionAreaM2, pathsAreaM2 } from "../geometry/clip";
import { containsPoint } from "../geometry/distance";
import type { ProjectedShape } from "../geometry/projected-shape";
import type { RuleSet } from "../../domain/rule-sets";
import type { ParksSummary } from "../../domain/metrics-report";
import { valueAt } from "../value-at";

/** Parks counted in, and park area assigned to, one district. */
interface DistrictTotal {
  count: number;
  areaM2: number;
}

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
  const [smallestClass] = ruleSet.classes;
  const minimum = smallestClass ? smallestClass.minAreaM2 : Infinity;
  const byType = new Map<string, { count: number; areaM2: number }>();
  const districtTotals: DistrictTotal[] = (districts ?? []).map(() => ({ count: 0, areaM2: 0 }));
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
    if (districts) assignToDistricts(park, districts, districtTotals);
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
      const { count, areaM2 } = valueAt(districtTotals, d);
      return {
        name,
        count,
        areaM2,
        ...(population > 0 ? { population, areaPerCapitaM2: areaM2 / population } : {}),
      };
    });
  }
  return summary;

  function assignToDistricts(park: ParkRecord, shapes: readonly ProjectedShape[], totals: DistrictTotal[]) {
    const shape = park.shape;
    if (!shape.closed) {
      const ring = valueAt(shape.rings, 0);
      const total = totals[shapes.findIndex((district) => containsPoint(district, valueAt(ring, 0), valueAt(ring, 1)))];
      if (total) {
        total.count++;
        total.areaM2 += park.areaM2;
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
      valueAt(totals, d).areaM2 += share * park.areaM2;
      if (share > bestShare) [best, bestShare] = [d, share];
    });
    const bestTotal = totals[best];
    if (bestTotal) bestTotal.count++;
  }
}
