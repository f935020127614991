/**
 * OpenStreetMap extracts (`.osm.pbf`, `.osm` / `.osm.gz` XML, Overpass JSON) read into one GeoJSON layer per
 * Shanhai role, mapped by tag rules and clipped to a boundary relation or the extract's extent.
 */
import type { FeatureCollection } from "geojson";

/** What an OSM extract is mapped to (file names of `--export-layers` are these ids). */
export type OsmRole =
  | "park"
  | "green-other"
  | "residential"
  | "network"
  | "greenway"
  | "river"
  | "water"
  | "district"
  | "protected-area"
  | "shoreline";

export const OSM_ROLES: readonly OsmRole[] = [
  "park",
  "green-other",
  "residential",
  "network",
  "greenway",
  "river",
  "water",
  "district",
  "protected-area",
  "shoreline",
];

/** One tag condition: key=value (values "*" = any value). */
export interface OsmTagCondition {
  key: string;
  values: readonly string[] | "*";
}

export interface OsmRoleRule {
  role: OsmRole;
  /** An element matches when any include condition holds and no exclude condition holds (plus the role's built-in geometry rule). */
  include: readonly OsmTagCondition[];
  exclude: readonly OsmTagCondition[];
}

export interface OsmMapping {
  rules: readonly OsmRoleRule[];
  districtAdminLevel: number | null;
}

/** The default mapping of the table (shown to the user and editable before import). */
export const DEFAULT_OSM_MAPPING: OsmMapping = { rules: [], districtAdminLevel: null };

export interface OsmBoundary {
  relationId: number;
  name: string;
  nameEn: string | null;
  adminLevel: number | null;
}

export type OsmClip = { kind: "extent" } | { kind: "boundary"; relationId: number };

export interface OsmScan {
  fileName: string;
  format: "pbf" | "xml" | "overpass-json";
  /** Boundary relations whose geometry is complete enough to clip with, largest first. */
  boundaries: OsmBoundary[];
  /** Admin levels present among the boundaries (for the district level select). */
  adminLevels: number[];
  /** ISO date of the data: header timestamp, else the newest element timestamp; null when the file has none. */
  dataDate: string | null;
  bbox: [number, number, number, number];
  elementCounts: { nodes: number; ways: number; relations: number };
}

export interface OsmReadReport {
  counts: Record<OsmRole, number>;
  /** Ways with nodes missing from the file (bbox cut), dropped or cut. */
  incompleteWays: number;
  /** Relations whose members are missing, dropped. */
  incompleteRelations: number;
  /** Features cut by the clip boundary. */
  clippedFeatures: number;
  /** How the clip treats features crossing the boundary (e.g. "cut"). */
  clipRule: "cut" | "kept-whole";
}

export interface OsmProject {
  scan: OsmScan;
  /** WGS84 GeoJSON per role; every OSM tag kept as a property, plus osmType, osmId and `name` chosen per language rules. */
  layers: Record<OsmRole, FeatureCollection>;
  report: OsmReadReport;
  /** "© OpenStreetMap contributors, ODbL" */
  attribution: string;
}

export interface OsmReadOptions {
  onProgress?: (ratio: number) => void;
  signal?: AbortSignal;
}

/** Parse + list boundaries, admin levels, date, extent. */
export function scanOsm(_bytes: Uint8Array, _fileName: string, _options?: OsmReadOptions): Promise<OsmScan> {
  return Promise.reject(new Error("not implemented"));
}

/** Parse + map by `mapping` + clip. Bad input throws an error with a stable `code` and the file name. */
export function readOsmProject(
  _bytes: Uint8Array,
  _fileName: string,
  _mapping: OsmMapping,
  _clip: OsmClip,
  _options?: OsmReadOptions,
): Promise<OsmProject> {
  return Promise.reject(new Error("not implemented"));
}

/** True when the bytes/name look like .osm.pbf, .osm / .osm.gz XML or Overpass JSON. */
export function isOsmFile(_bytes: Uint8Array, _fileName: string): boolean {
  throw new Error("not implemented");
}
