import { coveredWeight, rankSites, totalWeight, uncoveredCount } from "./coverage-state";
import { greedySites, submodularBound, swapImprove, type SolveControl } from "./greedy";
import type { SitingInstance } from "./instance";
import { lscpModel, mclpModel } from "./mip-model";
import type { MipSolver } from "./mip-solver";

/** How sites were chosen: proven optimum, or greedy with swap improvement. */
type SitingMethod = "exact" | "greedy";

/** One suggested site, ranked by the coverage it adds. */
interface SuggestedSite {
  readonly index: number;
  readonly id: string;
  /** 1 = adds most. */
  readonly rank: number;
  /** Weight newly covered by this site, given the sites ranked before it. */
  readonly addedWeight: number;
}

/** A siting answer (the CLI prints it as JSON). Weights are in the demand weight's unit (people or m²). */
export interface SitingResult {
  readonly method: SitingMethod;
  readonly sites: readonly SuggestedSite[];
  /** Weight covered by existing parks and the suggested sites together. */
  readonly coveredWeight: number;
  readonly totalWeight: number;
  readonly coveredRatio: number;
  /** Demand units left uncovered. */
  readonly uncoveredCount: number;
  /** Upper bound on the covered weight any choice of the same number of sites can reach. */
  readonly bound: number;
  /** (bound − coveredWeight) / bound: 0 for a proven optimum. */
  readonly gapRatio: number;
}

/** Options of {@link suggestSites}. */
export interface SuggestOptions {
  /** N, the number of new sites. */
  readonly count: number;
  /** "exact" needs `solver`; "auto" solves exactly when the instance is small enough and a solver is given. */
  readonly method?: SitingMethod | "auto";
  readonly solver?: MipSolver;
  readonly timeLimitS?: number;
  readonly control?: SolveControl;
}

/** Instances up to this many candidate–demand pairs are solved exactly by "auto". */
const EXACT_PAIR_LIMIT = 20_000;

/** An impossible request: N larger than the candidates, nothing in reach, a target that cannot be reached. */
export class SitingInputError extends Error {}

function pairCount(instance: SitingInstance): number {
  return instance.coverage.reduce((sum, units) => sum + units.length, 0);
}

function resultFor(instance: SitingInstance, method: SitingMethod, chosen: readonly number[], bound: number): SitingResult {
  const covered = coveredWeight(instance, chosen);
  const total = totalWeight(instance);
  const safeBound = Math.max(bound, covered);
  return {
    method,
    sites: rankSites(instance, chosen).map((site, position) => ({
      index: site.index,
      id: instance.candidateIds[site.index] ?? String(site.index),
      rank: position + 1,
      addedWeight: site.addedWeight,
    })),
    coveredWeight: covered,
    totalWeight: total,
    coveredRatio: total > 0 ? covered / total : 1,
    uncoveredCount: uncoveredCount(instance, chosen),
    bound: safeBound,
    gapRatio: safeBound > 0 ? (safeBound - covered) / safeBound : 0,
  };
}

function chosenFrom(values: ReadonlyMap<string, number>, instance: SitingInstance): number[] {
  return instance.coverage.map((_, candidate) => candidate).filter((candidate) => (values.get(`x${candidate}`) ?? 0) > 0.5);
}

function checkReach(instance: SitingInstance, count: number): void {
  if (!Number.isInteger(count) || count < 1) throw new SitingInputError(`the number of sites must be a whole number ≥ 1 (got ${count})`);
  if (count > instance.candidateIds.length) throw new SitingInputError(`${count} sites asked for but only ${instance.candidateIds.length} candidates given`);
  if (instance.coverage.every((units) => units.length === 0)) throw new SitingInputError("no candidate is within reach of any demand unit");
}

/**
 * Maximal covering location (MCLP, Church & ReVelle 1974): the `count` candidate sites that newly cover the most
 * demand weight. Exact through a MIP solver (HiGHS) when asked for or when "auto" finds the instance small
 * enough; otherwise greedy with swap improvement, whose bound is the smaller of the submodular bound
 * (Nemhauser, Wolsey & Fisher 1978), greedy ÷ (1 − 1/e) and, with a solver, the LP relaxation.
 * @param instance - the instance
 * @param options - N, method, solver, time limit, progress/cancel
 * @returns ranked sites, coverage, bound and gap
 * @example suggestSites(instance, { count: 10 }).coveredRatio
 */
