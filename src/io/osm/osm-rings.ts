/**
 * Polygon assembly of OSM areas: rings joined from way node lists by shared end node ids, then nested by
 * containment (even depth = outer ring, odd depth = hole), the method of osmium's multipolygon assembler.
 */
import type { Position } from "geojson";

/**
 * Joins open node-id paths end to end into closed rings (each way may be reversed). Returns null when some
 * path cannot be closed — a relation with a gap.
 */
export function joinRings(paths: readonly (readonly number[])[]): number[][] | null {
  const rings: number[][] = [];
  const open: (readonly number[])[] = [];
  for (const path of paths) {
    if (path.length < 2) continue;
    if (path[0] === path[path.length - 1]) rings.push([...path]);
    else open.push(path);
  }
  const byEnd = new Map<number, number[]>();
  open.forEach((path, i) => {
    for (const end of [path[0]!, path[path.length - 1]!]) {
      const list = byEnd.get(end);
      if (list) list.push(i);
      else byEnd.set(end, [i]);
    }
  });
  const used = new Uint8Array(open.length);
  for (let start = 0; start < open.length; start++) {
    if (used[start]) continue;
    used[start] = 1;
    const ring = [...open[start]!];
    while (ring[0] !== ring[ring.length - 1]) {
      const end = ring[ring.length - 1]!;
      const next = byEnd.get(end)?.find((i) => !used[i]);
      if (next === undefined) return null;
      used[next] = 1;
      const path = open[next]!;
      const forward = path[0] === end ? path : [...path].reverse();
      for (let k = 1; k < forward.length; k++) ring.push(forward[k]!);
    }
    rings.push(ring);
  }
  return rings.filter((ring) => ring.length >= 4);
}

/** Twice the signed planar area of a ring (positive = counter-clockwise). */
function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum;
}

/** Even-odd ray test of a point against a ring. */
function pointInRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!,
      yi = ring[i]![1]!,
      xj = ring[j]![0]!,
      yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function oriented(ring: Position[], counterClockwise: boolean): Position[] {
  return signedArea2(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

/**
 * Nests closed coordinate rings into polygons (outer ring then holes), RFC 7946 winding (outer
 * counter-clockwise). A ring's parent is the smallest larger ring containing the midpoint of its first edge.
 */
export function nestRings(rings: readonly Position[][]): Position[][][] {
  const sorted = rings
    .map((ring) => ({ ring, area: Math.abs(signedArea2(ring)) }))
    .filter((entry) => entry.area > 0)
    .sort((a, b) => b.area - a.area);
  const depth: number[] = [];
  const parent: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const ring = sorted[i]!.ring;
    const x = (ring[0]![0]! + ring[1]![0]!) / 2,
      y = (ring[0]![1]! + ring[1]![1]!) / 2;
    let found = -1;
    for (let j = i - 1; j >= 0; j--) {
      if (pointInRing(x, y, sorted[j]!.ring)) {
        found = j;
        break;
      }
    }
    parent.push(found);
    depth.push(found < 0 ? 0 : depth[found]! + 1);
  }
  const polygons = new Map<number, Position[][]>();
  sorted.forEach(({ ring }, i) => {
    if (depth[i]! % 2 === 0) polygons.set(i, [oriented(ring, true)]);
    else polygons.get(parent[i]!)?.push(oriented(ring, false));
  });
  return [...polygons.values()];
}
