import { coveredWeight, marginalGain, totalWeight } from "./coverage-state";
import type { SitingInstance } from "./instance";
import { lscpModel, mclpModel } from "./mip-model";
import type { MipSolver } from "./mip-solver";

/**
 * Where a result's bound comes from: the proven optimum itself, the LP relaxation of the model (solved by HiGHS),
 * or the greedy bound (for covering: the submodular bound; for the fewest sites: the sum of the largest single
 * gains).
 */
export type SitingBoundKind = "optimum" | "lp-relaxation" | "greedy";

/**
 * What was asked: the most coverage with N sites (the bound is an upper bound on the covered weight), or the
 * fewest sites reaching a target (the bound is a lower bound on the number of sites).
 */
export type SitingGoal = "coverage" | "fewest-sites";

/**
 * Where the LP-relaxation bound of an app answer stands: being computed after the sites are shown, not computed (the
 * instance has more candidate–demand pairs than {@link LP_BOUND_PAIR_LIMIT}; the greedy bound is stated), stopped
 * by the planner, or settled (a proven optimum, or the LP bound already in).
 */
export type LpBoundStatus = "computing" | "too-large" | "cancelled" | "settled";

/**
 * Largest instance, in candidate–demand pairs, whose LP relaxation the app solves after a greedy answer: the shipped
 * Qingdao instance (≈ 75,000 pairs) takes 2–5 s in HiGHS on two busy cores, so the limit keeps the wait after the
 * sites are shown to about ten seconds.
 */
const LP_BOUND_PAIR_LIMIT = 150_000;

/**
 * Whether an answer still needs its LP-relaxation bound in the app.
 * @param result - the answer's bound kind
 * @param pairCount - candidate–demand pairs of its instance
 * @returns "settled" for an optimum or an LP bound, "too-large" beyond the limit, else "computing"
 * @example lpBoundStatusOf({ boundKind: "greedy" }, 74_624) // "computing"
 */
export function lpBoundStatusOf(result: Pick<SitingBound, "boundKind">, pairCount: number): LpBoundStatus {
  if (result.boundKind !== "greedy") return "settled";
  return pairCount > LP_BOUND_PAIR_LIMIT ? "too-large" : "computing";
}

/** A bound with its gap, as a result reports it. */
export interface SitingBound {
  /** Covering: covered weight no N sites exceed. Fewest sites: number of sites no choice reaching the target goes below. */
  readonly bound: number;
  /** Covering: (bound − covered) / bound. Fewest sites: (sites − bound) / sites. 0 for a proven optimum. */
  readonly gapRatio: number;
  readonly boundKind: SitingBoundKind;
}

/**
 * The bound and gap of an answer; `found` is its covered weight (covering) or its number of sites (fewest sites).
 * A bound weaker than the answer itself (rounding) is clamped to it.
 * @param goal - what was asked
 * @param found - the answer's covered weight or number of sites
 * @param bound - the bound
 * @param boundKind - where the bound comes from
 * @returns bound, gap and kind
 * @example siteBound("coverage", 90, 100, "lp-relaxation").gapRatio // 0.1
 */
export function siteBound(goal: SitingGoal, found: number, bound: number, boundKind: SitingBoundKind): SitingBound {
  if (goal === "coverage") {
    const safe = Math.max(bound, found);
    return { bound: safe, gapRatio: safe > 0 ? (safe - found) / safe : 0, boundKind };
  }
  const safe = Math.min(Math.max(0, bound), found);
  return { bound: safe, gapRatio: found > 0 ? (found - safe) / found : 0, boundKind };
}

/**
 * Of two bounds of the same answer, the tighter one (smaller upper bound on coverage, larger lower bound on the
 * number of sites); on a tie the first.
 * @param goal - what was asked
 * @param current - the bound held so far
 * @param candidate - a new bound
 * @returns the tighter bound
 * @example tighterBound("coverage", greedyBound, lpBound).boundKind
 */
