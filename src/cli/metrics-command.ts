/**
 * `shanhai [metrics]`: reads every format the app imports (through src/io), runs the same engine as the app's
 * worker and returns JSON (default), CSV or Markdown for stdout; the import warnings (assumed CRS, record-count
 * mismatch, dropped features…) and the progress of each step go to a `Progress`. Bad input throws `InputError` naming the file and the problem.
 */
import { readFile, realpath, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import type { FeatureCollection } from "geojson";
import { InvalidLayerError, MetricsSession, type MetricsInput, type MetricsParams } from "../analysis/index";
import { loadWasmOffsetKernel } from "../analysis/geometry/offset-kernel";
import { resolveRuleSet } from "../domain/rule-sets";
import { readLayerFile, type ReadResult } from "../io/read-layer-file";
import type { CliArgs } from "./cli-args";
import { InputError } from "./cli-errors";
import { checkExportFolder, readOsmInput } from "./osm-input";
import type { Progress } from "./progress";
import { jsonText, reportToCsv, reportToJson, reportToMarkdown } from "./cli-output";

/** What the JSON says about one input layer. */
interface InputSummary {
  file: string;
  crs?: string;
  crsSource?: string;
  features: number;
}

interface LayerRead {
  collection: FeatureCollection;
  summary: InputSummary;
  warnings: string[];
}

/** Reads one layer file through src/io; a missing, unreadable, invalid or empty file throws `InputError`. */
export async function readLayer(path: string): Promise<LayerRead> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory" : `cannot read (${code ?? "error"})`}`);
  }
  const result: ReadResult = await readLayerFile(bytes, path);
  const fatal = result.issues.find((issue) => issue.severity === "fatal");
  if (fatal) throw new InputError(fatal.message.startsWith(path) ? fatal.message : `${path}: ${fatal.message}`);
  if (result.featureCollection.features.length === 0) throw new InputError(`${path}: the layer is empty`);
  const warnings = result.issues
    .filter((issue) => issue.severity === "warning" || issue.code === "crs-assumed")
    .map((issue) => (issue.message.startsWith(path) ? issue.message : `${path}: ${issue.message}`));
  const crs = result.detectedCrs;
  return {
    collection: result.featureCollection,
    summary: { file: path, ...(crs ? { crs: crs.crs, crsSource: crs.source } : {}), features: result.featureCollection.features.length },
    warnings,
  };
}

/** The error code of a failed fs call, or undefined when the path exists. */
async function statOf(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? "error";
  }
}

/**
 * Refuses an output path before any work: a directory, a path whose folder does not exist (or is a file),
 * or a path that is one of the input files (by resolved path or, when it exists, by file identity).
 */
async function checkOutputPath(flag: string, path: string, inputs: readonly [string, string][]): Promise<void> {
  const target = await statOf(path);
  if (typeof target !== "string" && target.isDirectory()) throw new InputError(`${flag} ${path}: is a directory`);
  const folder = dirname(resolve(path));
  const parent = await statOf(folder);
  if (parent === "ENOENT") throw new InputError(`${flag} ${path}: the folder ${folder} does not exist`);
  if (typeof parent === "string" || !parent.isDirectory()) throw new InputError(`${flag} ${path}: ${folder} is not a folder`);
  const resolved = typeof target === "string" ? resolve(path) : await realpath(path);
  for (const [inputFlag, inputPath] of inputs) {
    const input = await statOf(inputPath);
    const sameFile = typeof target !== "string" && typeof input !== "string" && target.dev === input.dev && target.ino === input.ino;
    const samePath = resolve(inputPath) === resolved || (typeof input !== "string" && (await realpath(inputPath)) === resolved);
    if (sameFile || samePath) throw new InputError(`${flag} ${path}: is also the ${inputFlag} input; refusing to overwrite it`);
  }
}

