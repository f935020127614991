import type { Paths64 } from "clipper2-ts";
import { ringSignedArea } from "./convex-clip";
import { UNITS_PER_METRE, ringToPath } from "./projected-shape";

/**
 * Polygon rings in metres packed in one array (about 16 bytes per vertex, against about 80 for Clipper's point
 * objects): ring r is `coordinates[starts[r] … starts[r + 1])` as x,y pairs, `boxes[4r … 4r + 3]` its bounds
 * (minX, minY, maxX, maxY). Orientation is kept (NonZero: outer rings positive, holes negative).
 */
export interface PackedRings {
  coordinates: Float64Array;
  /** Ring starts into `coordinates` plus the end, one more than there are rings. */
  starts: Uint32Array;
  boxes: Float64Array;
}

/** Packs rings of x,y pairs (metres); rings under three vertices are dropped. */
export function packRings(rings: readonly ArrayLike<number>[]): PackedRings {
  const kept = rings.filter((ring) => ring.length >= 6);
  const starts = new Uint32Array(kept.length + 1);
  kept.forEach((ring, r) => (starts[r + 1] = (starts[r] as number) + ring.length));
  const coordinates = new Float64Array(starts[kept.length] as number);
  kept.forEach((ring, r) => coordinates.set(ring, starts[r]));
  return { coordinates, starts, boxes: ringBoxes(coordinates, starts) };
}

/** Packs Clipper paths in centimetres into metre rings. */
export function packPaths(paths: Paths64): PackedRings {
  return packRings(
    paths.map((path) => {
      const ring = new Float64Array(path.length * 2);
      path.forEach((point, i) => {
        ring[2 * i] = point.x / UNITS_PER_METRE;
        ring[2 * i + 1] = point.y / UNITS_PER_METRE;
      });
      return ring;
    }),
  );
}

