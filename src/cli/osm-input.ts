/**
 * `--osm FILE` of the metrics CLI: the extract read into role layers by the default mapping, clipped to
 * `--osm-boundary` (a relation id or name) and written to `--export-layers DIR` as `<role>.geojson`.
 */
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { FeatureCollection } from "geojson";
import type { MetricsInput } from "../analysis/index";
import { InputError } from "./cli-errors";
import { OsmReadError, readOsmProject, scanOsm } from "../io/osm/osm-project";
import { DEFAULT_OSM_MAPPING, OSM_ROLES, type OsmBoundary, type OsmClip, type OsmReadReport, type OsmRole } from "../io/osm/osm-types";

/** Which metrics input each derived role feeds. */
const METRIC_INPUT: Partial<Record<OsmRole, keyof MetricsInput>> = {
  park: "parks",
  residential: "residential",
  greenway: "greenways",
  district: "districts",
  shoreline: "shoreline",
  network: "walkingNetwork",
};

export interface OsmInput {
  layers: Partial<Record<keyof MetricsInput, FeatureCollection>>;
  summary: {
    file: string;
    format: string;
    dataDate: string | null;
    boundary: OsmBoundary | null;
    districtAdminLevel: number | null;
    attribution: string;
  } & OsmReadReport;
  warnings: string[];
}

/** A problem with `--osm`: one line, exit code 2. */
class OsmInputError extends InputError {}

function pickBoundary(boundaries: readonly OsmBoundary[], wanted: string, path: string): OsmBoundary {
  const byId = /^\d+$/.test(wanted) ? boundaries.find((b) => b.relationId === Number(wanted)) : undefined;
  if (byId) return byId;
  const key = wanted.trim().toLowerCase();
  const matches = boundaries.filter((b) => b.name.toLowerCase() === key || b.nameEn?.toLowerCase() === key || b.name.toLowerCase().split(" / ").includes(key));
  if (matches.length === 1) return matches[0]!;
  const listed = boundaries
    .slice(0, 12)
    .map((b) => `${b.nameEn ?? b.name} (${b.relationId}, admin_level ${b.adminLevel ?? "?"})`)
    .join("; ");
  if (matches.length > 1)
    throw new OsmInputError(`--osm-boundary "${wanted}": ${matches.length} boundaries in ${path} have that name; give the relation id: ${listed}`);
  throw new OsmInputError(
    `--osm-boundary "${wanted}": no complete boundary relation with that name or id in ${path}${listed ? `; boundaries: ${listed}` : " (the file has none)"}`,
  );
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OsmInputError(`${path}: ${code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory" : `cannot read (${code ?? "error"})`}`);
  }
}

/** Refuses an `--export-layers` path that exists and is not a folder, before any reading. */
export async function checkExportFolder(dir: string): Promise<void> {
  const existing = await stat(dir).catch(() => null);
  if (existing && !existing.isDirectory()) throw new OsmInputError(`--export-layers ${dir}: is not a folder`);
}

/** Reads the extract into metrics input layers (empty roles left out) and writes the exported roles. */
export async function readOsmInput(
  path: string,
  boundaryName: string | undefined,
  adminLevel: number | undefined,
  exportDir: string | undefined,
  onProgress?: (ratio: number) => void,
): Promise<OsmInput> {
  const bytes = await readBytes(path);
  try {
    let clip: OsmClip = { kind: "extent" };
    let boundary: OsmBoundary | null = null;
    if (boundaryName !== undefined) {
      boundary = pickBoundary((await scanOsm(bytes, path)).boundaries, boundaryName, path);
      clip = { kind: "boundary", relationId: boundary.relationId };
    }
    const project = await readOsmProject(bytes, path, { ...DEFAULT_OSM_MAPPING, districtAdminLevel: adminLevel ?? null }, clip, { onProgress });
    const layers: OsmInput["layers"] = {};
    for (const [role, key] of Object.entries(METRIC_INPUT) as [OsmRole, keyof MetricsInput][]) {
      if (project.layers[role].features.length > 0) layers[key] = project.layers[role];
    }
    const warnings: string[] = [];
    if (project.report.incompleteWays > 0)
      warnings.push(`${path}: ${project.report.incompleteWays} ways lack nodes (cut at the extract's edge); lines were cut, areas dropped`);
    if (project.report.incompleteRelations > 0)
      warnings.push(`${path}: ${project.report.incompleteRelations} relations lack members and were dropped (route relations kept their present ways)`);
    if (exportDir !== undefined) {
      await mkdir(exportDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new OsmInputError(`--export-layers ${exportDir}: cannot create the folder (${error.code ?? "error"})`);
      });
      for (const role of OSM_ROLES) {
        const file = join(exportDir, `${role}.geojson`);
        await writeFile(file, JSON.stringify({ ...project.layers[role], attribution: project.attribution })).catch((error: NodeJS.ErrnoException) => {
          throw new OsmInputError(`--export-layers ${file}: cannot write (${error.code ?? "error"})`);
        });
      }
    }
    const districtLevel = project.layers.district.features.length > 0 ? Number(project.layers.district.features[0]!.properties?.admin_level) : null;
    return {
      layers,
      warnings,
      summary: {
        file: path,
        format: project.scan.format,
        dataDate: project.scan.dataDate,
        boundary,
        districtAdminLevel: Number.isFinite(districtLevel) ? districtLevel : null,
        ...project.report,
        attribution: project.attribution,
      },
    };
  } catch (error) {
    if (error instanceof OsmReadError) throw new OsmInputError(error.message);
    throw error;
  }
}
