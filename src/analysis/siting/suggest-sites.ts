import { coveredWeight, rankSites, totalWeight, uncoveredCount } from "./coverage-state";
import { greedySites, submodularBound, swapImprove, type SolveControl } from "./greedy";
import type { SitingInstance } from "./instance";
import { lscpModel, mclpModel } from "./mip-model";
import type { MipSolver } from "./mip-solver";
import {
  coverageLpBound,
  newWeightNeeded,
  type SitingBound,
  type SitingGoal,
  siteBound,
  siteCountGainBound,
  siteCountLpBound,
  tighterBound,
} from "./siting-bound";

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
export interface SitingResult extends SitingBound {
  readonly method: SitingMethod;
  /** Most coverage with N sites, or fewest sites to a target: says what `bound` bounds. */
  readonly goal: SitingGoal;
  readonly sites: readonly SuggestedSite[];
  /** Weight covered by existing parks and the suggested sites together. */
  readonly coveredWeight: number;
  readonly totalWeight: number;
  readonly coveredRatio: number;
  /** Demand units left uncovered. */
  readonly uncoveredCount: number;
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

/**
 * A result with its bound: `bound` bounds the covered weight (goal "coverage") or the number of sites (goal
 * "fewest-sites"); a proven optimum is its own bound.
 */
function resultFor(
  instance: SitingInstance,
  method: SitingMethod,
  goal: SitingGoal,
  chosen: readonly number[],
  bound?: { value: number; kind: "lp-relaxation" | "greedy" },
): SitingResult {
  const covered = coveredWeight(instance, chosen);
  const total = totalWeight(instance);
  const found = goal === "coverage" ? covered : chosen.length;
  return {
    method,
    goal,
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
    ...(bound ? siteBound(goal, found, bound.value, bound.kind) : siteBound(goal, found, found, "optimum")),
  };
}

/**
 * Tightens a greedy result's bound with the LP relaxation (maximal covering: upper bound on the coverage of
 * `count` sites; fewest sites: lower bound on the number of sites, rounded up). The app computes it after
 * showing the greedy sites; a proven optimum, or a relaxation the solver does not finish, leaves the result as it is.
 * @param instance - the instance the result was found on
 * @param result - the answer
 * @param target - N (covering) or the target ratio (fewest sites) the answer was asked for
 * @param solver - HiGHS
 * @param timeLimitS - solver time limit, seconds
 * @returns the result with the tighter bound and its gap
 * @example withLpBound(instance, greedy, { count: 10 }, solver).boundKind
 */
export function withLpBound(
  instance: SitingInstance,
  result: SitingResult,
  target: { count: number } | { targetRatio: number },
  solver: MipSolver,
  timeLimitS = 30,
): SitingResult {
  if (result.boundKind === "optimum") return result;
  const value =
    "count" in target ? coverageLpBound(instance, target.count, solver, timeLimitS) : siteCountLpBound(instance, target.targetRatio, solver, timeLimitS);
  if (value === null) return result;
  const found = result.goal === "coverage" ? result.coveredWeight : result.sites.length;
  return { ...result, ...tighterBound(result.goal, result, siteBound(result.goal, found, value, "lp-relaxation")) };
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
      return resultFor(instance, "exact", "coverage", chosenFrom(solution.values, instance));
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
  const bound = Math.min(submodularBound(instance, improved, count, improvedWeight), existing + greedyNew / (1 - 1 / Math.E));
  const answer = resultFor(instance, "greedy", "coverage", improved, { value: bound, kind: "greedy" });
  const result = solver ? withLpBound(instance, answer, { count }, solver) : answer;
  control?.onProgress?.(1);
  return result;
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
 * The result's `bound` is a lower bound on the number of sites: the LP relaxation rounded up when a solver is
 * given, else the fewest sites whose single gains sum to the weight needed; `gapRatio` = (sites − bound) / sites.
 * @param instance - the instance
 * @param options - target ratio, method, solver
 * @returns the sites
 * @example fewestSites(instance, { targetRatio: 0.95 }).sites.length
 */
export function fewestSites(instance: SitingInstance, options: FewestOptions): SitingResult {
  const { targetRatio, solver, control } = options;
  if (!(targetRatio > 0 && targetRatio <= 1)) throw new SitingInputError(`the target ratio must be in (0, 1] (got ${targetRatio})`);
  const total = totalWeight(instance);
  const needed = newWeightNeeded(instance, targetRatio);
  const existing = coveredWeight(instance, []);
  const target = existing + needed;
  if (needed <= 0) return resultFor(instance, "exact", "fewest-sites", []);
  const all = instance.coverage.map((_, candidate) => candidate);
  const reachable = coveredWeight(instance, all);
  if (reachable < target)
    throw new SitingInputError(
      `the target ${(targetRatio * 100).toFixed(1)} % cannot be reached: all candidates together cover ${((reachable / total) * 100).toFixed(1)} %`,
    );
  const method = options.method ?? "auto";
  if (method === "exact" && !solver) throw new SitingInputError("exact siting needs the MIP solver");
  if (solver && (method === "exact" || (method === "auto" && pairCount(instance) <= EXACT_PAIR_LIMIT))) {
    const solution = solver(lscpModel(instance, needed).text, { timeLimitS: options.timeLimitS ?? 60 });
    if (solution.status === "Optimal") return resultFor(instance, "exact", "fewest-sites", chosenFrom(solution.values, instance));
  }
  const chosen = greedySites(instance, all.length, control && { signal: control.signal }, target);
  const greedy = resultFor(instance, "greedy", "fewest-sites", chosen, { value: siteCountGainBound(instance, targetRatio), kind: "greedy" });
  return solver ? withLpBound(instance, greedy, { targetRatio }, solver) : greedy;
}
