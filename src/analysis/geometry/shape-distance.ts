import { containsPoint, distanceToShape, segmentDistanceSquared } from "./distance";
import type { ProjectedShape } from "./projected-shape";

/**
 * Minimum Euclidean distance (projected metres) between two shapes: 0 when they overlap or one contains
 * the other, else the smallest segment-to-segment distance.
 */
export function shapesDistance(a: ProjectedShape, b: ProjectedShape): number {
  if (b.closed && containsPoint(b, a.rings[0][0], a.rings[0][1])) return 0;
  if (a.closed && containsPoint(a, b.rings[0][0], b.rings[0][1])) return 0;
  let best = Infinity;
  for (const ringA of a.rings) {
    const nA = ringA.length;
    for (let i = firstEnd(a, nA), j = firstStart(a, nA); i < nA; j = i, i += 2) {
      const ax = ringA[j],
        ay = ringA[j + 1],
        bx = ringA[i],
        by = ringA[i + 1];
      const minX = Math.min(ax, bx),
        maxX = Math.max(ax, bx),
        minY = Math.min(ay, by),
        maxY = Math.max(ay, by);
      for (const ringB of b.rings) {
        const nB = ringB.length;
        for (let k = firstEnd(b, nB), l = firstStart(b, nB); k < nB; l = k, k += 2) {
          const cx = ringB[l],
            cy = ringB[l + 1],
            dx = ringB[k],
            dy = ringB[k + 1];
          // The gap between the two segments' boxes is a lower bound of their distance.
          const gapX = Math.max(0, Math.min(cx, dx) - maxX, minX - Math.max(cx, dx)),
            gapY = Math.max(0, Math.min(cy, dy) - maxY, minY - Math.max(cy, dy));
          if (gapX * gapX + gapY * gapY >= best) continue;
          const d = segmentsDistanceSquared(ax, ay, bx, by, cx, cy, dx, dy);
          if (d < best) {
            if (d === 0) return 0;
            best = d;
          }
        }
      }
    }
  }
  return Math.sqrt(best);
}

/**
 * The largest distance from any point of polygon `a` to shape `b`, valid when `b` is a single convex polygon,
 * a segment or a point (the distance to a convex set is a convex function, so its maximum over `a` is reached
 * at a vertex of `a`). Returns `undefined` when `b` is not such a convex shape.
 */
export function maxVertexDistanceToConvex(a: ProjectedShape, b: ProjectedShape, convex: boolean): number | undefined {
  if (!convex) return undefined;
  let worst = 0;
  for (const ring of a.rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const d = distanceToShape(b, ring[i], ring[i + 1]);
      if (d > worst) worst = d;
    }
  }
  return worst;
}

/** True when the shape is one polygon ring that is convex, one line segment or one point. */
export function isConvexShape(shape: ProjectedShape): boolean {
  if (shape.rings.length !== 1) return false;
  const ring = shape.rings[0];
  const n = ring.length / 2;
  if (!shape.closed) return n <= 2;
  if (n < 3) return false;
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n,
      k = (i + 2) % n;
    const cross = (ring[2 * j] - ring[2 * i]) * (ring[2 * k + 1] - ring[2 * j + 1]) - (ring[2 * j + 1] - ring[2 * i + 1]) * (ring[2 * k] - ring[2 * j]);
    if (cross === 0) continue;
    const s = cross > 0 ? 1 : -1;
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}

/**
 * The segments of a ring of `length` coordinates are (start, end) vertex offsets from (`firstStart`, `firstEnd`)
 * on, each end the next start: closed rings start with the closing segment, open ones with their first, and a
 * one-vertex ring is one zero-length segment.
 */
function firstEnd(shape: ProjectedShape, length: number): number {
  return shape.closed || length === 2 ? 0 : 2;
}

function firstStart(shape: ProjectedShape, length: number): number {
  return shape.closed ? length - 2 : 0;
}

function segmentsDistanceSquared(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): number {
  if (segmentsCross(ax, ay, bx, by, cx, cy, dx, dy)) return 0;
  return Math.min(
    segmentDistanceSquared(ax, ay, cx, cy, dx, dy),
    segmentDistanceSquared(bx, by, cx, cy, dx, dy),
    segmentDistanceSquared(cx, cy, ax, ay, bx, by),
    segmentDistanceSquared(dx, dy, ax, ay, bx, by),
  );
}

function segmentsCross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  const d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  const d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}
