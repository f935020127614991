/**
 * Ring and line repair by the RFC 7946 / OGC Simple Features rules: rings are
 * closed (first = last position), have ≥ 4 positions, no consecutive
 * duplicate vertices, exterior rings counter-clockwise and holes clockwise
 * (RFC 7946 §3.1.6). Each function returns the repaired value and counts.
 */
import type { Position } from "geojson";

export interface RepairCounts {
  duplicateVertices: number;
  unclosedRings: number;
  shortRings: number;
  rewoundRings: number;
  shortLines: number;
}

/** Zeroed counters. */
export function createRepairCounts(): RepairCounts {
  return { duplicateVertices: 0, unclosedRings: 0, shortRings: 0, rewoundRings: 0, shortLines: 0 };
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Removes consecutive duplicate positions. */
function removeDuplicateVertices(positions: Position[], counts: RepairCounts): Position[] {
  const result: Position[] = [];
  for (const position of positions) {
    if (result.length > 0 && samePosition(result[result.length - 1]!, position)) counts.duplicateVertices++;
    else result.push(position);
  }
  return result;
}

/** Twice the signed area (shoelace): positive when counter-clockwise in lon/lat. */
export function signedAreaTwice(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return sum;
}

function hasThreeDistinct(positions: readonly Position[]): boolean {
  const first = positions[0];
  if (!first) return false;
  const second = positions.find((position) => !samePosition(position, first));
  return second !== undefined && positions.some((position) => !samePosition(position, first) && !samePosition(position, second));
}

function isCollinear(positions: readonly Position[]): boolean {
  const [a, b] = positions;
  return positions.every((c) => (b![0]! - a![0]!) * (c[1]! - a![1]!) - (b![1]! - a![1]!) * (c[0]! - a![0]!) === 0);
}

/** Repairs one ring; returns undefined when it is too short to keep. */
export function repairRing(ring: Position[], isExterior: boolean, counts: RepairCounts): Position[] | undefined {
  let positions = removeDuplicateVertices(ring, counts);
  if (positions.length > 1 && samePosition(positions[0]!, positions[positions.length - 1]!)) positions = positions.slice(0, -1);
  else if (positions.length > 2) counts.unclosedRings++;
  if (!hasThreeDistinct(positions)) {
    counts.shortRings++;
    return undefined;
  }
  const closed = [...positions, positions[0]!];
  const area = signedAreaTwice(closed);
  if (area === 0 && isCollinear(positions)) {
    counts.shortRings++;
    return undefined;
  }
  // Zero area with non-collinear vertices is a symmetric self-intersection (bow-tie): left to the self-intersection check.
  if (area !== 0 && area > 0 !== isExterior) {
    counts.rewoundRings++;
    return closed.reverse();
  }
  return closed;
}

/** Repairs a polygon's rings; undefined when its exterior ring is unusable. */
export function repairPolygon(rings: Position[][], counts: RepairCounts): Position[][] | undefined {
  const exterior = rings[0] ? repairRing(rings[0], true, counts) : undefined;
  if (!exterior) {
    if (rings.length > 1) counts.shortRings += rings.length - 1;
    return undefined;
  }
  const holes = rings
    .slice(1)
    .map((ring) => repairRing(ring, false, counts))
    .filter((ring) => ring !== undefined);
  return [exterior, ...holes];
}

/** Repairs a line (duplicates removed); undefined when fewer than 2 distinct vertices remain. */
export function repairLine(line: Position[], counts: RepairCounts): Position[] | undefined {
  const positions = removeDuplicateVertices(line, counts);
  if (positions.length < 2) {
    counts.shortLines++;
    return undefined;
  }
  return positions;
}
