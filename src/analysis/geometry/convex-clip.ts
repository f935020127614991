/**
 * Sutherland–Hodgman clipping of a ring (any simple ring, metres, as x,y pairs) by a convex counter-clockwise
 * polygon. For a non-convex subject the output may contain zero-width bridges, which add no area, so the signed
 * area of the result is the exact intersection area. Used for the common case of convex park buffers, where it
 * is far cheaper than a general boolean operation.
 *
 * With `box` (a box holding the subject), only clip edges whose bounding box meets it are used: any point of the
 * box outside the convex polygon is cut off by an edge crossing the box (the segment from it to an inside point
 * of the box leaves the polygon through such an edge). When no edge meets the box, the box is wholly inside or
 * wholly outside, decided by one point.
 * @returns the clipped ring as x,y pairs (possibly empty)
 */
export function clipRingByConvex(
  subject: ArrayLike<number>,
  clip: ArrayLike<number>,
  box?: readonly [number, number, number, number],
  chunks?: Float64Array,
): ArrayLike<number> {
  let output: ArrayLike<number> = subject;
  const m = clip.length;
  let used = 0;
  for (let e = 0; e < m && output.length >= 6; e += 2) {
    // Skip a whole chunk of edges whose bounding box misses the subject's box.
    if (box && chunks && e % (2 * EDGES_PER_CHUNK) === 0) {
      const c = (e / (2 * EDGES_PER_CHUNK)) * 4;
      if (chunks[c + 2] < box[0] || chunks[c] > box[2] || chunks[c + 3] < box[1] || chunks[c + 1] > box[3]) {
        e += 2 * EDGES_PER_CHUNK - 2;
        continue;
      }
    }
    const ax = clip[e],
      ay = clip[e + 1];
    const bx = clip[(e + 2) % m],
      by = clip[(e + 3) % m];
    if (box && (Math.max(ax, bx) < box[0] || Math.min(ax, bx) > box[2] || Math.max(ay, by) < box[1] || Math.min(ay, by) > box[3])) continue;
    used++;
    if (allInside(output, ax, ay, bx, by)) continue;
    const input = output;
    const next: number[] = [];
    output = next;
    const n = input.length;
    let px = input[n - 2],
      py = input[n - 1];
    let pIn = (bx - ax) * (py - ay) - (by - ay) * (px - ax) >= 0;
    for (let i = 0; i < n; i += 2) {
      const qx = input[i],
        qy = input[i + 1];
      const qIn = (bx - ax) * (qy - ay) - (by - ay) * (qx - ax) >= 0;
      if (qIn !== pIn) {
        const dx = qx - px,
          dy = qy - py;
        const denominator = (bx - ax) * dy - (by - ay) * dx;
        const t = denominator !== 0 ? ((by - ay) * (px - ax) - (bx - ax) * (py - ay)) / denominator : 0;
        next.push(px + t * dx, py + t * dy);
      }
      if (qIn) next.push(qx, qy);
      px = qx;
      py = qy;
      pIn = qIn;
    }
  }
  if (box && used === 0 && !insideConvex(clip, subject[0], subject[1])) return [];
  return output.length >= 6 ? output : [];
}

function insideConvex(clip: ArrayLike<number>, x: number, y: number): boolean {
  const m = clip.length;
  for (let e = 0; e < m; e += 2) {
    const ax = clip[e],
      ay = clip[e + 1],
      bx = clip[(e + 2) % m],
      by = clip[(e + 3) % m];
    if ((bx - ax) * (y - ay) - (by - ay) * (x - ax) < 0) return false;
  }
  return true;
}

function allInside(ring: ArrayLike<number>, ax: number, ay: number, bx: number, by: number): boolean {
  for (let i = 0; i < ring.length; i += 2) {
    if ((bx - ax) * (ring[i + 1] - ay) - (by - ay) * (ring[i] - ax) < 0) return false;
  }
  return true;
}

/** Edges per chunk of `edgeChunkBoxes`. */
const EDGES_PER_CHUNK = 16;

/**
 * Bounding boxes of consecutive runs of `EDGES_PER_CHUNK` edges of a closed ring ([minX, minY, maxX, maxY] each),
 * so `clipRingByConvex` can skip runs far from the subject.
 */
export function edgeChunkBoxes(ring: ArrayLike<number>): Float64Array {
  const m = ring.length;
  const edges = m / 2;
  const boxes = new Float64Array(Math.ceil(edges / EDGES_PER_CHUNK) * 4);
  for (let e = 0; e < edges; e++) {
    const c = Math.floor(e / EDGES_PER_CHUNK) * 4;
    const ax = ring[2 * e],
      ay = ring[2 * e + 1],
      bx = ring[(2 * e + 2) % m],
      by = ring[(2 * e + 3) % m];
    const first = e % EDGES_PER_CHUNK === 0;
    boxes[c] = first ? Math.min(ax, bx) : Math.min(boxes[c], ax, bx);
    boxes[c + 1] = first ? Math.min(ay, by) : Math.min(boxes[c + 1], ay, by);
    boxes[c + 2] = first ? Math.max(ax, bx) : Math.max(boxes[c + 2], ax, bx);
    boxes[c + 3] = first ? Math.max(ay, by) : Math.max(boxes[c + 3], ay, by);
  }
  return boxes;
}

/** Shoelace signed area of x,y pairs (positive counter-clockwise). */
export function ringSignedArea(ring: ArrayLike<number>): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) sum += (ring[j] - ring[i]) * (ring[j + 1] + ring[i + 1]);
  return sum / 2;
}
