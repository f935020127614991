import { marginalGain } from "./coverage-state";
import type { SitingInstance } from "./instance";

/** Progress and cancellation shared by the solvers. */
export interface SolveControl {
  /** Called with a fraction in [0, 1]. */
  readonly onProgress?: (fraction: number) => void;
  /** When aborted, the solver throws an `AbortError`-named error at its next check. */
  readonly signal?: { readonly aborted: boolean };
}

/** Thrown by a solver whose control signal was aborted. */
class SitingCancelledError extends Error {
  override name = "AbortError";
  constructor() {
    super("siting cancelled");
  }
}

function checkCancel(control: SolveControl | undefined): void {
  if (control?.signal?.aborted) throw new SitingCancelledError();
}

/**
 * Greedy maximal covering (Church & ReVelle 1974) with lazy re-evaluation of marginal gains (Minoux 1978):
 * adds, `count` times, the candidate that covers the most still-uncovered weight. Coverage is submodular, so
 * the result is within 1 − 1/e of the optimum (Nemhauser, Wolsey & Fisher 1978).
 * @param instance - the instance
 * @param count - number of sites
 * @param control - progress and cancel
 * @param targetWeight - stop early once the covered weight (existing coverage included) reaches it
 * @returns chosen candidate indices in the order added
 * @example greedySites(instance, 10)
 */
export function greedySites(instance: SitingInstance, count: number, control?: SolveControl, targetWeight = Number.POSITIVE_INFINITY): number[] {
  const covered = Uint8Array.from(instance.alreadyCovered);
  let coveredWeight = 0;
  covered.forEach((flag, unit) => {
    if (flag) coveredWeight += instance.demandWeights[unit] ?? 0;
  });
  const candidates = instance.coverage.length;
  const upper = new Float64Array(candidates);
  for (let candidate = 0; candidate < candidates; candidate += 1) upper[candidate] = marginalGain(instance, covered, candidate);
  const used = new Uint8Array(candidates);
  const chosen: number[] = [];
  while (chosen.length < Math.min(count, candidates) && coveredWeight < targetWeight) {
    checkCancel(control);
    // Lazy evaluation: a stale gain is an upper bound, so the best fresh gain at or above every stale one wins.
    const order = [...upper.keys()].filter((candidate) => !used[candidate]).sort((a, b) => (upper[b] ?? 0) - (upper[a] ?? 0) || a - b);
    let best = -1;
    let bestGain = -1;
    for (const candidate of order) {
      if ((upper[candidate] ?? 0) < bestGain || ((upper[candidate] ?? 0) === bestGain && candidate > best)) break;
      const gain = marginalGain(instance, covered, candidate);
      upper[candidate] = gain;
      if (gain > bestGain || (gain === bestGain && candidate < best)) [best, bestGain] = [candidate, gain];
    }
    if (best < 0) break;
    used[best] = 1;
    chosen.push(best);
    coveredWeight += bestGain;
    for (const unit of instance.coverage[best] ?? []) covered[unit] = 1;
    control?.onProgress?.(chosen.length / count);
  }
  return chosen;
}

/**
 * One-for-one swap improvement (Teitz & Bart 1968 interchange, applied to coverage): replaces a chosen site by
 * a free candidate whenever that raises the covered weight, until no swap improves or `maxPasses` passes ran.
 * @param instance - the instance
 * @param start - the starting sites (e.g. greedy's)
 * @param control - cancel
 * @param maxPasses - passes over the chosen sites at most
 * @returns improved sites (same count)
 * @example swapImprove(instance, greedySites(instance, 10))
 */
export function swapImprove(instance: SitingInstance, start: readonly number[], control?: SolveControl, maxPasses = 20): number[] {
  const chosen = [...start];
  const units = instance.demandWeights.length;
  const coverCount = new Int32Array(units);
  for (let unit = 0; unit < units; unit += 1) if (instance.alreadyCovered[unit]) coverCount[unit] = 1 << 20;
  for (const candidate of chosen) for (const unit of instance.coverage[candidate] ?? []) coverCount[unit] = (coverCount[unit] ?? 0) + 1;
  const inSet = new Uint8Array(instance.coverage.length);
  for (const candidate of chosen) inSet[candidate] = 1;
  const critical = new Uint8Array(units);
  for (let pass = 0; pass < maxPasses; pass += 1) {
    let improved = false;
    for (let position = 0; position < chosen.length; position += 1) {
      checkCancel(control);
      const out = chosen[position] as number;
      let loss = 0;
      for (const unit of instance.coverage[out] ?? []) {
        if (coverCount[unit] === 1) {
          critical[unit] = 1;
          loss += instance.demandWeights[unit] ?? 0;
        }
      }
      let best = -1;
      let bestGain = loss;
      for (let candidate = 0; candidate < instance.coverage.length; candidate += 1) {
        if (inSet[candidate]) continue;
        let gain = 0;
        for (const unit of instance.coverage[candidate] ?? []) if (coverCount[unit] === 0 || critical[unit]) gain += instance.demandWeights[unit] ?? 0;
        if (gain > bestGain + 1e-9 * Math.max(1, loss)) [best, bestGain] = [candidate, gain];
      }
      for (const unit of instance.coverage[out] ?? []) critical[unit] = 0;
      if (best < 0) continue;
      for (const unit of instance.coverage[out] ?? []) coverCount[unit] = (coverCount[unit] ?? 0) - 1;
      for (const unit of instance.coverage[best] ?? []) coverCount[unit] = (coverCount[unit] ?? 0) + 1;
      inSet[out] = 0;
      inSet[best] = 1;
      chosen[position] = best;
      improved = true;
    }
    if (!improved) break;
  }
  return chosen;
}

/**
 * An upper bound on the covered weight any `count` sites can reach, from a known set S: f(OPT) ≤ f(S) + the sum
 * of the `count` largest marginal gains with respect to S (Nemhauser, Wolsey & Fisher 1978, valid for every
 * monotone submodular coverage function). Tightest when S is greedy's or an improved set.
 * @param instance - the instance
 * @param chosen - a set of sites
 * @param count - number of sites of the bound
 * @param coveredWeightOfChosen - f(S), the covered weight of `chosen`
 * @returns the bound, in demand-weight units
 * @example submodularBound(instance, sites, 10, coveredWeight(instance, sites))
 */
export function submodularBound(instance: SitingInstance, chosen: readonly number[], count: number, coveredWeightOfChosen: number): number {
  const covered = Uint8Array.from(instance.alreadyCovered);
  for (const candidate of chosen) for (const unit of instance.coverage[candidate] ?? []) covered[unit] = 1;
  const gains: number[] = [];
  for (let candidate = 0; candidate < instance.coverage.length; candidate += 1) gains.push(marginalGain(instance, covered, candidate));
  gains.sort((a, b) => b - a);
  return coveredWeightOfChosen + gains.slice(0, count).reduce((sum, gain) => sum + gain, 0);
}
