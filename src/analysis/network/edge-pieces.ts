import { makeShape, type ProjectedShape } from "../geometry/projected-shape";
import { valueAt } from "../value-at";
import type { WalkingEdge } from "./walking-graph";

/**
 * The reached stretches of one edge as an open projected shape: each [startM, endM] pair (ellipsoidal metres)
 * becomes the sub-polyline between the matching planar positions (ST_LineSubstring by fraction of length).
 * @returns the shape, or undefined when no stretch has length
 */
export function edgePieces(edge: WalkingEdge, stretches: readonly number[]): ProjectedShape | undefined {
  const rings: Float64Array[] = [];
  for (let i = 0; i + 1 < stretches.length; i += 2) {
    const startM = valueAt(stretches, i),
      endM = valueAt(stretches, i + 1);
    if (!(endM > startM)) continue;
    const ring = substring(edge, startM / edge.lengthM, endM / edge.lengthM);
    if (ring.length >= 4) rings.push(ring);
  }
  return rings.length > 0 ? makeShape(rings, false) : undefined;
}

/** The part of an edge's polyline between two fractions of its planar length. */
function substring(edge: WalkingEdge, startFraction: number, endFraction: number): Float64Array {
  const { xy, cumulative } = edge;
  const total = valueAt(cumulative, cumulative.length - 1);
  const from = Math.max(0, Math.min(1, startFraction)) * total,
    to = Math.max(0, Math.min(1, endFraction)) * total;
  const out: number[] = [];
  const at = (d: number) => {
    let i = 1;
    while (i < cumulative.length - 1 && valueAt(cumulative, i) < d) i++;
    const before = valueAt(cumulative, i - 1);
    const span = valueAt(cumulative, i) - before;
    const t = span > 0 ? (d - before) / span : 0;
    const ax = valueAt(xy, 2 * i - 2),
      ay = valueAt(xy, 2 * i - 1);
    out.push(ax + (valueAt(xy, 2 * i) - ax) * t, ay + (valueAt(xy, 2 * i + 1) - ay) * t);
  };
  at(from);
  for (let i = 1; i < cumulative.length - 1; i++) {
    const d = valueAt(cumulative, i);
    if (d > from && d < to) out.push(valueAt(xy, 2 * i), valueAt(xy, 2 * i + 1));
  }
  at(to);
  if (out.length === 4 && out[0] === out[2] && out[1] === out[3]) return new Float64Array(0);
  return Float64Array.from(out);
}

/**
 * The parts of an x,y polyline inside a box (Liang–Barsky per segment; consecutive inside parts stay joined).
 * @returns polylines of at least two vertices
 */
export function clipPolyline(line: Float64Array, box: { minX: number; minY: number; maxX: number; maxY: number }): Float64Array[] {
  const out: Float64Array[] = [];
  let current: number[] = [];
  const flush = () => {
    if (current.length >= 4) out.push(Float64Array.from(current));
    current = [];
  };
  for (let i = 0; i + 3 < line.length; i += 2) {
    const ax = valueAt(line, i),
      ay = valueAt(line, i + 1),
      bx = valueAt(line, i + 2),
      by = valueAt(line, i + 3);
    const dx = bx - ax,
      dy = by - ay;
    let t0 = 0,
      t1 = 1;
    const edges: [number, number][] = [
      [-dx, ax - box.minX],
      [dx, box.maxX - ax],
      [-dy, ay - box.minY],
      [dy, box.maxY - ay],
    ];
    let inside = true;
    for (const [p, q] of edges) {
      if (p === 0) {
        if (q < 0) {
          inside = false;
          break;
        }
        continue;
      }
      const t = q / p;
      if (p < 0) {
        if (t > t1) {
          inside = false;
          break;
        }
        if (t > t0) t0 = t;
      } else {
        if (t < t0) {
          inside = false;
          break;
        }
        if (t < t1) t1 = t;
      }
    }
    if (!inside) {
      flush();
      continue;
    }
    const sx = t0 === 0 ? ax : ax + dx * t0,
      sy = t0 === 0 ? ay : ay + dy * t0;
    const ex = t1 === 1 ? bx : ax + dx * t1,
      ey = t1 === 1 ? by : ay + dy * t1;
    const n = current.length;
    if (n === 0 || current[n - 2] !== sx || current[n - 1] !== sy) {
      flush();
      current.push(sx, sy);
    }
    current.push(ex, ey);
    if (t1 !== 1) flush();
  }
  flush();
  return out;
}
