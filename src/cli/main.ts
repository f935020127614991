/**
 * Headless metrics CLI: `npm run --silent metrics -- --residential FILE --parks FILE [...]`.
 * Reads every format the app imports (through src/io), runs the same engine as the app's worker and prints
 * JSON (default), CSV or Markdown on stdout. Bad input exits with code 2 and one line on stderr.
 */
import { readFile, writeFile } from "node:fs/promises";
import type { FeatureCollection } from "geojson";
import { DEFAULT_RULE_SET_ID, InvalidLayerError, MetricsSession, resolveRuleSet, type MetricsInput } from "../analysis/index";
import { readLayerFile } from "../io/read-layer-file";
import { parseCliArgs, UsageError, type CliArgs } from "./cli-args";
import { reportToCsv, reportToJson, reportToMarkdown } from "./cli-output";

/** A problem with the user's input: one line, exit code 2. */
class InputError extends Error {}

async function readLayer(path: string): Promise<FeatureCollection> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory" : `cannot read (${code ?? "error"})`}`);
  }
  const result = await readLayerFile(bytes, path);
  const fatal = result.issues.find((issue) => issue.severity === "fatal");
  if (fatal) throw new InputError(fatal.message.startsWith(path) ? fatal.message : `${path}: ${fatal.message}`);
  if (result.featureCollection.features.length === 0) throw new InputError(`${path}: the layer is empty`);
  return result.featureCollection;
}

async function run(args: CliArgs): Promise<string> {
  try {
    resolveRuleSet(args.rules);
  } catch (error) {
    throw new InputError(`--rules: ${(error as Error).message}`);
  }
  const layerFiles: [keyof MetricsInput, string | undefined][] = [
    ["residential", args.residential], ["parks", args.parks], ["greenways", args.greenways],
    ["redLine", args.redLine], ["districts", args.districts], ["shoreline", args.shoreline],
  ];
  const input: Partial<MetricsInput> = {};
  for (const [key, path] of layerFiles) if (path) input[key] = await readLayer(path);
  let report;
  let session: MetricsSession;
  try {
    session = new MetricsSession(input as MetricsInput, {
      ruleSetId: args.rules, greenwayRadiusM: args.greenwayRadiusM, blindSpots: args.blindSpots !== undefined,
    });
    report = session.report();
  } catch (error) {
    if (error instanceof InvalidLayerError) {
      const file = layerFiles.find(([key]) => key === error.layer)?.[1] ?? error.layer;
      throw new InputError(`${file}: ${error.message}`);
    }
    throw error;
  }
  if (args.blindSpots) {
    const collection = { type: "FeatureCollection", features: report.blindSpots ?? [] };
    await writeFile(args.blindSpots, JSON.stringify(collection));
  }
  if (args.serviceAreas) {
    await writeFile(args.serviceAreas, JSON.stringify({ type: "FeatureCollection", features: session.serviceAreas() }));
  }
  const json = reportToJson(report, args.detail);
  if (args.format === "csv") return reportToCsv(json);
  if (args.format === "md") return reportToMarkdown(json);
  return JSON.stringify(json, null, 2) + "\n";
}

async function main(): Promise<number> {
  try {
    const args = parseCliArgs(process.argv.slice(2), DEFAULT_RULE_SET_ID);
    process.stdout.write(await run(args));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      process.stderr.write(`error: ${error.message.split("\n")[0]}\n`);
      return 2;
    }
    process.stderr.write(`error: internal failure: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main();
