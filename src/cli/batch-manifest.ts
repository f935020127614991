/**
 * The manifest of `shanhai batch`: `{"cities": [{"name": "青岛", "residential": "…", "parks": "…", "osm": "…",
 * "rules": "…", …}]}`. A city's keys are the metrics command's flags (`residential`, `redLine`, `osmBoundary`,
 * `greenwayRadiusM`… — the keys of METRICS_FLAGS), checked by the same parser as the command line; paths are
 * absolute or relative to the manifest. A city that is wrong gets its error and does not stop the others.
 */
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { parseFlags, type CliArgs, checkMetricsArgs } from "./cli-args";
import { InputError, UsageError } from "./cli-errors";
import { METRICS_FLAGS } from "./cli-flags";

export interface ManifestCity {
  name: string;
  /** The metrics arguments of the city, when its entry is valid. */
  args?: CliArgs;
  /** Why the entry cannot be computed. */
  error?: string;
  /** Keys of the entry this version does not read (ignored). */
  ignoredKeys: string[];
}

/** Flags a city may not set: they belong to the batch as a whole. */
const BATCH_WIDE = new Set(["format", "detail", "quiet", "help"]);
/** Placeholders of the flags whose value is a path. */
const PATH_VALUES = new Set(["FILE", "DIR", "OUT.geojson"]);

function cityArgs(entry: Record<string, unknown>, baseDir: string, defaultRules: string): { args: CliArgs; ignoredKeys: string[] } {
  const argv: string[] = [];
  const ignoredKeys: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (key === "name") continue;
    const spec = (METRICS_FLAGS as Record<string, (typeof METRICS_FLAGS)[keyof typeof METRICS_FLAGS]>)[key];
    if (!spec || BATCH_WIDE.has(key) || !("value" in spec)) {
      ignoredKeys.push(key);
      continue;
    }
    if (typeof value !== "string" && typeof value !== "number") throw new UsageError(`"${key}" must be a string or a number`);
    const text = String(value);
    argv.push(spec.flag, PATH_VALUES.has(spec.value) && !isAbsolute(text) ? resolve(baseDir, text) : text);
  }
  if (entry.rules === undefined) argv.push(METRICS_FLAGS.rules.flag, defaultRules);
  return { args: checkMetricsArgs(parseFlags(argv, METRICS_FLAGS)), ignoredKeys };
}

/**
 * Reads the manifest; the cities keep the manifest's order.
 * @throws InputError when the file cannot be read or is not a manifest at all
 */
export async function readManifest(path: string, defaultRules: string): Promise<ManifestCity[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `--manifest ${path}: ${code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory" : `cannot read (${code ?? "error"})`}`,
    );
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new InputError(`--manifest ${path}: not valid JSON (${(error as Error).message})`);
  }
  const cities = (manifest as { cities?: unknown } | null)?.cities;
  if (!Array.isArray(cities) || cities.length === 0)
    throw new InputError(`--manifest ${path}: expected {"cities": [{"name": …, "residential": …, "parks": …}, …]} with at least one city`);
  const baseDir = dirname(resolve(path));
  const seen = new Set<string>();
  return cities.map((entry: unknown, index) => {
    const fallbackName = `#${index + 1}`;
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return { name: fallbackName, error: "the entry is not an object", ignoredKeys: [] };
    const record = entry as Record<string, unknown>;
    const name = typeof record.name === "string" && record.name.trim() ? record.name.trim() : fallbackName;
    if (name === fallbackName) return { name, error: 'the entry has no "name"', ignoredKeys: [] };
    if (seen.has(name)) return { name, error: `"${name}" is named twice in the manifest`, ignoredKeys: [] };
    seen.add(name);
    try {
      return { name, ...cityArgs(record, baseDir, defaultRules) };
    } catch (error) {
      if (error instanceof UsageError) return { name, error: error.message, ignoredKeys: [] };
      throw error;
    }
  });
}
