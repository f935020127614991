import * as turf from "@turf/turf";
import type { Geometry, Position } from "geojson";

const MAX_DECIMALS = 6;

/** Twice the signed planar area of a ring in lon/lat (positive = counter-clockwise). */
export function signedAreaTwice(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i - 1] as Position;
    const [x2 = 0, y2 = 0] = ring[i] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("e") ? (text.includes("e") ? 99 : 0) : text.length - dot - 1;
}

function positionProblems(position: Position): string[] {
  const [lon, lat] = position as [number, number];
  if (position.length !== 2 || !Number.isFinite(lon) || !Number.isFinite(lat)) return [`bad position ${JSON.stringify(position)}`];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return [`position out of range ${JSON.stringify(position)}`];
  if (decimalsOf(lon) > MAX_DECIMALS || decimalsOf(lat) > MAX_DECIMALS) return [`more than ${MAX_DECIMALS} decimals ${JSON.stringify(position)}`];
  return [];
}

function polygonRingsProblems(rings: Position[][]): string[] {
  const problems: string[] = [];
  rings.forEach((ring, i) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length < 4) problems.push(`ring ${i} has < 4 positions`);
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) problems.push(`ring ${i} not closed`);
    const area = signedAreaTwice(ring);
    if (i === 0 && !(area > 0)) problems.push("exterior ring not counter-clockwise (RFC 7946)");
    if (i > 0 && !(area < 0)) problems.push(`hole ${i} not clockwise (RFC 7946)`);
    ring.forEach((position) => problems.push(...positionProblems(position)));
  });
  return problems;
}

/**
 * Crossings found by turf `kinks` that are not mere touches: a kink at a vertex that occurs at two or
 * more places of the polygon (two parts or a hole touching at one point, allowed by OGC simple features)
 * is not counted.
 */
function crossingProblems(rings: Position[][][]): string[] {
  const occurrences = new Map<string, number>();
  for (const ring of rings.flat()) {
    for (const position of ring.slice(0, -1)) occurrences.set(position.join(","), (occurrences.get(position.join(",")) ?? 0) + 1);
  }
  const geometry: Geometry = rings.length === 1 ? { type: "Polygon", coordinates: rings[0] as Position[][] } : { type: "MultiPolygon", coordinates: rings };
  const crossings = turf.kinks(turf.feature(geometry) as never).features.filter((kink) => (occurrences.get(kink.geometry.coordinates.join(",")) ?? 0) < 2);
  return crossings.length ? [`${crossings.length} self-intersection(s), first at ${JSON.stringify(crossings[0]?.geometry.coordinates)}`] : [];
}

/**
 * Problems of one shipped geometry: positions valid and ≤ 6 decimals; lines ≥ 2 positions; rings closed,
 * ≥ 4 positions, RFC 7946 winding; no self-intersection (touching at isolated vertices allowed).
 */
export function geometryProblems(geometry: Geometry | null): string[] {
  if (!geometry) return ["null geometry"];
  switch (geometry.type) {
    case "Point":
      return positionProblems(geometry.coordinates);
    case "LineString":
    case "MultiLineString": {
      const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
      return lines.flatMap((line, i) => [...(line.length < 2 ? [`line ${i} has < 2 positions`] : []), ...line.flatMap(positionProblems)]);
    }
    case "Polygon":
    case "MultiPolygon": {
      const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
      const problems = polygons.flatMap(polygonRingsProblems);
      return problems.length ? problems : crossingProblems(polygons);
    }
    default:
      return [`unsupported geometry type ${geometry.type}`];
  }
}