export function suggestSites(instance: SitingInstance, options: SuggestOptions): SitingResult {
  const { count, solver, control } = options;
  checkReach(instance, count);
  const timeLimitS = options.timeLimitS ?? 60;
  const method = options.method ?? "auto";
  const wantExact = method === "exact" || (method === "auto" && solver !== undefined && pairCount(instance) <= EXACT_PAIR_LIMIT);
  if (method === "exact" && !solver) throw new SitingInputError("exact siting needs the MIP solver");
  if (wantExact && solver) {
    control?.onProgress?.(0.05);
    const solution = solver(mclpModel(instance, count).text, { timeLimitS });
    if (control?.signal?.aborted) return greedyResult(instance, count, solver, control);
    if (solution.status === "Optimal") {
      control?.onProgress?.(1);
      const chosen = chosenFrom(solution.values, instance);
      return resultFor(instance, "exact", chosen, coveredWeight(instance, chosen));
    }
  }
  return greedyResult(instance, count, solver, control);
}

function greedyResult(instance: SitingInstance, count: number, solver: MipSolver | undefined, control: SolveControl | undefined): SitingResult {
  const greedy = greedySites(instance, count, control && { ...control, onProgress: (fraction) => control.onProgress?.(fraction * 0.6) });
  const improved = swapImprove(instance, greedy, control);
  control?.onProgress?.(0.9);
  const existing = coveredWeight(instance, []);
  const greedyNew = coveredWeight(instance, greedy) - existing;
  const improvedWeight = coveredWeight(instance, improved);
  let bound = Math.min(submodularBound(instance, improved, count, improvedWeight), existing + greedyNew / (1 - 1 / Math.E));
  if (solver) {
    const relaxation = solver(mclpModel(instance, count, true).text, { timeLimitS: 30 });
    if (relaxation.status === "Optimal") bound = Math.min(bound, existing + relaxation.objective + 1e-9 * Math.max(1, relaxation.objective));
  }
  control?.onProgress?.(1);
  return resultFor(instance, "greedy", improved, bound);
}

/** Options of {@link fewestSites}. */
export interface FewestOptions {
  /** Covered ratio to reach, in (0, 1]. */
  readonly targetRatio: number;
  readonly method?: SitingMethod | "auto";
  readonly solver?: MipSolver;
  readonly timeLimitS?: number;
  readonly control?: SolveControl;
}

/**
 * Location set covering in its partial form (LSCP, Toregas et al. 1971): the fewest candidate sites that bring the
 * covered ratio (existing parks included) to `targetRatio`. Exact through the MIP solver, or greedy (add the site
 * adding most until the target is met; its count is within ln(max coverage)+1 of the optimum, Chvátal 1979).
 * The result's `bound` and `gapRatio` describe the coverage of the chosen number of sites, as for MCLP.
 * @param instance - the instance
 * @param options - target ratio, method, solver
 * @returns the sites
 * @example fewestSites(instance, { targetRatio: 0.95 }).sites.length
 */
export function fewestSites(instance: SitingInstance, options: FewestOptions): SitingResult {
  const { targetRatio, solver, control } = options;
  if (!(targetRatio > 0 && targetRatio <= 1)) throw new SitingInputError(`the target ratio must be in (0, 1] (got ${targetRatio})`);
  const total = totalWeight(instance);
  const target = targetRatio * total * (1 - 1e-12);
  const existing = coveredWeight(instance, []);
  if (existing >= target) return resultFor(instance, "exact", [], existing);
  const all = instance.coverage.map((_, candidate) => candidate);
  const reachable = coveredWeight(instance, all);
  if (reachable < target)
    throw new SitingInputError(
      `the target ${(targetRatio * 100).toFixed(1)} % cannot be reached: all candidates together cover ${((reachable / total) * 100).toFixed(1)} %`,
    );
  const method = options.method ?? "auto";
  if (method === "exact" && !solver) throw new SitingInputError("exact siting needs the MIP solver");
  if (solver && (method === "exact" || (method === "auto" && pairCount(instance) <= EXACT_PAIR_LIMIT))) {
    const solution = solver(lscpModel(instance, target - existing).text, { timeLimitS: options.timeLimitS ?? 60 });
    if (solution.status === "Optimal") {
      const chosen = chosenFrom(solution.values, instance);
      return resultFor(instance, "exact", chosen, coveredWeight(instance, chosen));
    }
  }
  const order = greedySites(instance, all.length, control && { signal: control.signal });
  const chosen: number[] = [];
  for (const candidate of order) {
    chosen.push(candidate);
    if (coveredWeight(instance, chosen) >= target) break;
  }
  const weight = coveredWeight(instance, chosen);
  return resultFor(instance, "greedy", chosen, submodularBound(instance, chosen, chosen.length, weight));
}
