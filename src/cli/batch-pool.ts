/**
 * Runs the cities of a batch in worker threads (node:worker_threads): at most `jobs` at once, each in a fresh
 * worker whose JavaScript heap is capped at `memoryMb` (`resourceLimits`), so a city that runs out of memory or
 * crashes fails alone and the others go on.
 */
import { Worker } from "node:worker_threads";
import type { CliArgs } from "./cli-args";

/** What a worker posts back for one city. */
export type CityMessage =
  | { ok: true; json: Record<string, unknown>; dataDate: string | null; warnings: string[] }
  | { ok: false; error: string; warnings: string[] };

export type CityOutcome = CityMessage & { elapsedMs: number };

/** The worker script beside this module: the built `.js` file, or the TypeScript source under a loader. */
const WORKER_URL = new URL(import.meta.url.endsWith(".ts") ? "./batch-worker.ts" : "./batch-worker.js", import.meta.url);

function runCity(args: CliArgs, memoryMb: number): Promise<CityOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    let outcome: CityMessage | undefined;
    const worker = new Worker(WORKER_URL, { workerData: { args }, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    worker.on("message", (message: CityMessage) => {
      outcome = message;
    });
    worker.on("error", (error: Error & { code?: string }) => {
      outcome = {
        ok: false,
        warnings: [],
        error:
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? `ran out of memory (the limit is ${memoryMb} MB a job; raise --memory)`
            : `internal failure: ${error.message}`,
      };
    });
    worker.on("exit", (code) => {
      resolve({
        ...(outcome ?? { ok: false, warnings: [], error: `internal failure: the worker stopped (exit code ${code})` }),
        elapsedMs: performance.now() - started,
      });
    });
  });
}

/**
 * Computes every city, `jobs` at a time; `onDone` is called as each finishes. Returns the outcomes in the
 * order of `cities`.
 */
export async function runCities(
  cities: readonly CliArgs[],
  jobs: number,
  memoryMb: number,
  onDone: (index: number, outcome: CityOutcome) => void,
): Promise<CityOutcome[]> {
  const outcomes: CityOutcome[] = new Array(cities.length);
  let next = 0;
  const lane = async () => {
    while (next < cities.length) {
      const index = next++;
      outcomes[index] = await runCity(cities[index]!, memoryMb);
      onDone(index, outcomes[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, cities.length) }, lane));
  return outcomes;
}
