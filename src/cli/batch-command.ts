/**
 * `shanhai batch --manifest cities.json [--jobs N] [--memory MB] [--format csv|xlsx|json] [--out FILE]`: the
 * indicators of every city of the manifest, computed in worker threads, written as one table (stdout or `--out`).
 * A failed city gets its error in its row; the exit code is then 3, after every other city is done.
 */
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { readManifest } from "./batch-manifest";
import { runCities, type CityOutcome } from "./batch-pool";
import { batchCsv, batchJson, batchRows, batchXlsx, type CityRow } from "./batch-table";
import type { BatchArgs } from "./cli-args";
import { InputError } from "./cli-errors";
import type { Progress } from "./progress";

/** Exit code of a batch in which some city failed (its row says why). */
const SOME_CITIES_FAILED = 3;
const DEFAULT_MEMORY_MB = 2048;

/** Computes every city of the manifest and writes one table; returns the exit code. */
export async function runBatch(args: BatchArgs, progress: Progress): Promise<number> {
  const manifest = args.manifest!;
  const cities = await readManifest(manifest, args.rules);
  const jobs = args.jobs ?? availableParallelism();
  const outcomes: (CityOutcome | undefined)[] = cities.map((city) =>
    city.error === undefined ? undefined : { ok: false, error: city.error, warnings: [], elapsedMs: 0 },
  );
  for (const city of cities) {
    if (city.ignoredKeys.length > 0) progress.warn(`${manifest}: ${city.name}: ignored keys this version does not read: ${city.ignoredKeys.join(", ")}`);
  }
  const runnable = cities.flatMap((city, index) => (city.args ? [{ index, args: city.args }] : []));
  let done = cities.length - runnable.length;
  progress.update(done / cities.length, `${done}/${cities.length} cities`);
  await runCities(
    runnable.map((city) => city.args),
    jobs,
    args.memoryMb ?? DEFAULT_MEMORY_MB,
    (i, outcome) => {
      const { index } = runnable[i]!;
      outcomes[index] = outcome;
      done++;
      const name = cities[index]!.name;
      outcome.warnings.forEach((line) => progress.warn(`${name}: ${line}`));
      const seconds = (outcome.elapsedMs / 1000).toFixed(1);
      progress.note(`batch: ${done}/${cities.length} ${name}: ${outcome.ok ? `done in ${seconds} s` : `failed after ${seconds} s: ${outcome.error}`}`);
      progress.update(done / cities.length, `${done}/${cities.length} cities`);
    },
  );
  progress.end();
  const rows: CityRow[] = cities.map((city, index) => ({ name: city.name, outcome: outcomes[index]! }));
  const output = args.format === "json" ? batchJson(rows) : args.format === "xlsx" ? await batchXlsx(batchRows(rows)) : batchCsv(batchRows(rows));
  if (args.out) {
    await writeFile(args.out, output).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`--out ${args.out}: cannot write (${error.code ?? "error"})`);
    });
  } else {
    process.stdout.write(output);
  }
  return rows.every((row) => row.outcome.ok) ? 0 : SOME_CITIES_FAILED;
}
