/**
 * Douglas–Peucker simplification (Douglas & Peucker 1973) of a closed x,y ring in projected metres, iterative
 * (an explicit stack, no recursion) so that a ring of a million vertices costs O(n log n) on typical input.
 * The ring is split at vertex 0 and the vertex farthest from it, and each half is simplified; every dropped
 * vertex lies within `toleranceM` of the kept outline (Hausdorff distance ≤ toleranceM), so a buffer of the
 * simplified ring differs from the buffer of the original by at most `toleranceM`.
 */

function segmentDistanceSquared(ring: Float64Array, p: number, a: number, b: number): number {
  const ax = ring[2 * a]!,
    ay = ring[2 * a + 1]!;
  const dx = ring[2 * b]! - ax,
    dy = ring[2 * b + 1]! - ay;
  const px = ring[2 * p]! - ax,
    py = ring[2 * p + 1]! - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared > 0 ? Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared)) : 0;
  const ex = px - t * dx,
    ey = py - t * dy;
  return ex * ex + ey * ey;
}

/**
 * Simplifies a closed ring (x,y pairs, not repeated-closed). Returns the ring itself when nothing can be
 * dropped or fewer than three vertices would remain.
 * @param ring - x,y pairs in metres
 * @param toleranceM - largest distance of a dropped vertex from the kept outline, metres
 */
export function simplifyRing(ring: Float64Array, toleranceM: number): Float64Array {
  const n = ring.length / 2;
  if (n < 4) return ring;
  const keep = new Uint8Array(n);
  let far = 0,
    farDistance = -1;
  for (let v = 1; v < n; v++) {
    const dx = ring[2 * v]! - ring[0]!,
      dy = ring[2 * v + 1]! - ring[1]!;
    if (dx * dx + dy * dy > farDistance) (farDistance = dx * dx + dy * dy), (far = v);
  }
  keep[0] = 1;
  keep[far] = 1;
  const toleranceSquared = toleranceM * toleranceM;
  // Spans [a, b] of vertex indices; the second half wraps round to vertex 0 (index n).
  const stack: number[] = [0, far, far, n];
  while (stack.length > 0) {
    const b = stack.pop()!,
      a = stack.pop()!;
    let worst = -1,
      worstDistance = toleranceSquared;
    for (let v = a + 1; v < b; v++) {
      const distance = segmentDistanceSquared(ring, v, a, b % n);
      if (distance > worstDistance) (worstDistance = distance), (worst = v);
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push(a, worst, worst, b);
  }
  let kept = 0;
  for (let v = 0; v < n; v++) kept += keep[v]!;
  if (kept === n || kept < 3) return ring;
  const out = new Float64Array(2 * kept);
  for (let v = 0, k = 0; v < n; v++) {
    if (!keep[v]) continue;
    out[k++] = ring[2 * v]!;
    out[k++] = ring[2 * v + 1]!;
  }
  return out;
}
