/**
 * The format-driver contract (Placemark `convert/` `FileType` registry style):
 * a driver turns bytes into features in the file's own CRS and reports what it
 * declared; `readLayerFile` then resolves the CRS, reprojects and validates.
 */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { ImportIssue, ImportIssueCode, ImportIssueSeverity, ReadOptions } from "../import-types";

/** A CRS as written in the file: WKT (.prj, GeoPackage), a URN/EPSG code, or implied by the format. */
export interface DeclaredCrs {
  text: string;
  origin: "prj" | "geojson-crs" | "gpkg-srs" | "format";
}

/** What a driver returns: features in source coordinates plus its own issues. */
export interface RawLayer {
  featureCollection: FeatureCollection;
  issues: ImportIssue[];
  declaredCrs?: DeclaredCrs;
  /** Format actually read, when a container driver (zip) delegated, e.g. "shapefile". */
  format?: string;
}

export interface DriverContext {
  fileName: string;
  options: ReadOptions;
  /** Builds an issue bound to this file. */
  issue(
    code: ImportIssueCode,
    message: string,
    extra?: { severity?: ImportIssueSeverity; featureIndex?: number; featureId?: string | number; count?: number; details?: Record<string, string | number> },
  ): ImportIssue;
}

export interface FormatDriver {
  id: string;
  /** Lower-case extensions without dot, e.g. ["geojson", "json"]. */
  extensions: readonly string[];
  /** True when the leading bytes look like this format (used when the extension is unknown). */
  sniff?(bytes: Uint8Array, head: string): boolean;
  read(bytes: Uint8Array, context: DriverContext): Promise<RawLayer>;
}

/** An empty FeatureCollection. */
export function emptyCollection(): FeatureCollection {
  return { type: "FeatureCollection", features: [] };
}

/** Decodes UTF-8 (dropping a BOM) without throwing on malformed bytes. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Builds a Feature whose geometry may be null (RFC 7946 §3.2 allows it;
 * @types/geojson does not). Validation later drops and reports such features.
 */
export function createFeature(geometry: Geometry | null, properties: Record<string, unknown>, id?: string | number): Feature {
  const feature: Feature = { type: "Feature", properties, geometry: geometry as Geometry };
  if (id !== undefined) feature.id = id;
  return feature;
}
