/** What a MIP solver reports for a model. */
interface MipSolution {
  /** "Optimal", "Infeasible", "Time limit reached"… (HiGHS model status text). */
  readonly status: string;
  readonly objective: number;
  /** Primal value of each column by name. */
  readonly values: ReadonlyMap<string, number>;
}

/** A solver of CPLEX LP text models; the seam between the siting engine and HiGHS (or a test double). */
export type MipSolver = (lpText: string, options: { timeLimitS: number }) => MipSolution;

interface HighsColumn {
  Primal?: number;
}
interface HighsModule {
  solve(problem: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number; Columns: Record<string, HighsColumn> };
}

/**
 * Loads HiGHS (Huangfu & Hall's dual simplex and branch-and-cut MIP solver, compiled to WebAssembly by the
 * `highs` package) lazily, so its 3.4 MB module is fetched only when an exact solve is asked for.
 * @param locateFile - where the `.wasm` file is served (browser); Node finds it beside the package
 * @returns a MIP solver over LP text
 * @example const solve = await loadHighsSolver(); solve(mclpModel(instance, 4).text, { timeLimitS: 10 })
 */
export async function loadHighsSolver(locateFile?: (file: string) => string): Promise<MipSolver> {
  const loader = (await import("highs")).default as unknown as (settings?: { locateFile?: (file: string) => string }) => Promise<HighsModule>;
  const highs = await loader(locateFile ? { locateFile } : {});
  return (lpText, { timeLimitS }) => {
    const result = highs.solve(lpText, { time_limit: timeLimitS, output_flag: false, mip_rel_gap: 0 });
    const values = new Map<string, number>();
    for (const [name, column] of Object.entries(result.Columns)) values.set(name, column.Primal ?? 0);
    return { status: result.Status, objective: result.ObjectiveValue, values };
  };
}