async function writeOutput(flag: string, path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    throw new InputError(`${flag} ${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

/** Share of the progress bar given to reading the inputs (the engine takes most of the rest). */
const READ_SHARE = 0.4;

/** The single-run JSON of one city: the report's blocks and what each input was read as. */
export async function computeMetricsJson(args: CliArgs, progress: Progress): Promise<Record<string, unknown>> {
  const warn = (line: string) => progress.warn(line);
  try {
    resolveRuleSet(args.rules);
  } catch (error) {
    throw new InputError(`--rules: ${(error as Error).message}`);
  }
  const layerFiles: [keyof MetricsInput, string, string | undefined][] = [
    ["residential", "--residential", args.residential],
    ["parks", "--parks", args.parks],
    ["greenways", "--greenways", args.greenways],
    ["redLine", "--red-line", args.redLine],
    ["districts", "--districts", args.districts],
    ["shoreline", "--shoreline", args.shoreline],
    ["walkingNetwork", "--network", args.network],
  ];
  const inputs = layerFiles.filter((entry): entry is [keyof MetricsInput, string, string] => entry[2] !== undefined);
  if (args.osm !== undefined) inputs.unshift(["residential", "--osm", args.osm]);
  const outputs: [string, string][] = [];
  if (args.blindSpots !== undefined) outputs.push(["--blind-spots", args.blindSpots]);
  if (args.serviceAreas !== undefined) outputs.push(["--service-areas", args.serviceAreas]);
  if (args.networkServiceAreas !== undefined) outputs.push(["--network-service-areas", args.networkServiceAreas]);
  for (const [flag, path] of outputs)
    await checkOutputPath(flag, path, [
      ...inputs.map(([, inputFlag, inputPath]) => [inputFlag, inputPath] as [string, string]),
      ...outputs.filter(([other]) => other !== flag),
    ]);
  if (args.exportLayers !== undefined) await checkExportFolder(args.exportLayers);
  const input: Partial<MetricsInput> = {};
  const summaries: Record<string, unknown> = {};
  if (args.osm !== undefined) {
    const osm = await readOsmInput(args.osm, args.osmBoundary, args.osmAdminLevel, args.exportLayers, (ratio) =>
      progress.update((ratio * READ_SHARE) / inputs.length, `reading ${args.osm}`),
    );
    Object.assign(input, osm.layers);
    summaries.osm = osm.summary;
    for (const [key, what] of [
      ["residential", "residential land (landuse=residential)"],
      ["parks", "parks (leisure=park|garden)"],
    ] as const) {
      if (!input[key] && !args[key])
        throw new InputError(`${args.osm}: no ${what} in the OSM file${args.osmBoundary ? ` inside ${args.osmBoundary}` : ""}; give --${key} FILE`);
    }
    osm.warnings.forEach(warn);
  }
  for (const [i, [key, flag, path]] of inputs.entries()) {
    if (flag === "--osm") continue;
    progress.update((READ_SHARE * i) / inputs.length, `reading ${path}`);
    const layer = await readLayer(path);
    input[key] = layer.collection;
    summaries[key] = layer.summary;
    layer.warnings.forEach(warn);
  }
  if (args.engine === "postgis") {
    const { computePostgisJson } = await import("./postgis-command");
    return computePostgisJson(args, input, summaries, progress);
  }
  let report: ReturnType<MetricsSession["report"]>;
  let session: MetricsSession;
  progress.update(READ_SHARE, "computing the metrics");
  await loadWasmOffsetKernel(() => createRequire(import.meta.url).resolve("clipper2-wasm/dist/es/clipper2z.wasm"));
  try {
    session = new MetricsSession(input as MetricsInput, {
      ruleSetId: args.rules,
      greenwayRadiusM: args.greenwayRadiusM,
      blindSpots: args.blindSpots !== undefined,
      ...networkParams(args),
    });
    report = session.report();
  } catch (error) {
    if (error instanceof InvalidLayerError) {
      const file = layerFiles.find(([key]) => key === error.layer)?.[2] ?? (args.osm !== undefined ? `${args.osm} (${error.layer})` : error.layer);
      throw new InputError(`${file}: ${error.message}`);
    }
    throw error;
  }
  progress.update(0.95, "writing the results");
  if (args.blindSpots) {
    await writeOutput("--blind-spots", args.blindSpots, JSON.stringify({ type: "FeatureCollection", features: report.blindSpots ?? [] }));
  }
  if (args.serviceAreas) {
    await writeOutput("--service-areas", args.serviceAreas, JSON.stringify({ type: "FeatureCollection", features: session.serviceAreas() }));
  }
  if (args.networkServiceAreas) {
    await writeOutput(
      "--network-service-areas",
      args.networkServiceAreas,
      JSON.stringify({ type: "FeatureCollection", features: report.networkServiceAreas ?? [] }),
    );
  }
  return { ...reportToJson(report, args.detail), inputs: summaries };
}

/** The walking-network options of the engine from `--network-access-m`, `--walk-buffer-m`, `--network-service-areas`. */
function networkParams(args: CliArgs): Pick<MetricsParams, "network" | "networkGeometry"> {
  const network = {
    ...(args.networkAccessM !== undefined ? { accessM: args.networkAccessM } : {}),
    ...(args.walkBufferM !== undefined ? { walkBufferM: args.walkBufferM } : {}),
  };
  return { network, networkGeometry: args.networkServiceAreas !== undefined };
}

/** The metrics command's stdout in the chosen format. */
export async function runMetrics(args: CliArgs, progress: Progress): Promise<string> {
  const json = await computeMetricsJson(args, progress);
  progress.end();
  if (args.format === "csv") return reportToCsv(json);
  if (args.format === "md") return reportToMarkdown(json);
  return jsonText(json);
}
