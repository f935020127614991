import type { ProjectedShape } from "./projected-shape";

/**
 * Euclidean distance (projected metres) from a point to a shape: 0 inside a polygon (even-odd over its
 * rings, so holes are outside), else the distance to the nearest boundary segment, line segment or point.
 * @returns metres in the projection
 * @example distanceToShape(square, 0, 0) // 0 when (0, 0) lies inside the square
 */
export function distanceToShape(shape: ProjectedShape, x: number, y: number): number {
  if (shape.closed && containsPoint(shape, x, y)) return 0;
  let best = Infinity;
  for (const ring of shape.rings) {
    const n = ring.length;
    if (n === 2) {
      best = Math.min(best, (ring[0] - x) ** 2 + (ring[1] - y) ** 2);
      continue;
    }
    const start = shape.closed ? 0 : 2;
    for (let i = start, j = shape.closed ? n - 2 : 0; i < n; j = i, i += 2) {
      const d = segmentDistanceSquared(x, y, ring[j], ring[j + 1], ring[i], ring[i + 1]);
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

/** Even-odd point-in-polygon test over all rings of a closed shape. */
export function containsPoint(shape: ProjectedShape, x: number, y: number): boolean {
  if (x < shape.minX || x > shape.maxX || y < shape.minY || y > shape.maxY) return false;
  let inside = false;
  for (const ring of shape.rings) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const yi = ring[i + 1],
        yj = ring[j + 1];
      if (yi > y !== yj > y && x < ((ring[j] - ring[i]) * (y - yi)) / (yj - yi) + ring[i]) inside = !inside;
    }
  }
  return inside;
}

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
export function segmentDistanceSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax,
    dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared > 0 ? ((px - ax) * dx + (py - ay) * dy) / lengthSquared : 0;
  t = Math.min(Math.max(t, 0), 1);
  const ex = ax + t * dx - px,
    ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}
