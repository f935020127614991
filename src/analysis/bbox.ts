import type { FeatureCollection, Geometry, Position } from "geojson";

function visit(geometry: Geometry | null, onPosition: (position: Position) => void): void {
  if (!geometry) return;
  if (geometry.type === "GeometryCollection") {
    for (const part of geometry.geometries) visit(part, onPosition);
    return;
  }
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === "number") onPosition(value as Position);
    else if (Array.isArray(value)) for (const item of value) walk(item);
  };
  walk(geometry.coordinates);
}

/**
 * The [west, south, east, north] box of a layer in its own degrees (no antimeridian handling: China only).
 * @param featureCollection - WGS84 features
 * @returns the box, or null for a layer without coordinates
 * @example bboxOf(parks) // [120.1, 36.0, 120.6, 36.4]
 */
export function bboxOf(featureCollection: FeatureCollection): [number, number, number, number] | null {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const feature of featureCollection.features) {
    visit(feature.geometry, ([lon = Number.NaN, lat = Number.NaN]) => {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
      west = Math.min(west, lon);
      south = Math.min(south, lat);
      east = Math.max(east, lon);
      north = Math.max(north, lat);
    });
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}
