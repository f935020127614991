/** The roles, tag mapping, clip and results of an OpenStreetMap read: plain data, no reader code. */
import type { FeatureCollection } from "geojson";

/** What an OSM extract is mapped to (file names of `--export-layers` are these ids). */
export type OsmRole = "park" | "green-other" | "residential" | "network" | "greenway" | "river" | "water" | "district" | "protected-area" | "shoreline";

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
  /** `admin_level` of the district boundaries; null = the level with the most boundaries in the file. */
  districtAdminLevel: number | null;
}

const tag = (key: string, ...values: string[]): OsmTagCondition => ({ key, values });

/**
 * The default mapping (shown to the user and editable before import): parks are `leisure=park|garden`
 * areas without `access=private|no`; the walking network is every walkable `highway` except motorways and
 * trunks, `foot=no`, and `access=no|private` unless `foot=yes|designated|permissive`; districts are
 * `boundary=administrative` relations at the chosen `admin_level`.
 */
export const DEFAULT_OSM_MAPPING: OsmMapping = {
  districtAdminLevel: null,
  rules: [
    { role: "park", include: [tag("leisure", "park", "garden")], exclude: [tag("access", "private", "no")] },
    {
      role: "green-other",
      include: [tag("leisure", "playground", "nature_reserve", "dog_park"), tag("landuse", "recreation_ground", "village_green")],
      exclude: [],
    },
    { role: "residential", include: [tag("landuse", "residential")], exclude: [] },
    {
      role: "network",
      include: [
        tag(
          "highway",
          "footway",
          "path",
          "pedestrian",
          "residential",
          "living_street",
          "service",
          "unclassified",
          "tertiary",
          "tertiary_link",
          "secondary",
          "secondary_link",
          "primary",
          "primary_link",
          "steps",
          "cycleway",
          "track",
          "road",
        ),
      ],
      exclude: [tag("highway", "motorway", "motorway_link", "trunk", "trunk_link"), tag("foot", "no"), tag("access", "no", "private")],
    },
    { role: "greenway", include: [tag("route", "hiking", "foot", "bicycle"), tag("highway", "cycleway")], exclude: [] },
    { role: "river", include: [tag("waterway", "river", "stream", "canal")], exclude: [] },
    { role: "water", include: [tag("natural", "water"), tag("waterway", "riverbank"), tag("landuse", "reservoir", "basin")], exclude: [] },
    { role: "district", include: [tag("boundary", "administrative")], exclude: [] },
    { role: "protected-area", include: [tag("boundary", "protected_area"), tag("leisure", "nature_reserve")], exclude: [] },
    { role: "shoreline", include: [tag("natural", "coastline")], exclude: [] },
  ],
};

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
  /** Relations whose members are missing: areas dropped, route relations kept with the ways present. */
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
