import * as geographicLibNamespace from "geographiclib-geodesic";
import type { Position } from "geojson";

// The package is CommonJS: Node's ESM loader exposes only `default`, bundlers expose the names.
const geographicLib = ((geographicLibNamespace as unknown as { default?: typeof geographicLibNamespace }).default ??
  geographicLibNamespace) as typeof geographicLibNamespace;
const { Geodesic } = geographicLib;
const WGS84 = Geodesic.WGS84;

/**
 * Ellipsoidal (WGS84, geodesic-edge) area of one linear ring, GeographicLib (Karney 2013), as used by
 * ArcGIS AREA_GEODESIC and PostGIS geography. Orientation is ignored.
 * @param ring - [lon, lat] positions, closed or not
 * @returns area in m² (≥ 0)
 * @example ringAreaM2([[120, 36], [120.01, 36], [120.01, 36.01], [120, 36.01]]) // ≈ 1,000,000
 */
export function ringAreaM2(ring: readonly Position[]): number {
  const polygon = WGS84.Polygon(false);
  const count = ringVertexCount(ring);
  if (count < 3) return 0;
  for (let i = 0; i < count; i++) polygon.AddPoint(ring[i][1], ring[i][0]);
  return Math.abs(polygon.Compute(false, true).area ?? 0);
}

/**
 * Ellipsoidal area of a GeoJSON Polygon or MultiPolygon's coordinates, holes excluded.
 * @param polygons - one entry per polygon: outer ring then holes
 * @returns area in m²
 */
export function polygonsAreaM2(polygons: readonly (readonly Position[][])[]): number {
  let total = 0;
  for (const rings of polygons) {
    if (rings.length === 0) continue;
    let area = ringAreaM2(rings[0]);
    for (let i = 1; i < rings.length; i++) area -= ringAreaM2(rings[i]);
    total += Math.max(0, area);
  }
  return total;
}

/**
 * Geodesic length on the WGS84 ellipsoid between two points (GeographicLib inverse problem).
 * @returns metres
 * @example geodesicDistanceM(120, 36, 120, 36.001) // ≈ 110.9
 */
export function geodesicDistanceM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  return WGS84.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE).s12 ?? 0;
}

function ringVertexCount(ring: readonly Position[]): number {
  const n = ring.length;
  if (n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1]) return n - 1;
  return n;
}
