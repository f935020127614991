/**
 * GeoJSON driver: RFC 7946 FeatureCollection, Feature or bare geometry, plus
 * the legacy GeoJSON 2008 `crs` member (`{"type":"name","properties":{"name":"EPSG:4549"}}`
 * or `urn:ogc:def:crs:EPSG::4549`), which many Chinese GIS exports still write.
 */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { decodeUtf8, emptyCollection, type DriverContext, type FormatDriver, type RawLayer } from "./driver";

const GEOMETRY_TYPES = new Set([
  "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function legacyCrsName(root: Record<string, unknown>): string | undefined {
  const crs = root.crs;
  if (!isRecord(crs) || !isRecord(crs.properties)) return undefined;
  const name = crs.properties.name ?? crs.properties.code;
  if (typeof name === "string" || typeof name === "number") return String(name);
  return undefined;
}

function toFeature(value: unknown, index: number, context: DriverContext, raw: RawLayer): Feature | undefined {
  if (!isRecord(value) || value.type !== "Feature") {
    raw.issues.push(context.issue("geometry-unsupported", `${context.fileName}: item ${index} is not a GeoJSON Feature; skipped.`, { featureIndex: index }));
    return undefined;
  }
  const geometry = value.geometry;
  if (geometry !== null && !(isRecord(geometry) && GEOMETRY_TYPES.has(String(geometry.type)))) {
    raw.issues.push(context.issue("geometry-unsupported", `${context.fileName}: feature ${index} has an unknown geometry type; skipped.`, { featureIndex: index }));
    return undefined;
  }
  const properties = isRecord(value.properties) ? value.properties : {};
  const feature: Feature = { type: "Feature", properties, geometry: geometry as unknown as Geometry };
  if (typeof value.id === "string" || typeof value.id === "number") feature.id = value.id;
  return feature;
}

/** Parses GeoJSON text into a RawLayer; exported for callers that already hold text. */
export function parseGeoJsonText(text: string, context: DriverContext): RawLayer {
  const raw: RawLayer = { featureCollection: emptyCollection(), issues: [] };
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    raw.issues.push(context.issue("parse-error", `${context.fileName}: not valid JSON (${(error as Error).message}).`, { severity: "fatal" }));
    return raw;
  }
  if (!isRecord(root)) {
    raw.issues.push(context.issue("parse-error", `${context.fileName}: JSON is not a GeoJSON object.`, { severity: "fatal" }));
    return raw;
  }
  const crsName = legacyCrsName(root);
  // RFC 7946: without a `crs` member, coordinates are WGS84 longitude/latitude.
  raw.declaredCrs = crsName ? { text: crsName, origin: "geojson-crs" } : { text: "EPSG:4326", origin: "format" };
  let items: unknown[];
  if (root.type === "FeatureCollection" && Array.isArray(root.features)) items = root.features;
  else if (root.type === "Feature") items = [root];
  else if (GEOMETRY_TYPES.has(String(root.type))) items = [{ type: "Feature", properties: {}, geometry: root }];
  else {
    raw.issues.push(context.issue("parse-error", `${context.fileName}: JSON has no GeoJSON "type" (FeatureCollection, Feature or geometry).`, { severity: "fatal" }));
    return raw;
  }
  const features: Feature[] = [];
  items.forEach((item, index) => {
    const feature = toFeature(item, index, context, raw);
    if (feature) features.push(feature);
  });
  raw.featureCollection = { type: "FeatureCollection", features } satisfies FeatureCollection;
  return raw;
}

export const geoJsonDriver: FormatDriver = {
  id: "geojson",
  extensions: ["geojson", "json"],
  sniff: (_bytes, head) => /^\s*\{/.test(head) && /"type"\s*:/.test(head),
  read: async (bytes, context) => parseGeoJsonText(decodeUtf8(bytes), context),
};