/** The bounds of each ring of packed coordinates. */
export function ringBoxes(coordinates: Float64Array, starts: Uint32Array): Float64Array {
  const count = starts.length - 1;
  const boxes = new Float64Array(count * 4);
  for (let r = 0; r < count; r++) {
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (let i = starts[r] as number; i < (starts[r + 1] as number); i += 2) {
      const x = coordinates[i] as number,
        y = coordinates[i + 1] as number;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    boxes.set([minX, minY, maxX, maxY], r * 4);
  }
  return boxes;
}

/** Number of rings. */
function ringCount(packed: PackedRings): number {
  return packed.starts.length - 1;
}

/** The rings as Clipper paths on the centimetre grid. */
export function packedToPaths(packed: PackedRings): Paths64 {
  const paths: Paths64 = [];
  for (let r = 0; r < ringCount(packed); r++) paths.push(ringToPath(ringAt(packed, r)));
  return paths;
}

function ringAt(packed: PackedRings, r: number): Float64Array {
  return packed.coordinates.subarray(packed.starts[r], packed.starts[r + 1]);
}

/**
 * The rings whose bounds meet a box, each with whether it lies wholly inside the box (a ring whose bounds miss
 * the box has no point in it, so the NonZero region of the rings inside the box is that of these rings).
 * @param bounds - the box's minX, minY, maxX, maxY (metres)
 */
export function* ringsMeetingBox(packed: PackedRings, bounds: readonly [number, number, number, number]): Generator<{ ring: Float64Array; inside: boolean }> {
  const [minX, minY, maxX, maxY] = bounds;
  const { boxes } = packed;
  for (let r = 0; r < ringCount(packed); r++) {
    const b = r * 4;
    const ringMinX = boxes[b] as number,
      ringMinY = boxes[b + 1] as number,
      ringMaxX = boxes[b + 2] as number,
      ringMaxY = boxes[b + 3] as number;
    if (ringMaxX < minX || ringMinX > maxX || ringMaxY < minY || ringMinY > maxY) continue;
    yield { ring: ringAt(packed, r), inside: ringMinX >= minX && ringMaxX <= maxX && ringMinY >= minY && ringMaxY <= maxY };
  }
}

/**
 * A ring with the vertices that cannot matter inside a box dropped: a run of consecutive vertices all beyond one
 * side of the box is replaced by its first and last vertex. The run and that chord bound a loop wholly beyond that
 * side (a half-plane is convex), so the winding number of every point of the box is unchanged, and the box's part
 * of the NonZero region is the same.
 * @param bounds - the box's minX, minY, maxX, maxY (metres)
 * @returns the kept vertices as x,y pairs, a subset of the ring's in order
 */
export function ringNearBox(ring: ArrayLike<number>, bounds: readonly [number, number, number, number]): number[] {
  const [minX, minY, maxX, maxY] = bounds;
  const out: number[] = [];
  let runSides = 0,
    runFirst = -1,
    runLast = -1;
  const flush = () => {
    if (runFirst < 0) return;
    out.push(ring[runFirst] as number, ring[runFirst + 1] as number);
    if (runLast !== runFirst) out.push(ring[runLast] as number, ring[runLast + 1] as number);
    runFirst = -1;
  };
  for (let i = 0; i < ring.length; i += 2) {
    const x = ring[i] as number,
      y = ring[i + 1] as number;
    const sides = (x < minX ? 1 : 0) | (x > maxX ? 2 : 0) | (y < minY ? 4 : 0) | (y > maxY ? 8 : 0);
    if (runFirst >= 0 && (runSides & sides) !== 0) {
      runSides &= sides;
      runLast = i;
      continue;
    }
    flush();
    if (sides === 0) out.push(x, y);
    else {
      runSides = sides;
      runFirst = runLast = i;
    }
  }
  flush();
  return out;
}

/**
 * True when the rings' NonZero region certainly holds the whole box: one ring holds it (none of its edges meets the
 * closed box and it winds around the box's corner) and every other ring meeting the box is wound positively, so the
 * winding number is at least 1 everywhere in the box. False means "not known", never "not covered".
 * @param bounds - the box's minX, minY, maxX, maxY (metres)
 */
export function packedHoldsBox(packed: PackedRings, bounds: readonly [number, number, number, number]): boolean {
  let holder = false;
  for (const { ring, inside } of ringsMeetingBox(packed, bounds)) {
    if (inside) {
      if (ringSignedArea(ring) <= 0) return false;
      continue;
    }
    const near = ringNearBox(ring, bounds);
    if (!holder && ringHoldsBox(near, bounds)) holder = true;
    else if (ringSignedArea(near) <= 0) return false;
  }
  return holder;
}

/** True when a positively wound ring holds the closed box: no edge meets the box and the corner is inside. */
function ringHoldsBox(ring: readonly number[], bounds: readonly [number, number, number, number]): boolean {
  const [minX, minY] = bounds;
  const n = ring.length;
  if (n < 6) return false;
  let winding = 0;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const ax = ring[j] as number,
      ay = ring[j + 1] as number,
      bx = ring[i] as number,
      by = ring[i + 1] as number;
    if (segmentMeetsBox(ax, ay, bx, by, bounds)) return false;
    // Winding number of the corner (minX, minY), by upward and downward crossings of the edge to its right.
    if (ay <= minY !== by <= minY) {
      const side = (bx - ax) * (minY - ay) - (by - ay) * (minX - ax);
      if (by > ay && side > 0) winding++;
      else if (by <= ay && side < 0) winding--;
    }
  }
  return winding > 0;
}

/** True when segment a–b meets the closed box (conservative: touching counts). */
function segmentMeetsBox(ax: number, ay: number, bx: number, by: number, [minX, minY, maxX, maxY]: readonly [number, number, number, number]): boolean {
  if ((ax < minX && bx < minX) || (ax > maxX && bx > maxX) || (ay < minY && by < minY) || (ay > maxY && by > maxY)) return false;
  const dx = bx - ax,
    dy = by - ay;
  let positive = false,
    negative = false;
  for (const [x, y] of [
    [minX, minY],
    [maxX, minY],
    [maxX, maxY],
    [minX, maxY],
  ] as const) {
    const side = dx * (y - ay) - dy * (x - ax);
    if (side >= 0) positive = true;
    if (side <= 0) negative = true;
  }
  return positive && negative;
}
