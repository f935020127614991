import { makeShape, type ProjectedShape } from "../geometry/projected-shape";
import type { WalkingEdge } from "./walking-graph";

/**
 * The reached stretches of one edge as an open projected shape: each [startM, endM] pair (ellipsoidal metres)
 * becomes the sub-polyline between the matching planar positions (ST_LineSubstring by fraction of length).
 * @returns the shape, or undefined when no stretch has length
 */
export function edgePieces(edge: WalkingEdge, stretches: readonly number[]): ProjectedShape | undefined {
  const rings: Float64Array[] = [];
  for (let i = 0; i + 1 < stretches.length; i += 2) {
    if (!(stretches[i + 1] > stretches[i])) continue;
    const ring = substring(edge, stretches[i] / edge.lengthM, stretches[i + 1] / edge.lengthM);
    if (ring.length >= 4) rings.push(ring);
  }
  return rings.length > 0 ? makeShape(rings, false) : undefined;
}

/** The part of an edge's polyline between two fractions of its planar length. */
function substring(edge: WalkingEdge, startFraction: number, endFraction: number): Float64Array {
  const { xy, cumulative } = edge;
  const total = cumulative[cumulative.length - 1];
  const from = Math.max(0, Math.min(1, startFraction)) * total, to = Math.max(0, Math.min(1, endFraction)) * total;
  const out: number[] = [];
  const at = (d: number) => {
    let i = 1;
    while (i < cumulative.length - 1 && cumulative[i] < d) i++;
    const span = cumulative[i] - cumulative[i - 1];
    const t = span > 0 ? (d - cumulative[i - 1]) / span : 0;
    out.push(xy[2 * i - 2] + (xy[2 * i] - xy[2 * i - 2]) * t, xy[2 * i - 1] + (xy[2 * i + 1] - xy[2 * i - 1]) * t);
  };
  at(from);
  for (let i = 1; i < cumulative.length - 1; i++) if (cumulative[i] > from && cumulative[i] < to) out.push(xy[2 * i], xy[2 * i + 1]);
  at(to);
  if (out.length === 4 && out[0] === out[2] && out[1] === out[3]) return new Float64Array(0);
  return Float64Array.from(out);
}
