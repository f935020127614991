/**
 * Values exchanged by the import pipeline (`readLayerFile` and its drivers).
 * Failures are values (`ImportIssue`), never exceptions, so the UI can
 * translate them by `code` and the CLI can print the English `message`.
 */
import type { FeatureCollection } from "geojson";

/** Machine-readable issue codes, in display order; the UI translates each one. */
export const IMPORT_ISSUE_CODES = [
  // whole file (the first five are fatal: no features)
  "unsupported-format",
  "parse-error",
  "empty-layer",
  "missing-part",
  "read-cancelled",
  "limit-exceeded",
  "layers-skipped",
  "view-not-read",
  // CRS
  "crs-assumed",
  "crs-missing",
  "crs-unknown",
  "crs-doubtful",
  "crs-outside-region",
  "crs-implausible",
  // attributes, encodings, tables
  "encoding-assumed",
  "encoding-unsupported",
  "record-count-mismatch",
  "columns-missing",
  "columns-swapped",
  "row-swapped",
  "row-skipped",
  // geometry validation and repair
  "geometry-empty",
  "geometry-mixed",
  "geometry-unsupported",
  "coordinate-invalid",
  "coordinate-out-of-range",
  "coordinate-outlier",
  "ring-not-closed",
  "ring-too-short",
  "ring-winding-fixed",
  "vertex-duplicate",
  "self-intersection",
  "self-intersection-repaired",
] as const;

export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/** How serious an issue is: `fatal` means the layer could not be read at all. */
export type ImportIssueSeverity = "fatal" | "warning" | "info";

export interface ImportIssue {
  code: ImportIssueCode;
  /** English fallback naming the file, the feature and the problem. */
  message: string;
  /** Always set by `readLayerFile`; optional so callers may build issues of their own. */
  severity?: ImportIssueSeverity;
  /** Index of the feature in the source file, when one feature is concerned. */
  featureIndex?: number;
  featureId?: string | number;
  /** How many features/vertices/rings the issue concerns (aggregated issues). */
  count?: number;
  /** Feature ids (or indices when a feature has no id) of an aggregated issue. */
  featureIds?: (string | number)[];
  fileName: string;
  /**
   * Values a translated message needs besides the code (e.g. `crs`, `bestCrs`, `distanceKm`), so the UI can
   * explain the issue in a sentence of its own language; the English `message` holds the same facts.
   */
  details?: Record<string, string | number>;
}

/**
 * Identifier of a coordinate reference system known to `src/io/crs`:
 * "EPSG:nnnn" for registered systems, "GCJ-02" and "BD-09" for the
 * Chinese web-map offsets (both lon/lat on top of WGS84/CGCS2000).
 */
export type CrsId = string;

export interface CrsCandidate {
  crs: CrsId;
  /** 0–1, higher is more likely. */
  score: number;
  /** Why this candidate was considered, in English. */
  reason: string;
}

/**
 * How the data sits under one CRS: each feature's first position transformed to WGS84 and tested against the
 * regions (Qingdao, Yantai, with a 0.5° margin). Computed for every CRS a read uses, the user's choice included.
 */
export interface CrsFit {
  /** Features with at least one numeric position. */
  featureCount: number;
  /** Of those, features whose position becomes a valid longitude/latitude. */
  validCount: number;
  /** Of those, features that land in a region. */
  insideCount: number;
  /** Ids (feature id, else 0-based index) of up to 50 features outside the regions or invalid. */
  outsideFeatureIds: (string | number)[];
  /** Median WGS84 position of the valid features. */
  centreLonLat?: [number, number];
  /** Great-circle distance in km from `centreLonLat` to the nearest region's bounding box (0 inside). */
  distanceToRegionKm?: number;
}

export interface CrsGuess {
  /** The CRS the data was read in (and reprojected from). */
  crs: CrsId;
  /** 0–1: 1 = declared in the file and understood; lower = inferred. */
  confidence: number;
  /** Where `crs` came from. */
  source: "declared" | "detected" | "assumed" | "option";
  /** Ranked alternatives, best first (includes `crs`). */
  candidates: CrsCandidate[];
  /** Where the data lands under `crs`. */
  fit?: CrsFit;
}

/** A parsed XML document, as returned by DOMParser or @xmldom/xmldom. */
export type ParseXml = (text: string) => unknown;

export interface ReadOptions {
  /**
   * XML parser for KML/KMZ/GPX, e.g. in a browser main thread
   * `(text) => new DOMParser().parseFromString(text, "text/xml")`. When absent,
   * @xmldom/xmldom is loaded lazily (works in Web Workers and Node).
   */
  parseXml?: ParseXml;
  /** Force the source CRS (e.g. after the user answered the CRS question). */
  sourceCrs?: CrsId;
  /**
   * Reference shoreline in WGS84 (lines or polygons), used to score CRS
   * candidates such as GCJ-02 by their offset against the real coastline.
   */
  referenceShoreline?: FeatureCollection;
  /** Text encoding of Shapefile attributes when no .cpg says so (default: guess). */
  attributeEncoding?: string;
  /** Which layer to read from a multi-layer file (zip with several Shapefiles, GeoPackage). */
  layerName?: string;
  /** Skip geometry validation/repair (default false). */
  skipValidation?: boolean;
  /** Cancellation; a cancelled read returns a fatal "read-cancelled" issue. */
  signal?: AbortSignal;
  /** Progress callback, 0–1. */
  onProgress?: (fraction: number) => void;
}

export interface ReadResult {
  /** WGS84 (RFC 7946) features; empty when a fatal issue occurred. */
  featureCollection: FeatureCollection;
  issues: ImportIssue[];
  /** CRS of the source data, declared or detected. */
  detectedCrs?: CrsGuess;
  /** Driver id that read the file ("geojson", "shapefile", "kml", ...), or "unknown". */
  format: string;
}
