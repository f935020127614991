/**
 * Validates and repairs one geometry (WGS84). Returns the repaired geometry,
 * or `undefined` with a reason when the feature must be dropped. Repairs:
 * close rings, drop too-short rings/lines/empty parts, rewind to RFC 7946,
 * remove consecutive duplicate vertices, turn homogeneous GeometryCollections
 * into Multi* geometries.
 */
import type { Geometry, Position } from "geojson";
import type { ImportIssueCode } from "../import-types";
import { repairLine, repairPolygon, type RepairCounts } from "./repair-rings";

type DropReason = Extract<ImportIssueCode, "coordinate-invalid" | "coordinate-out-of-range" | "geometry-empty" | "geometry-unsupported">;

export type GeometryCheck = { geometry: Geometry; mixed: boolean } | { dropReason: DropReason };

function coordinateProblem(position: unknown): DropReason | undefined {
  if (!Array.isArray(position) || position.length < 2) return "coordinate-invalid";
  const [lon, lat] = position as unknown[];
  if (typeof lon !== "number" || typeof lat !== "number" || !Number.isFinite(lon) || !Number.isFinite(lat)) return "coordinate-invalid";
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return "coordinate-out-of-range";
  return undefined;
}

/** Depth-first search for the first bad coordinate in nested arrays of `depth` levels. */
function findCoordinateProblem(value: unknown, depth: number): DropReason | undefined {
  if (depth === 0) return coordinateProblem(value);
  if (!Array.isArray(value)) return "coordinate-invalid";
  for (const item of value) {
    const problem = findCoordinateProblem(item, depth - 1);
    if (problem) return problem;
  }
  return undefined;
}

const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

function defined<T>(values: (T | undefined)[]): T[] {
  return values.filter((value): value is T => value !== undefined);
}

function repairSimple(geometry: Exclude<Geometry, { type: "GeometryCollection" }>, counts: RepairCounts): Geometry | undefined {
  switch (geometry.type) {
    case "Point":
      return geometry;
    case "MultiPoint":
      return geometry.coordinates.length > 0 ? geometry : undefined;
    case "LineString": {
      const line = repairLine(geometry.coordinates, counts);
      return line && { type: "LineString", coordinates: line };
    }
    case "MultiLineString": {
      const lines = defined(geometry.coordinates.map((line) => repairLine(line, counts)));
      return lines.length > 0 ? { type: "MultiLineString", coordinates: lines } : undefined;
    }
    case "Polygon": {
      const rings = repairPolygon(geometry.coordinates, counts);
      return rings && { type: "Polygon", coordinates: rings };
    }
    case "MultiPolygon": {
      const polygons = defined(geometry.coordinates.map((polygon) => repairPolygon(polygon, counts)));
      return polygons.length > 0 ? { type: "MultiPolygon", coordinates: polygons } : undefined;
    }
  }
}

function mergeCollection(members: Geometry[]): Geometry | undefined {
  const types = new Set(members.map((member) => member.type.replace(/^Multi/, "")));
  if (types.size !== 1) return undefined;
  const [type] = types;
  const parts = (member: Geometry): Position[][][] | Position[][] | Position[] => {
    if (member.type === "GeometryCollection") return [];
    return member.type.startsWith("Multi") ? (member.coordinates as never) : ([member.coordinates] as never);
  };
  const coordinates = members.flatMap((member) => parts(member) as never[]);
  return { type: `Multi${type}`, coordinates } as unknown as Geometry;
}

/** Checks and repairs a geometry; see the module comment. */
export function validateGeometry(geometry: Geometry | null | undefined, counts: RepairCounts): GeometryCheck {
  if (!geometry || typeof geometry !== "object") return { dropReason: "geometry-empty" };
  if (geometry.type === "GeometryCollection") {
    if (!Array.isArray(geometry.geometries)) return { dropReason: "geometry-unsupported" };
    const members: Geometry[] = [];
    for (const member of geometry.geometries) {
      const check = validateGeometry(member, counts);
      if ("dropReason" in check) {
        if (check.dropReason !== "geometry-empty") return check;
      } else members.push(check.geometry);
    }
    if (members.length === 0) return { dropReason: "geometry-empty" };
    if (members.length === 1) return { geometry: members[0]!, mixed: false };
    const merged = mergeCollection(members);
    return merged ? { geometry: merged, mixed: false } : { geometry: { type: "GeometryCollection", geometries: members }, mixed: true };
  }
  const depth = DEPTH[geometry.type];
  if (depth === undefined) return { dropReason: "geometry-unsupported" };
  const coordinates = (geometry as { coordinates?: unknown }).coordinates;
  if (!Array.isArray(coordinates) || (depth > 0 && coordinates.length === 0)) return { dropReason: "geometry-empty" };
  const problem = findCoordinateProblem(coordinates, depth);
  if (problem) return { dropReason: problem };
  const repaired = repairSimple(geometry, counts);
  return repaired ? { geometry: repaired, mixed: false } : { dropReason: "geometry-empty" };
}
