import * as turf from "@turf/turf";
import type { Position } from "geojson";

type Box = [number, number, number, number];

function onBoxEdge(a: Position, b: Position, [west, south, east, north]: Box): boolean {
  return (a[0] === west && b[0] === west) || (a[0] === east && b[0] === east) || (a[1] === south && b[1] === south) || (a[1] === north && b[1] === north);
}

/**
 * Removes the straight box-edge runs from a closed land ring and returns the remaining shoreline
 * runs. A ring that never touches the box (an island) comes back whole, still closed.
 */
export function shorelineRunsOfRing(ring: Position[], box: Box): Position[][] {
  const edgeCount = ring.length - 1;
  const boxEdge = Array.from({ length: edgeCount }, (_, i) => onBoxEdge(ring[i] as Position, ring[i + 1] as Position, box));
  if (!boxEdge.includes(true)) return [ring];
  // Start right after a box edge so that no shoreline run wraps around the ring's start.
  const start = boxEdge.findIndex((isBox, i) => !isBox && boxEdge[(i - 1 + edgeCount) % edgeCount]);
  if (start < 0) return [];
  const runs: Position[][] = [];
  let current: Position[] = [];
  for (let step = 0; step < edgeCount; step += 1) {
    const i = (start + step) % edgeCount;
    if (boxEdge[i]) {
      if (current.length >= 2) runs.push(current);
      current = [];
      continue;
    }
    if (current.length === 0) current.push(ring[i] as Position);
    current.push(ring[i + 1] as Position);
  }
  if (current.length >= 2) runs.push(current);
  return runs;
}

/**
 * Cuts a line at vertices into pieces of about equal length, none much longer than `maxLengthKm`
 * (the pieces share their end vertices). Lengths are great-circle (turf `length`).
 */
export function splitLineByLength(line: Position[], maxLengthKm: number): Position[][] {
  const totalKm = turf.length(turf.lineString(line));
  const pieceCount = Math.max(1, Math.ceil(totalKm / maxLengthKm));
  if (pieceCount === 1) return [line];
  const targetKm = totalKm / pieceCount;
  const pieces: Position[][] = [];
  let current: Position[] = [line[0] as Position];
  let accumulatedKm = 0;
  for (let i = 1; i < line.length; i += 1) {
    const point = line[i] as Position;
    accumulatedKm += turf.distance(line[i - 1] as Position, point);
    current.push(point);
    const isLast = i === line.length - 1;
    if (!isLast && accumulatedKm >= targetKm * (pieces.length + 1) && pieces.length < pieceCount - 1) {
      pieces.push(current);
      current = [point];
    }
  }
  pieces.push(current);
  return pieces;
}
