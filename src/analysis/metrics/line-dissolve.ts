import { ClipType, Clipper64, FillRule, type Paths64 } from "clipper2-ts";
import Flatbush from "flatbush";
import { geodesicDistanceM } from "../geometry/ellipsoidal";
import type { LocalProjection } from "../geometry/local-projection";
import { UNITS_PER_METRE, type ProjectedShape } from "../geometry/projected-shape";
import { valueAt } from "../value-at";

/** Dissolve grid: vertices snap to 5 cm in the local frame (as PostGIS ST_SnapToGrid before ST_Union). */
const SNAP_M = 0.05;

/**
 * Dissolves line work: snaps vertices to a 5 cm grid, splits lines into segments and merges segments that lie on
 * exactly the same grid line (integer direction and offset) and overlap or repeat, so shared trail is counted once
 * (our counting rule for 绿道 length, standards §2.2).
 * @returns non-overlapping segments as [x1, y1, x2, y2, …] in projected metres
 */
export function dissolveSegments(shapes: readonly ProjectedShape[]): Float64Array {
  const lines = new Map<string, { dx: number; dy: number; intervals: number[] }>();
  for (const shape of shapes) {
    for (const ring of shape.rings) {
      const last = shape.closed ? ring.length : ring.length - 2;
      for (let i = 0; i < last; i += 2) {
        const j = (i + 2) % ring.length;
        let ax = Math.round(valueAt(ring, i) / SNAP_M),
          ay = Math.round(valueAt(ring, i + 1) / SNAP_M);
        let bx = Math.round(valueAt(ring, j) / SNAP_M),
          by = Math.round(valueAt(ring, j + 1) / SNAP_M);
        if (bx < ax || (bx === ax && by < ay)) [ax, ay, bx, by] = [bx, by, ax, ay];
        if (ax === bx && ay === by) continue;
        const g = gcd(bx - ax, Math.abs(by - ay));
        const dx = (bx - ax) / g,
          dy = (by - ay) / g;
        const key = `${dx},${dy},${dy * ax - dx * ay}`;
        let line = lines.get(key);
        if (!line) lines.set(key, (line = { dx, dy, intervals: [] }));
        line.intervals.push(dx * ax + dy * ay, dx * bx + dy * by, ax, ay, bx, by);
      }
    }
  }
  const out: number[] = [];
  for (const { intervals } of lines.values()) {
    const count = intervals.length / 6;
    const order = Array.from({ length: count }, (_, k) => k).sort((a, b) => valueAt(intervals, 6 * a) - valueAt(intervals, 6 * b));
    const k0 = valueAt(order, 0);
    let endT = valueAt(intervals, 6 * k0 + 1),
      endX = valueAt(intervals, 6 * k0 + 4),
      endY = valueAt(intervals, 6 * k0 + 5);
    let startX = valueAt(intervals, 6 * k0 + 2),
      startY = valueAt(intervals, 6 * k0 + 3);
    const emit = () => out.push(startX * SNAP_M, startY * SNAP_M, endX * SNAP_M, endY * SNAP_M);
    for (let n = 1; n < count; n++) {
      const k = valueAt(order, n);
      const t = valueAt(intervals, 6 * k + 1);
      if (valueAt(intervals, 6 * k) <= endT) {
        if (t > endT) [endT, endX, endY] = [t, valueAt(intervals, 6 * k + 4), valueAt(intervals, 6 * k + 5)];
      } else {
        emit();
        [startX, startY] = [valueAt(intervals, 6 * k + 2), valueAt(intervals, 6 * k + 3)];
        [endT, endX, endY] = [t, valueAt(intervals, 6 * k + 4), valueAt(intervals, 6 * k + 5)];
      }
    }
    emit();
  }
  return Float64Array.from(out);
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return Math.abs(a) || 1;
}

/**
 * Ellipsoidal (geodesic, WGS84) length of projected segments, each end inverse-projected (GeographicLib).
 * @returns metres
 */
export function segmentsGeodesicLengthM(segments: Float64Array, projection: LocalProjection): number {
  let total = 0;
  for (let i = 0; i < segments.length; i += 4) {
    const [lon1, lat1] = projection.inverse(valueAt(segments, i), valueAt(segments, i + 1));
    const [lon2, lat2] = projection.inverse(valueAt(segments, i + 2), valueAt(segments, i + 3));
    total += geodesicDistanceM(lon1, lat1, lon2, lat2);
  }
  return total;
}

/**
 * Length (ellipsoidal, via the projection's scale factor) of the parts of segments inside polygon paths.
 * @param clip - polygon paths in centimetres (NonZero)
 * @returns metres
 */
export function segmentsLengthInsideM(segments: Float64Array, clip: Paths64, projection: LocalProjection): number {
  if (segments.length === 0 || clip.length === 0) return 0;
  const open: Paths64 = [];
  for (let i = 0; i < segments.length; i += 4) {
    open.push([
      { x: Math.round(valueAt(segments, i) * UNITS_PER_METRE), y: Math.round(valueAt(segments, i + 1) * UNITS_PER_METRE) },
      { x: Math.round(valueAt(segments, i + 2) * UNITS_PER_METRE), y: Math.round(valueAt(segments, i + 3) * UNITS_PER_METRE) },
    ]);
  }
  const clipper = new Clipper64();
  clipper.addOpenSubject(open);
  clipper.addClip(clip);
  const closed: Paths64 = [],
    inside: Paths64 = [];
  clipper.execute(ClipType.Intersection, FillRule.NonZero, closed, inside);
  let total = 0;
  for (const path of inside) {
    let previous: Paths64[number][number] | undefined;
    for (const point of path) {
      if (previous) {
        const length = Math.hypot(point.x - previous.x, point.y - previous.y) / UNITS_PER_METRE;
        total += length / projection.scaleAt((point.x + previous.x) / (2 * UNITS_PER_METRE));
      }
      previous = point;
    }
  }
  return total;
}

/**
 * A finder of the segments (as `dissolveSegments` gives them) whose bounding boxes meet a box, through a spatial
 * index made once: clipping a layer's segments to each of many districts then reads only those near the district.
 * @returns for a box in projected metres, its segments in their order in `segments`, as [x1, y1, x2, y2, …]
 */
export function segmentFinder(segments: Float64Array): (minX: number, minY: number, maxX: number, maxY: number) => Float64Array {
  const count = segments.length / 4;
  if (count === 0) return () => segments;
  const index = new Flatbush(count);
  for (let i = 0; i < segments.length; i += 4) {
    const x1 = valueAt(segments, i),
      y1 = valueAt(segments, i + 1),
      x2 = valueAt(segments, i + 2),
      y2 = valueAt(segments, i + 3);
    index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  }
  index.finish();
  return (minX, minY, maxX, maxY) => {
    const found = index.search(minX, minY, maxX, maxY).sort((a, b) => a - b);
    const near = new Float64Array(found.length * 4);
    for (const [k, segment] of found.entries()) near.set(segments.subarray(segment * 4, segment * 4 + 4), k * 4);
    return near;
  };
}
