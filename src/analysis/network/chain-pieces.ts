import { valueAt } from "../value-at";

/**
 * Joins open polylines that meet end to end (identical end coordinates) into longer polylines, preferring at each
 * meeting point the continuation that turns least. The buffer of the joined lines (round joins) is the same set as
 * the union of the pieces' buffers (round ends), but an offset no longer builds two round caps at every junction
 * and unions them: at a street crossing four capped pieces become two lines that cross.
 * @param pieces - x,y polylines in projected metres, at least two vertices each
 * @returns polylines covering the same points; pieces that meet nothing are returned unchanged
 */
export function chainPieces(pieces: readonly Float64Array[]): Float64Array[] {
  if (pieces.length < 2) return [...pieces];
  // Piece ends at each coordinate: 2·piece for its start, 2·piece + 1 for its end.
  const ends = new Map<string, number[]>();
  const keyAt = (ring: Float64Array, end: number) => {
    const i = end === 0 ? 0 : ring.length - 2;
    return `${ring[i]},${ring[i + 1]}`;
  };
  pieces.forEach((ring, p) => {
    for (const end of [0, 1]) {
      const key = keyAt(ring, end);
      const list = ends.get(key);
      if (list) list.push(2 * p + end);
      else ends.set(key, [2 * p + end]);
    }
  });
  const used = new Uint8Array(pieces.length);
  const out: Float64Array[] = [];
  for (let p = 0; p < pieces.length; p++) {
    if (used[p]) continue;
    used[p] = 1;
    const line = Array.from(valueAt(pieces, p));
    extend(line, pieces, ends, used);
    reverseLine(line);
    extend(line, pieces, ends, used);
    reverseLine(line);
    out.push(Float64Array.from(line));
  }
  return out;
}

/** Appends unused pieces at the end of `line` while one meets it, taking the straightest continuation. */
function extend(line: number[], pieces: readonly Float64Array[], ends: Map<string, number[]>, used: Uint8Array): void {
  for (;;) {
    const n = line.length;
    const x = valueAt(line, n - 2),
      y = valueAt(line, n - 1);
    const dx = x - valueAt(line, n - 4),
      dy = y - valueAt(line, n - 3);
    let best = -1,
      bestCos = -Infinity;
    for (const slot of ends.get(`${x},${y}`) ?? []) {
      const q = slot >> 1;
      if (used[q]) continue;
      const ring = valueAt(pieces, q);
      // Direction leaving the junction along piece q.
      const k = slot & 1 ? ring.length - 4 : 2;
      const ex = valueAt(ring, k) - x,
        ey = valueAt(ring, k + 1) - y;
      const cos = (dx * ex + dy * ey) / (Math.hypot(dx, dy) * Math.hypot(ex, ey) || 1);
      if (cos > bestCos) {
        bestCos = cos;
        best = slot;
      }
    }
    if (best < 0) return;
    const q = best >> 1;
    used[q] = 1;
    const ring = valueAt(pieces, q);
    if (best & 1) for (let i = ring.length - 4; i >= 0; i -= 2) line.push(valueAt(ring, i), valueAt(ring, i + 1));
    else for (let i = 2; i < ring.length; i += 2) line.push(valueAt(ring, i), valueAt(ring, i + 1));
  }
}

/** Reverses an x,y polyline in place. */
function reverseLine(line: number[]): void {
  line.reverse();
  for (let i = 0; i + 1 < line.length; i += 2) {
    const t = valueAt(line, i);
    line[i] = valueAt(line, i + 1);
    line[i + 1] = t;
  }
}
