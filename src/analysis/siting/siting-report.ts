import type { CitySiting } from "./city-instance";
import type { LpBoundStatus } from "./siting-bound";
import type { SitingResult } from "./suggest-sites";

/** A suggested site with its position, for the map, the list and the exports. */
interface SitePlacement {
  readonly id: string;
  readonly rank: number;
  /** Weight newly covered by this site given the sites ranked before it. */
  readonly addedWeight: number;
  /** WGS84 degrees. */
  readonly lon: number;
  readonly lat: number;
}

/** What the app shows of a siting answer. */
export interface SitingReport extends Omit<SitingResult, "sites"> {
  readonly lpBoundStatus: LpBoundStatus;
  readonly sites: readonly SitePlacement[];
  /** Covered ratio with the first k sites, k = 0…N (the coverage curve; index 0 = existing parks only). */
  readonly curve: readonly number[];
  /** Weight each group of demand (district) gains from all the sites, largest first. */
  readonly byGroup: readonly { group: string; addedWeight: number }[];
}

/**
 * Adds positions, the coverage curve and the gain per district to a siting result.
 * @param siting - the instance and its points
 * @param result - the engine's answer
 * @param lpBoundStatus - where its LP-relaxation bound stands
 * @returns the report
 * @example sitingReport(citySitingInstance(input), suggestSites(instance, { count: 10 }), "settled").curve
 */
export function sitingReport(siting: CitySiting, result: SitingResult, lpBoundStatus: LpBoundStatus): SitingReport {
  const { instance, demand, candidates } = siting;
  const covered = Uint8Array.from(instance.alreadyCovered);
  const byGroup = new Map<string, number>();
  const curve = [result.totalWeight > 0 ? (result.coveredWeight - result.sites.reduce((sum, site) => sum + site.addedWeight, 0)) / result.totalWeight : 1];
  let running = curve[0]! * result.totalWeight;
  for (const site of result.sites) {
    for (const unit of instance.coverage[site.index] ?? []) {
      if (covered[unit]) continue;
      covered[unit] = 1;
      const group = demand[unit]?.group ?? "";
      byGroup.set(group, (byGroup.get(group) ?? 0) + (instance.demandWeights[unit] ?? 0));
    }
    running += site.addedWeight;
    curve.push(result.totalWeight > 0 ? running / result.totalWeight : 1);
  }
  return {
    ...result,
    lpBoundStatus,
    sites: result.sites.map((site) => ({
      id: site.id,
      rank: site.rank,
      addedWeight: site.addedWeight,
      lon: candidates[site.index]?.lon ?? 0,
      lat: candidates[site.index]?.lat ?? 0,
    })),
    curve,
    byGroup: [...byGroup].map(([group, addedWeight]) => ({ group, addedWeight })).sort((a, b) => b.addedWeight - a.addedWeight),
  };
}
