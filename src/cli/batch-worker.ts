/** One city of `shanhai batch`, in a worker thread: the metrics JSON, its data date and warnings, posted back. */
import { stat } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import type { CliArgs } from "./cli-args";
import { InputError, UsageError } from "./cli-errors";
import type { CityMessage } from "./batch-pool";
import { computeMetricsJson } from "./metrics-command";

/** The OSM extract's own date, else the newest modification time of the city's layer files (ISO 8601). */
async function dataDateOf(inputs: Record<string, { file?: string; dataDate?: string | null }>): Promise<string | null> {
  const osmDate = inputs.osm?.dataDate;
  if (osmDate) return osmDate;
  const times = await Promise.all(Object.values(inputs).map(async (input) => (input.file ? (await stat(input.file)).mtimeMs : 0)));
  const newest = Math.max(0, ...times);
  return newest > 0 ? new Date(newest).toISOString() : null;
}

async function compute(args: CliArgs): Promise<CityMessage> {
  const warnings: string[] = [];
  const progress = { update() {}, note() {}, end() {}, warn: (line: string) => warnings.push(line) };
  try {
    const json = await computeMetricsJson(args, progress);
    return { ok: true, json, dataDate: await dataDateOf(json.inputs as Record<string, { file?: string }>), warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: error instanceof InputError || error instanceof UsageError ? message : `internal failure: ${message}`, warnings };
  }
}

parentPort?.postMessage(await compute((workerData as { args: CliArgs }).args));
