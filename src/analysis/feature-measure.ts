import type { Geometry, Position } from "geojson";
import { geodesicDistanceM, polygonsAreaM2 } from "./geometry/ellipsoidal";

function lineLengthM(line: readonly Position[]): number {
  let lengthM = 0;
  for (let index = 1; index < line.length; index += 1) {
    const [lon1 = 0, lat1 = 0] = line[index - 1] ?? [];
    const [lon2 = 0, lat2 = 0] = line[index] ?? [];
    lengthM += geodesicDistanceM(lon1, lat1, lon2, lat2);
  }
  return lengthM;
}

/**
 * Ellipsoidal area of a (Multi)Polygon on WGS84/CGCS2000 in m², holes excluded; 0 for other geometries.
 * Method: GeographicLib geodesic polygon area (Karney 2013), the figure PostGIS `ST_Area(geography)` gives.
 * @param geometry - a GeoJSON geometry in WGS84 lon/lat
 * @returns area in m²
 * @example geodesicAreaM2({ type: "Polygon", coordinates: [[[120,36],[120.01,36],[120.01,36.01],[120,36]]] })
 */
export function geodesicAreaM2(geometry: Geometry | null): number {
  if (!geometry) return 0;
  switch (geometry.type) {
    case "Polygon":
      return polygonsAreaM2([geometry.coordinates]);
    case "MultiPolygon":
      return polygonsAreaM2(geometry.coordinates);
    case "GeometryCollection":
      return geometry.geometries.reduce((sum, part) => sum + geodesicAreaM2(part), 0);
    default:
      return 0;
  }
}

/**
 * Ellipsoidal length of a (Multi)LineString in m; 0 for other types.
 * Method: sum of GeographicLib inverse geodesic distances between consecutive vertices.
 * @param geometry - a GeoJSON geometry in WGS84 lon/lat
 * @returns length in m
 * @example geodesicLengthM({ type: "LineString", coordinates: [[120,36],[120,36.01]] }) // ≈ 1109.6
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
