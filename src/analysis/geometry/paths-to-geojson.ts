import type { MultiPolygon, Position } from "geojson";
import type { Paths64 } from "clipper2-ts";
import type { LocalProjection } from "./local-projection";
import { UNITS_PER_METRE } from "./projected-shape";

/**
 * Converts Clipper output (centimetres; outer rings positive, holes negative) into a WGS84 MultiPolygon,
 * assigning each hole to the smallest outer ring that contains its first vertex. Coordinates are rounded to 7 decimals.
 */
export function pathsToMultiPolygon(paths: Paths64, projection: LocalProjection): MultiPolygon {
  const outers: { path: Paths64[number]; area: number; holes: Paths64 }[] = [];
  const holes: Paths64 = [];
  for (const path of paths) {
    if (path.length < 3) continue;
    const area = signedPathArea(path);
    if (area > 0) outers.push({ path, area, holes: [] });
    else if (area < 0) holes.push(path);
  }
  outers.sort((a, b) => a.area - b.area);
  for (const hole of holes) {
    const owner = outers.find((outer) => pathContains(outer.path, hole[0].x, hole[0].y));
    owner?.holes.push(hole);
  }
  const toRing = (path: Paths64[number]): Position[] => {
    const ring = path.map((p) => round(projection.inverse(p.x / UNITS_PER_METRE, p.y / UNITS_PER_METRE)));
    ring.push(ring[0]);
    return ring;
  };
  // RFC 7946: exterior rings counter-clockwise, holes clockwise; Clipper's positive rings are counter-clockwise.
  return { type: "MultiPolygon", coordinates: outers.map((o) => [toRing(o.path), ...o.holes.map(toRing)]) };
}

function round(position: [number, number]): Position {
  return [Math.round(position[0] * 1e7) / 1e7, Math.round(position[1] * 1e7) / 1e7];
}

function signedPathArea(path: Paths64[number]): number {
  let sum = 0;
  for (let i = 0, j = path.length - 1; i < path.length; j = i++) sum += (path[j].x - path[i].x) * (path[j].y + path[i].y);
  return sum / 2;
}

function pathContains(path: Paths64[number], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = path.length - 1; i < path.length; j = i++) {
    const a = path[i],
      b = path[j];
    if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}
