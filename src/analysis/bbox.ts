import type { FeatureCollection, Geometry } from "geojson";

/** A box being grown: [west, south, east, north], starting empty (±Infinity). */
type GrowingBox = [number, number, number, number];

/** Grows `box` by every finite position nested in `value` (a position or arrays of them), without allocating. */
function growByCoordinates(box: GrowingBox, value: unknown): void {
  if (!Array.isArray(value) || value.length === 0) return;
  if (typeof value[0] === "number") {
    const lon = value[0];
    const lat = value[1];
    if (typeof lat !== "number" || !Number.isFinite(lon) || !Number.isFinite(lat)) return;
    if (lon < box[0]) box[0] = lon;
    if (lat < box[1]) box[1] = lat;
    if (lon > box[2]) box[2] = lon;
    if (lat > box[3]) box[3] = lat;
    return;
  }
  for (const item of value) growByCoordinates(box, item);
}

function growByGeometry(box: GrowingBox, geometry: Geometry | null | undefined): void {
  if (!geometry) return;
  if (geometry.type === "GeometryCollection") {
    for (const part of geometry.geometries) growByGeometry(box, part);
    return;
  }
  growByCoordinates(box, geometry.coordinates);
}

/**
 * The [west, south, east, north] box of a layer in its own degrees (no antimeridian handling: China only).
 * @param featureCollection - WGS84 features
 * @returns the box, or null for a layer without coordinates
 * @example bboxOf(parks) // [120.1, 36.0, 120.6, 36.4]
 */
export function bboxOf(featureCollection: FeatureCollection): [number, number, number, number] | null {
  return boxOfGeometries(featureCollection.features.map((feature) => feature?.geometry));
}

/**
 * The [west, south, east, north] box of one geometry's finite positions, or null when it has none.
 * @example geometryBbox({ type: "Point", coordinates: [120.3, 36.1] }) // [120.3, 36.1, 120.3, 36.1]
 */
export function geometryBbox(geometry: Geometry | null): [number, number, number, number] | null {
  return boxOfGeometries([geometry]);
}

function boxOfGeometries(geometries: (Geometry | null | undefined)[]): [number, number, number, number] | null {
  const box: GrowingBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) growByGeometry(box, geometry);
  return Number.isFinite(box[0]) ? box : null;
}

/**
 * The box covering two [west, south, east, north] boxes (either may be null), as when a layer's extent is built up
 * from slices of its features.
 * @example unionBbox([120, 36, 120.5, 36.5], [120.2, 35.9, 120.8, 36.1]) // [120, 35.9, 120.8, 36.5]
 */
export function unionBbox(a: [number, number, number, number] | null, b: [number, number, number, number] | null): [number, number, number, number] | null {
  if (!a || !b) return a ?? b;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}
