import type { Geometry, Position } from "geojson";
import { Geodesic } from "geographiclib-geodesic";

const WGS84 = Geodesic.WGS84;

/** Absolute ellipsoidal area of one ring in m² (GeographicLib, Karney 2013). */
function ringAreaM2(ring: Position[]): number {
  const polygon = WGS84.Polygon(false);
  const first = ring[0];
  const final = ring.at(-1);
  const isClosed = ring.length > 1 && first?.[0] === final?.[0] && first?.[1] === final?.[1];
  for (const position of isClosed ? ring.slice(0, -1) : ring) polygon.AddPoint(position[1] ?? 0, position[0] ?? 0);
  return Math.abs(polygon.Compute(false, true).area ?? 0);
}

/** Ellipsoidal length of a line in m (sum of geodesic segment lengths). */
function lineLengthM(line: Position[]): number {
  const polyline = WGS84.Polygon(true);
  for (const position of line) polyline.AddPoint(position[1] ?? 0, position[0] ?? 0);
  return polyline.Compute(false, true).perimeter;
}

/**
 * Ellipsoidal area of a (Multi)Polygon on WGS84/CGCS2000 in m², holes excluded;
 * 0 for other geometries. Method: GeographicLib geodesic polygon area (Karney 2013),
 * the same figure PostGIS `ST_Area(geography)` gives.
 * @param geometry - a GeoJSON geometry in WGS84 lon/lat
 * @returns area in m²
 * @example geodesicAreaM2({ type: "Polygon", coordinates: [[[120,36],[120.01,36],[120.01,36.01],[120,36]]] })
 */
export function geodesicAreaM2(geometry: Geometry | null): number {
  if (!geometry) return 0;
  const polygonArea = (rings: Position[][]) =>
    rings.reduce((sum, ring, index) => sum + (index === 0 ? 1 : -1) * ringAreaM2(ring), 0);
  switch (geometry.type) {
    case "Polygon":
      return polygonArea(geometry.coordinates);
    case "MultiPolygon":
      return geometry.coordinates.reduce((sum, polygon) => sum + polygonArea(polygon), 0);
    case "GeometryCollection":
      return geometry.geometries.reduce((sum, part) => sum + geodesicAreaM2(part), 0);
    default:
      return 0;
  }
}

/**
 * Ellipsoidal length of a (Multi)LineString in m, or the perimeter of nothing (0) for other types.
 * Method: sum of GeographicLib inverse geodesic distances between consecutive vertices.
 * @param geometry - a GeoJSON geometry in WGS84 lon/lat
 * @returns length in m
 * @example geodesicLengthM({ type: "LineString", coordinates: [[120,36],[120,36.01]] }) // ≈ 1109
 */
export function geodesicLengthM(geometry: Geometry | null): number {
  if (!geometry) return 0;
  switch (geometry.type) {
    case "LineString":
      return lineLengthM(geometry.coordinates);
    case "MultiLineString":
      return geometry.coordinates.reduce((sum, line) => sum + lineLengthM(line), 0);
    case "GeometryCollection":
      return geometry.geometries.reduce((sum, part) => sum + geodesicLengthM(part), 0);
    default:
      return 0;
  }
}
