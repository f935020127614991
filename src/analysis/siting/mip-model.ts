import type { SitingInstance } from "./instance";

/** A mixed-integer programme in CPLEX LP text, with the column name of each candidate's site variable. */
export interface LpModel {
  readonly text: string;
  /** `x<j>` for candidate j. */
  readonly siteColumn: (candidate: number) => string;
}

const TERMS_PER_LINE = 12;

function linearTerms(terms: readonly string[]): string {
  const lines: string[] = [];
  for (let start = 0; start < terms.length; start += TERMS_PER_LINE) lines.push(`  ${terms.slice(start, start + TERMS_PER_LINE).join(" ")}`);
  return lines.join("\n");
}

/** Demand units a new site can still gain, each with the candidates covering it. */
function openUnits(instance: SitingInstance): Map<number, number[]> {
  const coveringSites = new Map<number, number[]>();
  instance.coverage.forEach((units, candidate) => {
    for (const unit of units) {
      if (instance.alreadyCovered[unit] || !(instance.demandWeights[unit] ?? 0)) continue;
      const list = coveringSites.get(unit);
      if (list) list.push(candidate);
      else coveringSites.set(unit, [candidate]);
    }
  });
  return coveringSites;
}

/** yᵢ ≤ Σ xⱼ rows and the Σ wᵢ yᵢ terms over the open demand units. */
function coverageRows(instance: SitingInstance, units: Map<number, number[]>): { rows: string[]; weightTerms: string[] } {
  const rows: string[] = [];
  const weightTerms: string[] = [];
  for (const [unit, sites] of units) {
    weightTerms.push(`+ ${instance.demandWeights[unit]} y${unit}`);
    rows.push(` c${unit}: y${unit}\n${linearTerms(sites.map((site) => `- x${site}`))}\n  <= 0`);
  }
  return { rows, weightTerms };
}

/**
 * The maximal covering location problem (Church & ReVelle 1974) as a MIP in CPLEX LP format:
 * maximise Σ wᵢ yᵢ subject to yᵢ ≤ Σ_{j covers i} xⱼ, Σ xⱼ = N, xⱼ ∈ {0, 1}, 0 ≤ yᵢ ≤ 1 (yᵢ is integral at an
 * optimum once x is). Only demand units some candidate can newly cover get a variable; with `relax` the
 * binaries become 0 ≤ xⱼ ≤ 1, whose optimum is the LP-relaxation bound.
 * @param instance - the instance
 * @param count - N, the number of sites
 * @param relax - write the LP relaxation instead
 * @returns the model text and the site column names
 * @example mclpModel(instance, 4).text.startsWith("Maximize")
 */
export function mclpModel(instance: SitingInstance, count: number, relax = false): LpModel {
  const units = openUnits(instance);
  const { rows, weightTerms: objective } = coverageRows(instance, units);
  const siteTerms = instance.coverage.map((_, candidate) => `+ x${candidate}`);
  const bounds = [...units.keys()].map((unit) => ` 0 <= y${unit} <= 1`);
  if (relax) bounds.push(...instance.coverage.map((_, candidate) => ` 0 <= x${candidate} <= 1`));
  const text = [
    "Maximize",
    ` obj:${objective.length ? `\n${linearTerms(objective)}` : " 0 x0"}`,
    "Subject To",
    ...rows,
    ` sites:\n${linearTerms(siteTerms)}\n  = ${count}`,
    "Bounds",
    ...bounds,
    ...(relax ? [] : ["Binary", linearTerms(instance.coverage.map((_, candidate) => `x${candidate}`))]),
    "End",
    "",
  ].join("\n");
  return { text, siteColumn: (candidate) => `x${candidate}` };
}

/**
 * The location set covering problem (Toregas et al. 1971) in its partial form as a MIP in CPLEX LP format:
 * minimise Σ xⱼ subject to yᵢ ≤ Σ_{j covers i} xⱼ and Σ wᵢ yᵢ ≥ `targetNewWeight`, xⱼ ∈ {0, 1}; with `relax` the
 * binaries become 0 ≤ xⱼ ≤ 1, whose optimum, rounded up, is a lower bound on the number of sites.
 * @param instance - the instance
 * @param targetNewWeight - weight the new sites must cover beyond what existing parks cover
 * @param relax - write the LP relaxation instead
 * @returns the model text and the site column names
 * @example lscpModel(instance, 5000).text.startsWith("Minimize")
 */
export function lscpModel(instance: SitingInstance, targetNewWeight: number, relax = false): LpModel {
  const units = openUnits(instance);
  const { rows, weightTerms } = coverageRows(instance, units);
  const text = [
    "Minimize",
    ` obj:\n${linearTerms(instance.coverage.map((_, candidate) => `+ x${candidate}`))}`,
    "Subject To",
    ...rows,
    ` target:\n${linearTerms(weightTerms.length ? weightTerms : ["0 x0"])}\n  >= ${targetNewWeight}`,
    "Bounds",
    ...[...units.keys()].map((unit) => ` 0 <= y${unit} <= 1`),
    ...(relax
      ? instance.coverage.map((_, candidate) => ` 0 <= x${candidate} <= 1`)
      : ["Binary", linearTerms(instance.coverage.map((_, candidate) => `x${candidate}`))]),
    "End",
    "",
  ].join("\n");
  return { text, siteColumn: (candidate) => `x${candidate}` };
}
