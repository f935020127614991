import type { SitingInstance } from "./instance";

/**
 * The covered weight of a set of sites: every demand unit already covered, plus every unit that at least one
 * chosen candidate covers.
 * @param instance - the instance
 * @param chosen - candidate indices
 * @returns covered weight (same unit as the demand weights)
 * @example coveredWeight(instance, [0, 3])
 */
export function coveredWeight(instance: SitingInstance, chosen: readonly number[]): number {
  const covered = Uint8Array.from(instance.alreadyCovered);
  for (const candidate of chosen) for (const unit of instance.coverage[candidate] ?? []) covered[unit] = 1;
  let weight = 0;
  covered.forEach((flag, unit) => {
    if (flag) weight += instance.demandWeights[unit] ?? 0;
  });
  return weight;
}

/** Number of demand units left uncovered by a set of sites (existing parks included). */
export function uncoveredCount(instance: SitingInstance, chosen: readonly number[]): number {
  const covered = Uint8Array.from(instance.alreadyCovered);
  for (const candidate of chosen) for (const unit of instance.coverage[candidate] ?? []) covered[unit] = 1;
  return covered.reduce((count, flag) => count + (flag ? 0 : 1), 0);
}

/** Total weight of all demand units. */
export function totalWeight(instance: SitingInstance): number {
  return instance.demandWeights.reduce((sum, weight) => sum + weight, 0);
}

/**
 * Orders a set of sites by the coverage each adds (greedy order inside the set): first the site covering most,
 * then the one adding most to it, and so on.
 * @param instance - the instance
 * @param chosen - candidate indices, any order
 * @returns the same indices ranked, each with the weight it adds
 * @example rankSites(instance, [4, 1])[0].addedWeight
 */
export function rankSites(instance: SitingInstance, chosen: readonly number[]): { index: number; addedWeight: number }[] {
  const covered = Uint8Array.from(instance.alreadyCovered);
  const left = [...chosen];
  const ranked: { index: number; addedWeight: number }[] = [];
  while (left.length > 0) {
    let bestPosition = 0;
    let bestGain = -1;
    left.forEach((candidate, position) => {
      const gain = marginalGain(instance, covered, candidate);
      if (gain > bestGain || (gain === bestGain && candidate < (left[bestPosition] ?? Infinity))) [bestPosition, bestGain] = [position, gain];
    });
    const [index] = left.splice(bestPosition, 1) as [number];
    for (const unit of instance.coverage[index] ?? []) covered[unit] = 1;
    ranked.push({ index, addedWeight: bestGain });
  }
  return ranked;
}

/** Weight a candidate would add to the units not yet covered. */
export function marginalGain(instance: SitingInstance, covered: Uint8Array, candidate: number): number {
  let gain = 0;
  for (const unit of instance.coverage[candidate] ?? []) if (!covered[unit]) gain += instance.demandWeights[unit] ?? 0;
  return gain;
}
