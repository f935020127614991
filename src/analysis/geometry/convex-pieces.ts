import earcut from "earcut";
import { makeShape, type ProjectedShape } from "./projected-shape";
import { isConvexShape } from "./shape-distance";

/**
 * Splits a polygon into convex pieces: earcut triangulation, then Hertel–Mehlhorn merging (drop a diagonal when
 * both ends stay convex). Minkowski sums distribute over unions, so the pieces' buffers union to the polygon's
 * buffer, and each convex piece can use the fast exact path.
 * @returns the convex pieces, or `undefined` when the shape is not a single-ring polygon or needs more than `maxPieces`
 * @example convexPieces(lShape, 4)?.length // 2
 */
export function convexPieces(shape: ProjectedShape, maxPieces: number): ProjectedShape[] | undefined {
  if (!shape.closed || shape.rings.length !== 1) return undefined;
  if (isConvexShape(shape)) return [shape];
  const ring = shape.rings[0];
  if (Math.ceil(reflexVertexCount(ring) / 2) + 1 > maxPieces) return undefined;
  const triangles = earcut(ring);
  // Pieces as counter-clockwise vertex-index cycles.
  const pieces: number[][] = [];
  for (let t = 0; t < triangles.length; t += 3) {
    const tri = [triangles[t], triangles[t + 1], triangles[t + 2]];
    if (cross(ring, tri[0], tri[1], tri[2]) < 0) tri.reverse();
    pieces.push(tri);
  }
  let merged = true;
  while (merged && pieces.length > 1) {
    merged = false;
    outer: for (let a = 0; a < pieces.length; a++) {
      for (let b = a + 1; b < pieces.length; b++) {
        const union = mergeIfConvex(ring, pieces[a], pieces[b]);
        if (union) {
          pieces[a] = union;
          pieces.splice(b, 1);
          merged = true;
          break outer;
        }
      }
    }
  }
  if (pieces.length > maxPieces) return undefined;
  return pieces.map((cycle) => {
    const coordinates = new Float64Array(cycle.length * 2);
    cycle.forEach((v, i) => {
      coordinates[2 * i] = ring[2 * v];
      coordinates[2 * i + 1] = ring[2 * v + 1];
    });
    return makeShape([coordinates], true);
  });
}

/** Vertices of a counter-clockwise x,y ring (not repeated-closed) where it turns clockwise. */
function reflexVertexCount(ring: Float64Array): number {
  const n = ring.length / 2;
  let reflex = 0;
  for (let v = 0; v < n; v++) if (cross(ring, (v + n - 1) % n, v, (v + 1) % n) < 0) reflex++;
  return reflex;
}

/** Merges two CCW cycles sharing an edge when the result is convex. */
function mergeIfConvex(ring: Float64Array, a: number[], b: number[]): number[] | undefined {
  for (let i = 0; i < a.length; i++) {
    const u = a[i],
      v = a[(i + 1) % a.length];
    const j = b.indexOf(v);
    if (j < 0 || b[(j + 1) % b.length] !== u) continue;
    // a: … u v …, b: … v u …; union walks a from v round to u, then b from u round to v.
    const union: number[] = [];
    for (let k = 0; k < a.length; k++) union.push(a[(i + 1 + k) % a.length]);
    for (let k = 2; k < b.length; k++) union.push(b[(j + k) % b.length]);
    for (let k = 0; k < union.length; k++) {
      if (cross(ring, union[k], union[(k + 1) % union.length], union[(k + 2) % union.length]) < 0) return undefined;
    }
    return union;
  }
  return undefined;
}

function cross(ring: Float64Array, a: number, b: number, c: number): number {
  return (ring[2 * b] - ring[2 * a]) * (ring[2 * c + 1] - ring[2 * b + 1]) - (ring[2 * b + 1] - ring[2 * a + 1]) * (ring[2 * c] - ring[2 * b]);
}
