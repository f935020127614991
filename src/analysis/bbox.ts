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
  return boxOfGeometries(featureCollection.features.map((feature) => feature.geometry));
}

/**
 * The [west, south, east, north] box of one geometry's finite positions, or null when it has none.
 * @example geometryBbox({ type: "Point", coordinates: [120.3, 36.1] }) // [120.3, 36.1, 120.3, 36.1]
 */
export function geometryBbox(geometry: Geometry | null): [number, number, number, number] | null {
  return boxOfGeometries([geometry]);
}

function boxOfGeometries(geometries: (Geometry | null)[]): [number, number, number, number] | null {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const geometry of geometries) {
    visit(geometry, ([lon = Number.NaN, lat = Number.NaN]) => {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
      west = Math.min(west, lon);
      south = Math.min(south, lat);
      east = Math.max(east, lon);
      north = Math.max(north, lat);
    });
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}

/**
 * The box covering two [west, south, east, north] boxes (either may be null), as when a layer's extent is built up
 * from slices of its features.
 * @example unionBbox([120, 36, 120.5, 36.5], [120.2, 35.9, 120.8, 36.1]) // [120, 35.9, 120.8, 36.5]
 */
export function unionBbox(
  a: [number, number, number, number] | null,
  b: [number, number, number, number] | null,
): [number, number, number, number] | null {
  if (!a || !b) return a ?? b;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}
