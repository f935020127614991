import Flatbush from "flatbush";
import type { PlanarPoint } from "./projection";

/** A straight segment in planar metres. */
export type Segment = [PlanarPoint, PlanarPoint];

function orientation(a: PlanarPoint, b: PlanarPoint, c: PlanarPoint): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** True when closed segments ab and cd share at least one point (collinear overlaps included). */
export function segmentsIntersect(a: PlanarPoint, b: PlanarPoint, c: PlanarPoint, d: PlanarPoint): boolean {
  const d1 = orientation(c, d, a);
  const d2 = orientation(c, d, b);
  const d3 = orientation(a, b, c);
  const d4 = orientation(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const onSegment = (p: PlanarPoint, q: PlanarPoint, r: PlanarPoint) =>
    Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  return (d1 === 0 && onSegment(c, d, a)) || (d2 === 0 && onSegment(c, d, b)) || (d3 === 0 && onSegment(a, b, c)) || (d4 === 0 && onSegment(a, b, d));
}

/** Closest point to p on segment ab. */
export function closestPointOnSegment(p: PlanarPoint, a: PlanarPoint, b: PlanarPoint): PlanarPoint {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return [a[0] + t * dx, a[1] + t * dy];
}

/**
 * A flatbush-indexed set of segments (ring edges or line edges) answering point-in-polygon by ray
 * casting (even–odd rule over all rings), segment crossing and nearest-point queries.
 */
export class SegmentIndex {
  readonly segments: Segment[];
  private readonly index: Flatbush;

  constructor(paths: PlanarPoint[][]) {
    this.segments = [];
    for (const path of paths) for (let i = 0; i + 1 < path.length; i += 1) this.segments.push([path[i] as PlanarPoint, path[i + 1] as PlanarPoint]);
    this.index = new Flatbush(Math.max(1, this.segments.length));
    for (const [a, b] of this.segments) this.index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    if (this.segments.length === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
  }

  /** Even–odd point-in-polygon over all indexed rings (ray towards +x). */
  contains(point: PlanarPoint): boolean {
    const [x, y] = point;
    let inside = false;
    for (const id of this.index.search(x, y, Number.POSITIVE_INFINITY, y)) {
      const segment = this.segments[id];
      if (!segment) continue;
      const [a, b] = segment;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
    return inside;
  }

  /** True when segment pq touches any indexed segment. */
  crosses(p: PlanarPoint, q: PlanarPoint): boolean {
    const ids = this.index.search(Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1]));
    return ids.some((id) => {
      const segment = this.segments[id];
      return segment !== undefined && segmentsIntersect(p, q, segment[0], segment[1]);
    });
  }

  /** True when the closed path (ring) crosses any indexed segment. */
  ringCrosses(ring: PlanarPoint[]): boolean {
    for (let i = 0; i + 1 < ring.length; i += 1) if (this.crosses(ring[i] as PlanarPoint, ring[i + 1] as PlanarPoint)) return true;
    return false;
  }

  /** The crossing of segment pq with the indexed segments that lies nearest to p; null if none. */
  firstCrossing(p: PlanarPoint, q: PlanarPoint): PlanarPoint | null {
    const ids = this.index.search(Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1]));
    let best: { t: number; point: PlanarPoint } | null = null;
    for (const id of ids) {
      const segment = this.segments[id];
      if (!segment) continue;
      const [a, b] = segment;
      const rx = q[0] - p[0];
      const ry = q[1] - p[1];
      const sx = b[0] - a[0];
      const sy = b[1] - a[1];
      const denominator = rx * sy - ry * sx;
      if (denominator === 0) continue;
      const t = ((a[0] - p[0]) * sy - (a[1] - p[1]) * sx) / denominator;
      const u = ((a[0] - p[0]) * ry - (a[1] - p[1]) * rx) / denominator;
      if (t < 0 || t > 1 || u < 0 || u > 1) continue;
      if (!best || t < best.t) best = { t, point: [a[0] + u * sx, a[1] + u * sy] };
    }
    return best?.point ?? null;
  }

  /** Nearest point on any segment within maxDistanceM, with its distance; null if none. */
  nearest(point: PlanarPoint, maxDistanceM = Number.POSITIVE_INFINITY): { point: PlanarPoint; distanceM: number } | null {
    const ids = this.index.neighbors(point[0], point[1], 16, maxDistanceM);
    let best: { point: PlanarPoint; distanceM: number } | null = null;
    for (const id of ids) {
      const segment = this.segments[id];
      if (!segment) continue;
      const candidate = closestPointOnSegment(point, segment[0], segment[1]);
      const distanceM = Math.hypot(candidate[0] - point[0], candidate[1] - point[1]);
      if (!best || distanceM < best.distanceM) best = { point: candidate, distanceM };
    }
    return best;
  }
}
