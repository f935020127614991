import type { Geometry, Position } from "geojson";
import type { Path64 } from "clipper2-ts";
import type { LocalProjection } from "./local-projection";

/** Clipper works on integers: coordinates are stored in centimetres. */
export const UNITS_PER_METRE = 100;

/**
 * A geometry in local projected metres. Polygon rings are oriented for Clipper's NonZero rule
 * (outer rings positive, holes negative); `closed` is false for lines and points.
 */
export interface ProjectedShape {
  /** x,y pairs in metres; rings are not repeated-closed. */
  rings: Float64Array[];
  /** Same rings in integer centimetres for Clipper (built on first use). */
  readonly paths: Path64[];
  closed: boolean;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Projects a Polygon or MultiPolygon; other geometry types give `undefined`. Degenerate rings are dropped.
 * @param geometry - GeoJSON geometry in lon/lat
 * @param projection - local projection
 * @returns the projected shape or `undefined` when nothing polygonal remains
 */
export function projectPolygonal(geometry: Geometry | null, projection: LocalProjection): ProjectedShape | undefined {
  if (!geometry) return undefined;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  const rings: Float64Array[] = [];
  for (const polygon of polygons) {
    polygon.forEach((ring, ringIndex) => {
      const projected = projectRing(ring, projection, true);
      if (projected.length < 6) return;
      const positive = signedArea(projected) > 0;
      if (positive !== (ringIndex === 0)) reverseInPlace(projected);
      rings.push(projected);
    });
  }
  return rings.length > 0 ? makeShape(rings, true) : undefined;
}

/**
 * Projects a LineString/MultiLineString (or a polygon's boundary, for line layers drawn as polygons).
 * @returns the projected open shape or `undefined`
 */
export function projectLinear(geometry: Geometry | null, projection: LocalProjection): ProjectedShape | undefined {
  if (!geometry) return undefined;
  let lines: Position[][] = [];
  if (geometry.type === "LineString") lines = [geometry.coordinates];
  else if (geometry.type === "MultiLineString") lines = geometry.coordinates;
  else if (geometry.type === "Polygon") lines = geometry.coordinates;
  else if (geometry.type === "MultiPolygon") lines = geometry.coordinates.flat();
  const rings = lines.map((line) => projectRing(line, projection, false)).filter((ring) => ring.length >= 4);
  return rings.length > 0 ? makeShape(rings, false) : undefined;
}

/** Projects a Point or MultiPoint into an open shape of one-vertex paths. */
export function projectPoints(geometry: Geometry | null, projection: LocalProjection): ProjectedShape | undefined {
  if (!geometry) return undefined;
  const points = geometry.type === "Point" ? [geometry.coordinates] : geometry.type === "MultiPoint" ? geometry.coordinates : [];
  const rings = points.filter(isFinitePosition).map((p) => Float64Array.from(projection.forward(p[0], p[1])));
  return rings.length > 0 ? makeShape(rings, false) : undefined;
}

/** A ring of x,y pairs in metres as one Clipper path on the centimetre grid (each coordinate rounded). */
export function ringToPath(ring: ArrayLike<number>): Path64 {
  const path: Path64 = [];
  for (let i = 0; i < ring.length; i += 2) path.push({ x: Math.round(ring[i] * UNITS_PER_METRE), y: Math.round(ring[i + 1] * UNITS_PER_METRE) });
  return path;
}

/** Builds a shape from projected rings (metres); the Clipper paths are built lazily, only when clipping needs them. */
export function makeShape(rings: Float64Array[], closed: boolean): ProjectedShape {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const x = ring[i],
        y = ring[i + 1];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  let paths: Path64[] | undefined;
  return {
    rings,
    closed,
    minX,
    minY,
    maxX,
    maxY,
    get paths() {
      paths ??= rings.map(ringToPath);
      return paths;
    },
  };
}

/** Planar area in m² of a closed shape (outer rings positive, holes negative). */
export function shapeAreaM2(shape: ProjectedShape): number {
  let sum = 0;
  for (const ring of shape.rings) sum += signedArea(ring);
  return sum;
}

/** Shoelace signed area of an x,y ring in its own units² (positive = counter-clockwise). */
function signedArea(ring: Float64Array): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) sum += (ring[j] - ring[i]) * (ring[j + 1] + ring[i + 1]);
  return sum / 2;
}

function projectRing(ring: Position[], projection: LocalProjection, closed: boolean): Float64Array {
  const out: number[] = [];
  let count = ring.length;
  if (closed && count > 1 && ring[0][0] === ring[count - 1][0] && ring[0][1] === ring[count - 1][1]) count--;
  for (let i = 0; i < count; i++) {
    const position = ring[i];
    if (!isFinitePosition(position)) continue;
    const [x, y] = projection.forward(position[0], position[1]);
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out.push(x, y);
  }
  return Float64Array.from(out);
}

function isFinitePosition(position: Position): boolean {
  return Array.isArray(position) && Number.isFinite(position[0]) && Number.isFinite(position[1]);
}

function reverseInPlace(ring: Float64Array): void {
  for (let i = 0, j = ring.length - 2; i < j; i += 2, j -= 2) {
    const x = ring[i],
      y = ring[i + 1];
    ring[i] = ring[j];
    ring[i + 1] = ring[j + 1];
    ring[j] = x;
    ring[j + 1] = y;
  }
}
