import { bufferShape, shapeFromPaths } from "../geometry/clip";
import { containsPoint } from "../geometry/distance";
import type { ProjectedShape } from "../geometry/projected-shape";
import { valueAt } from "../value-at";
import type { WalkingEdge } from "./walking-graph";

/** A stretch of one edge inside a park's access zone, in ellipsoidal metres from the edge's `from` node. */
export interface AccessInterval {
  edge: number;
  startM: number;
  endM: number;
}

/**
 * The access zone (入口区) of a park: its polygon (or point) buffered by `accessM` projected metres (Clipper2 round
 * joins, 256 segments per circle), as a closed shape; walking starts anywhere on the network inside it.
 */
export function accessZone(park: ProjectedShape, accessM: number): ProjectedShape | undefined {
  return shapeFromPaths(bufferShape(park, accessM));
}

/**
 * The parts of an edge inside a closed shape: the polyline is cut at every crossing with the shape's rings and
 * each piece is kept when its midpoint lies inside (even-odd).
 * @returns intervals in ellipsoidal metres along the edge (planar positions scaled by lengthM ÷ planar length)
 */
export function edgeInsideIntervals(edge: WalkingEdge, e: number, zone: ProjectedShape): AccessInterval[] {
  const { xy, cumulative } = edge;
  const planar = cumulative[cumulative.length - 1] ?? 0;
  if (!(planar > 0)) return containsPoint(zone, valueAt(xy, 0), valueAt(xy, 1)) ? [{ edge: e, startM: 0, endM: 0 }] : [];
  const scale = edge.lengthM / planar;
  const out: AccessInterval[] = [];
  const push = (from: number, to: number) => {
    const last = out[out.length - 1];
    if (last && Math.abs(last.endM - from * scale) < 1e-9) last.endM = to * scale;
    else out.push({ edge: e, startM: from * scale, endM: to * scale });
  };
  for (let i = 0; i + 3 < xy.length; i += 2) {
    const ax = valueAt(xy, i),
      ay = valueAt(xy, i + 1),
      bx = valueAt(xy, i + 2),
      by = valueAt(xy, i + 3);
    if (Math.max(ax, bx) < zone.minX || Math.min(ax, bx) > zone.maxX || Math.max(ay, by) < zone.minY || Math.min(ay, by) > zone.maxY) continue;
    const crossings = segmentCrossings(ax, ay, bx, by, zone);
    const base = valueAt(cumulative, i / 2),
      length = valueAt(cumulative, i / 2 + 1) - base;
    if (crossings.length === 0) {
      if (containsPoint(zone, (ax + bx) / 2, (ay + by) / 2)) push(base, base + length);
      continue;
    }
    const cuts = [0, 1, ...crossings].sort((p, q) => p - q);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const t0 = valueAt(cuts, k),
        t1 = valueAt(cuts, k + 1);
      if (t1 - t0 < 1e-12) continue;
      const tm = (t0 + t1) / 2;
      if (containsPoint(zone, ax + (bx - ax) * tm, ay + (by - ay) * tm)) push(base + t0 * length, base + t1 * length);
    }
  }
  return out;
}

const NO_CROSSINGS: readonly number[] = Object.freeze([]);

/** Parameters t ∈ (0, 1) where segment a→b crosses an edge of the shape's rings (a shared empty array for none). */
function segmentCrossings(ax: number, ay: number, bx: number, by: number, zone: ProjectedShape): readonly number[] {
  let ts: number[] | undefined;
  const dx = bx - ax,
    dy = by - ay;
  const minX = Math.min(ax, bx),
    maxX = Math.max(ax, bx),
    minY = Math.min(ay, by),
    maxY = Math.max(ay, by);
  for (const ring of zone.rings) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const cx = ring[j] as number,
        cy = ring[j + 1] as number,
        ex = ring[i] as number,
        ey = ring[i + 1] as number;
      if (Math.max(cx, ex) < minX || Math.min(cx, ex) > maxX || Math.max(cy, ey) < minY || Math.min(cy, ey) > maxY) continue;
      const fx = ex - cx,
        fy = ey - cy;
      const denominator = dx * fy - dy * fx;
      if (denominator === 0) continue;
      const t = ((cx - ax) * fy - (cy - ay) * fx) / denominator;
      const u = ((cx - ax) * dy - (cy - ay) * dx) / denominator;
      if (t > 0 && t < 1 && u >= 0 && u <= 1) (ts ??= []).push(t);
    }
  }
  return ts ?? NO_CROSSINGS;
}
