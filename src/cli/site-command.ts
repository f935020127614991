/**
 * `shanhai site`: the candidate sites that newly cover the most demand (maximal covering), or the fewest that
 * reach a covered ratio (set covering), over the same engine as the app (src/analysis/siting). Demand polygons
 * are represented by their centroid when inside, else their pole of inaccessibility; `--distance-matrix` replaces
 * straight-line distance with an origin–destination table from any routing tool. Bad input throws `InputError`
 * (one line, exit 2).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import Papa from "papaparse";
import { instanceFromDistances, UnknownIdError, type DistancePair, type SitingInstance } from "../analysis/siting/instance";
import { loadHighsSolver } from "../analysis/siting/mip-solver";
import { networkCoverage } from "../analysis/siting/network-coverage";
import { coveredByExisting, instanceFromPoints, pointsFromLayer, radiusCoverage, type DemandPoint, type SitingPoint } from "../analysis/siting/point-coverage";
import { fewestSites, SitingInputError, suggestSites, type SitingResult } from "../analysis/siting/suggest-sites";
import type { SiteArgs } from "./cli-args";
import { InputError, UsageError } from "./cli-errors";
import { readLayer } from "./metrics-command";

function matrixColumns(text: string): { candidate: string; demand: string; distance: string } {
  const columns = new Map(text.split(",").map((part) => part.split("=").map((piece) => piece.trim()) as [string, string]));
  const candidate = columns.get("candidate");
  const demand = columns.get("demand");
  const distance = columns.get("distance");
  if (!candidate || !demand || !distance || columns.size !== 3)
    throw new UsageError(`--matrix-columns must be candidate=COL,demand=COL,distance=COL (got "${text}")`);
  return { candidate, demand, distance };
}

async function readDistancePairs(path: string, columnsText: string): Promise<DistancePair[]> {
  const columns = matrixColumns(columnsText);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === "ENOENT" ? "file not found" : `cannot read (${code ?? "error"})`}`);
  }
  const [header = [], ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" }).data;
  const at = (name: string) => {
    const position = header.indexOf(name);
    if (position < 0) throw new InputError(`${path}: no column "${name}" (columns: ${header.join(", ")})`);
    return position;
  };
  const [candidateAt, demandAt, distanceAt] = [at(columns.candidate), at(columns.demand), at(columns.distance)];
  return rows.map((row, line) => {
    const distanceM = Number(row[distanceAt]);
    if (!Number.isFinite(distanceM) || distanceM < 0)
      throw new InputError(`${path}: line ${line + 2}: distance "${row[distanceAt] ?? ""}" is not a number of metres ≥ 0`);
    return { candidateId: row[candidateAt] ?? "", demandId: row[demandAt] ?? "", distanceM };
  });
}

function checkUniqueIds(path: string, points: readonly SitingPoint[]): void {
  const seen = new Set<string>();
  for (const point of points) {
    if (seen.has(point.id)) throw new InputError(`${path}: id "${point.id}" appears twice (choose a unique attribute with --id-field)`);
    seen.add(point.id);
  }
}

async function buildInstance(args: SiteArgs, demand: DemandPoint[], candidates: SitingPoint[], warn: (message: string) => void): Promise<SitingInstance> {
  const radiusM = args.radiusM as number;
  const existing = args.existing ? await readLayer(args.existing) : undefined;
  existing?.warnings.forEach(warn);
  if (!args.distanceMatrix) {
    const network = args.network ? await readLayer(args.network) : undefined;
    network?.warnings.forEach(warn);
    const provider = network ? networkCoverage(network.collection, radiusM) : radiusCoverage(radiusM);
    return instanceFromPoints(demand, candidates, provider, existing && { parks: existing.collection, radiusM });
  }
  const pairs = await readDistancePairs(args.distanceMatrix, args.matrixColumns);
  const covered = existing ? coveredByExisting(demand, existing.collection, radiusM) : new Uint8Array(demand.length);
  try {
    return instanceFromDistances(
      demand,
      candidates.map((point) => point.id),
      pairs,
      radiusM,
      demand.filter((_, unit) => covered[unit]).map((point) => point.id),
    );
  } catch (error) {
    if (error instanceof UnknownIdError)
      throw new InputError(
        `${args.distanceMatrix}: ${error.message} (ids are the ${args.idField ? `"${args.idField}"` : "feature id"} values of the ${error.kind} layer)`,
      );
    throw error;
  }
}

function toCsv(result: SitingResult, candidates: readonly SitingPoint[]): string {
  const rows = result.sites.map((site) => {
    const point = candidates[site.index];
    return [site.rank, site.id, site.addedWeight, point?.lon.toFixed(7) ?? "", point?.lat.toFixed(7) ?? ""];
  });
  return `${Papa.unparse([["rank", "id", "added_weight", "lon_wgs84", "lat_wgs84"], ...rows], { newline: "\n", escapeFormulae: true })}\n`;
}

/**
 * Runs `shanhai site`.
 * @param args - parsed flags
 * @param warn - where import warnings go
 * @returns the text for stdout (JSON or CSV)
 */
export async function runSite(args: SiteArgs, warn: (message: string) => void): Promise<string> {
  const demandLayer = await readLayer(args.demand as string);
  const candidateLayer = await readLayer(args.candidates as string);
  [...demandLayer.warnings, ...candidateLayer.warnings].forEach(warn);
  const demand = pointsFromLayer(demandLayer.collection, { idField: args.idField, weightField: args.weightField });
  const candidates = pointsFromLayer(candidateLayer.collection, { idField: args.idField });
  if (!demand.length) throw new InputError(`${args.demand}: no point or polygon features to use as demand`);
  if (!candidates.length) throw new InputError(`${args.candidates}: no point or polygon features to use as candidates`);
  checkUniqueIds(args.demand as string, demand);
  checkUniqueIds(args.candidates as string, candidates);
  const instance = await buildInstance(args, demand, candidates, warn);
  // The built CLI is one bundle in dist-cli/; HiGHS's .wasm stays in its package, found through Node's resolution.
  // Greedy answers load it too, for the LP-relaxation bound.
  const solver = await loadHighsSolver(() => createRequire(import.meta.url).resolve("highs/runtime"));
  let result: SitingResult;
  try {
    result =
      args.targetRatio !== undefined
        ? fewestSites(instance, { targetRatio: args.targetRatio, method: args.method ?? "auto", solver })
        : suggestSites(instance, { count: args.count as number, method: args.method ?? "auto", solver });
  } catch (error) {
    if (error instanceof SitingInputError) throw new InputError(`${args.candidates}: ${error.message}`);
    throw error;
  }
  if (args.format === "csv") return toCsv(result, candidates);
  const { method, coveredWeight, totalWeight, coveredRatio, uncoveredCount, bound, gapRatio, boundKind } = result;
  const sites = result.sites.map(({ id, rank, addedWeight }) => ({ id, rank, addedWeight }));
  return `${JSON.stringify({ method, sites, coveredWeight, totalWeight, coveredRatio, uncoveredCount, bound, gapRatio, boundKind }, null, 2)}\n`;
}
