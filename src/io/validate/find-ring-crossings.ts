/**
 * Detects whether a closed ring crosses or touches itself (OGC Simple
 * Features: a valid ring is simple). Segments are indexed with Flatbush, so
 * the check is about O(n log n) instead of the O(n²) of pairwise tests; each
 * candidate pair is tested with orientation predicates (Cormen et al.,
 * "Introduction to Algorithms", §33.1). Neighbouring segments, which share a
 * vertex by construction, are skipped.
 */
import Flatbush from "flatbush";
import type { Position } from "geojson";

function orientation(a: Position, b: Position, c: Position): number {
  const value = (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return Math.min(a[0]!, b[0]!) <= p[0]! && p[0]! <= Math.max(a[0]!, b[0]!) && Math.min(a[1]!, b[1]!) <= p[1]! && p[1]! <= Math.max(a[1]!, b[1]!);
}

/** True when segments ab and cd intersect (including touching and collinear overlap). */
function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orientation(a, b, c),
    o2 = orientation(a, b, d),
    o3 = orientation(c, d, a),
    o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && onSegment(a, b, c)) || (o2 === 0 && onSegment(a, b, d)) || (o3 === 0 && onSegment(c, d, a)) || (o4 === 0 && onSegment(c, d, b));
}

/** Rings up to this many segments are checked pairwise (cheaper than building an index). */
const PAIRWISE_LIMIT = 32;

/** True when segments i < j of the ring are invalid together. */
function pairIsInvalid(ring: readonly Position[], segmentCount: number, i: number, j: number): boolean {
  const a = ring[i]!,
    b = ring[i + 1]!;
  if (j === i + 1 || (i === 0 && j === segmentCount - 1)) {
    // Neighbours share one vertex; they are only invalid when they fold back onto each other.
    const [p, shared, q] = j === i + 1 ? [a, b, ring[j + 1]!] : [b, a, ring[j]!];
    return orientation(p, shared, q) === 0 && segmentCount > 3 && (onSegment(shared, p, q) || onSegment(shared, q, p));
  }
  return segmentsIntersect(a, b, ring[j]!, ring[j + 1]!);
}

/** True when the closed ring (first = last position) is not simple. */
export function ringCrossesItself(ring: readonly Position[]): boolean {
  const segmentCount = ring.length - 1;
  if (segmentCount < 3) return false;
  if (segmentCount <= PAIRWISE_LIMIT) {
    for (let i = 0; i < segmentCount; i++) {
      for (let j = i + 1; j < segmentCount; j++) if (pairIsInvalid(ring, segmentCount, i, j)) return true;
    }
    return false;
  }
  const index = new Flatbush(segmentCount);
  for (let i = 0; i < segmentCount; i++) {
    const a = ring[i]!,
      b = ring[i + 1]!;
    index.add(Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!));
  }
  index.finish();
  for (let i = 0; i < segmentCount; i++) {
    const a = ring[i]!,
      b = ring[i + 1]!;
    const candidates = index.search(Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!));
    for (const j of candidates) if (j > i && pairIsInvalid(ring, segmentCount, i, j)) return true;
  }
  return false;
}
