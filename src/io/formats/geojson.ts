/**
 * GeoJSON driver: RFC 7946 FeatureCollection, Feature or bare geometry, plus
 * the legacy GeoJSON 2008 `crs` member (`{"type":"name","properties":{"name":"EPSG:4549"}}`
 * or `urn:ogc:def:crs:EPSG::4549`), which many Chinese GIS exports still write.
 * Every geometry's structure is checked here, without recursion, before any
 * later step walks it: `coordinates` nested as deep as its type says (RFC 7946
 * §3.1), `geometries` an array, GeometryCollections nested at most
 * `MAX_COLLECTION_NESTING` deep (RFC 7946 §3.1.8 advises against nesting at
 * all); a feature that fails is skipped and reported.
 */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { ImportIssueCode } from "../import-types";
import { decodeUtf8, emptyCollection, type DriverContext, type FormatDriver, type RawLayer } from "./driver";

const GEOMETRY_TYPES = new Set(["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"]);

/** Deepest GeometryCollection nesting read; deeper features are skipped (a 10⁵-deep one overflowed the stack). */
const MAX_COLLECTION_NESTING = 16;

const COORDINATE_DEPTH: Record<string, number> = { Point: 1, MultiPoint: 2, LineString: 2, MultiLineString: 3, Polygon: 3, MultiPolygon: 4 };

/** True when `value` is an array nested exactly `depth` levels deep along every branch (positions are arrays). */
function hasArrayDepth(value: unknown, depth: number): boolean {
  const stack: [unknown, number][] = [[value, depth]];
  while (stack.length > 0) {
    const [item, levels] = stack.pop()!;
    if (!Array.isArray(item)) return false;
    if (levels > 1) for (const child of item) stack.push([child, levels - 1]);
  }
  return true;
}

/** Why a geometry's structure cannot be read, with the issue code, or undefined (checked iteratively; see the module comment). */
function structureProblem(geometry: Record<string, unknown>): [ImportIssueCode, string] | undefined {
  const stack: [Record<string, unknown>, number][] = [[geometry, 0]];
  while (stack.length > 0) {
    const [item, nesting] = stack.pop()!;
    const type = String(item.type);
    if (type === "GeometryCollection") {
      if (nesting >= MAX_COLLECTION_NESTING) return ["geometry-unsupported", `GeometryCollections nested more than ${MAX_COLLECTION_NESTING} levels deep`];
      if (!Array.isArray(item.geometries)) return ["geometry-unsupported", 'a GeometryCollection without a "geometries" array'];
      for (const member of item.geometries) {
        if (!isRecord(member) || !GEOMETRY_TYPES.has(String(member.type)))
          return ["geometry-unsupported", "a GeometryCollection member that is not a geometry"];
        stack.push([member, nesting + 1]);
      }
    } else if (!hasArrayDepth(item.coordinates, COORDINATE_DEPTH[type]!)) return ["coordinate-invalid", `${type} coordinates not nested as the type requires`];
  }
  return undefined;
}

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
    raw.issues.push(
      context.issue("geometry-unsupported", `${context.fileName}: feature ${index} has an unknown geometry type; skipped.`, { featureIndex: index }),
    );
    return undefined;
  }
  const problem = geometry === null ? undefined : structureProblem(geometry);
  if (problem) {
    raw.issues.push(context.issue(problem[0], `${context.fileName}: feature ${index} has ${problem[1]}; skipped.`, { featureIndex: index }));
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
    raw.issues.push(
      context.issue("parse-error", `${context.fileName}: not valid JSON (${(error as Error).message}).`, {
        severity: "fatal",
        details: { kind: "reason", reason: (error as Error).message.slice(0, 300) },
      }),
    );
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
    raw.issues.push(
      context.issue("parse-error", `${context.fileName}: JSON has no GeoJSON "type" (FeatureCollection, Feature or geometry).`, { severity: "fatal" }),
    );
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