export function tighterBound(goal: SitingGoal, current: SitingBound, candidate: SitingBound): SitingBound {
  const isTighter = goal === "coverage" ? candidate.bound < current.bound : candidate.bound > current.bound;
  return isTighter ? candidate : current;
}

/**
 * Upper bound on the weight any `count` sites cover: the existing coverage plus the optimum of the maximal
 * covering LP relaxation (Church & ReVelle 1974 with 0 ≤ xⱼ ≤ 1), with a relative slack of 10⁻⁹ for the solver's
 * tolerances. Null when the solver stops before proving the LP optimum (time limit).
 * @param instance - the instance
 * @param count - N, the number of sites
 * @param solver - HiGHS (or a test double)
 * @param timeLimitS - solver time limit, seconds
 * @returns the bound in demand-weight units, or null
 * @example coverageLpBound(instance, 10, solver)
 */
export function coverageLpBound(instance: SitingInstance, count: number, solver: MipSolver, timeLimitS = 30): number | null {
  const relaxation = solver(mclpModel(instance, count, true).text, { timeLimitS });
  if (relaxation.status !== "Optimal") return null;
  return coveredWeight(instance, []) + relaxation.objective + 1e-9 * Math.max(1, relaxation.objective);
}

/**
 * Weight new sites must cover to bring the covered ratio (existing parks included) to `targetRatio`; ≤ 0 when
 * existing parks already reach it.
 * @param instance - the instance
 * @param targetRatio - covered ratio to reach, (0, 1]
 * @returns weight in demand-weight units
 * @example newWeightNeeded(instance, 0.95)
 */
export function newWeightNeeded(instance: SitingInstance, targetRatio: number): number {
  return targetRatio * totalWeight(instance) * (1 - 1e-12) - coveredWeight(instance, []);
}

/**
 * Lower bound on the number of sites reaching `targetRatio`: the partial set covering LP relaxation (Toregas et al.
 * 1971 with 0 ≤ xⱼ ≤ 1) rounded up, its optimum less a 10⁻⁶ tolerance first. Null when the solver stops before
 * proving the LP optimum.
 * @param instance - the instance
 * @param targetRatio - covered ratio to reach, (0, 1]
 * @param solver - HiGHS (or a test double)
 * @param timeLimitS - solver time limit, seconds
 * @returns the lower bound (a whole number), or null
 * @example siteCountLpBound(instance, 0.95, solver)
 */
export function siteCountLpBound(instance: SitingInstance, targetRatio: number, solver: MipSolver, timeLimitS = 30): number | null {
  const needed = newWeightNeeded(instance, targetRatio);
  if (needed <= 0) return 0;
  const relaxation = solver(lscpModel(instance, needed, true).text, { timeLimitS });
  if (relaxation.status !== "Optimal") return null;
  return Math.ceil(relaxation.objective - 1e-6);
}

/**
 * Lower bound on the number of sites reaching `targetRatio` without a solver: the fewest k whose k largest
 * single-site gains (each site alone, over the existing coverage) sum to the weight needed — no k sites cover
 * more than the sum of their own gains.
 * @param instance - the instance
 * @param targetRatio - covered ratio to reach, (0, 1]
 * @returns the lower bound (a whole number)
 * @example siteCountGainBound(instance, 0.95)
 */
export function siteCountGainBound(instance: SitingInstance, targetRatio: number): number {
  const needed = newWeightNeeded(instance, targetRatio);
  if (needed <= 0) return 0;
  const covered = Uint8Array.from(instance.alreadyCovered);
  const gains = instance.coverage.map((_, candidate) => marginalGain(instance, covered, candidate)).sort((a, b) => b - a);
  let sum = 0;
  for (let k = 0; k < gains.length; k += 1) {
    sum += gains[k] ?? 0;
    if (sum >= needed) return k + 1;
  }
  return gains.length;
}
