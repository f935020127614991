/**
 * GeoJSON geometries → ESRI Shapefile shape records (ESRI Shapefile Technical Description, July 1998):
 * Point (1), PolyLine (3), Polygon (5), MultiPoint (8). Polygon rings are written the Shapefile way —
 * outer rings clockwise, holes counter-clockwise, every ring closed — whatever their GeoJSON winding.
 */
import type { Geometry, Position } from "geojson";
import { signedAreaTwice } from "../../validate/repair-rings";

export const SHAPE_TYPES = { point: 1, polyline: 3, polygon: 5, multipoint: 8 } as const;
export type ShapeKind = keyof typeof SHAPE_TYPES;

/** One record's points split in parts (rings or lines; one part per point for points). */
export interface ShapeRecord {
  kind: ShapeKind;
  parts: Position[][];
}

function closed(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
}

/** Outer ring clockwise (negative signed area), holes counter-clockwise. */
function orientRing(ring: Position[], isOuter: boolean): Position[] {
  const ccw = signedAreaTwice(ring) > 0;
  return ccw === isOuter ? [...ring].reverse() : ring;
}

function polygonParts(rings: Position[][]): Position[][] {
  return rings.filter((ring) => ring.length >= 3).map((ring, index) => orientRing(closed(ring), index === 0));
}

/** The shape record of a geometry, or null for null/empty geometries and GeometryCollections. */
export function shapeRecordOf(geometry: Geometry | null): ShapeRecord | null {
  if (!geometry) return null;
  let record: ShapeRecord;
  switch (geometry.type) {
    case "Point":
      record = { kind: "point", parts: [[geometry.coordinates]] };
      break;
    case "MultiPoint":
      record = { kind: "multipoint", parts: [geometry.coordinates] };
      break;
    case "LineString":
      record = { kind: "polyline", parts: [geometry.coordinates] };
      break;
    case "MultiLineString":
      record = { kind: "polyline", parts: geometry.coordinates };
      break;
    case "Polygon":
      record = { kind: "polygon", parts: polygonParts(geometry.coordinates) };
      break;
    case "MultiPolygon":
      record = { kind: "polygon", parts: geometry.coordinates.flatMap(polygonParts) };
      break;
    default:
      return null;
  }
  record.parts = record.parts.filter((part) => part.length > 0 && part.every((position) => Number.isFinite(position[0]) && Number.isFinite(position[1])));
  return record.parts.length > 0 ? record : null;
}
