import gcoord from "gcoord";
import type { MultiPolygon, Polygon, Position } from "geojson";

/**
 * GCJ-02 → WGS84 for one position with gcoord (iterative inverse of the public GCJ-02 forward
 * formula, Krasovsky a = 6378245, ee = 0.00669342162296594323; converges below 1e-6°).
 */
export function gcj02ToWgs84(position: Position): Position {
  const [lon, lat] = gcoord.transform([position[0] ?? 0, position[1] ?? 0], gcoord.GCJ02, gcoord.WGS84);
  return [lon, lat];
}

/** Converts every vertex of a (Multi)Polygon from GCJ-02 to WGS84. */
export function polygonalGcj02ToWgs84(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === "Polygon") return { type: "Polygon", coordinates: geometry.coordinates.map((ring) => ring.map(gcj02ToWgs84)) };
  return { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(gcj02ToWgs84))) };
}
