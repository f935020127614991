/** Helpers shared by the import fixture tests. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, Position } from "geojson";

export const FIXTURE_DIRECTORY = fileURLToPath(new URL("../fixtures/import/", import.meta.url));

export function readFixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURE_DIRECTORY + name));
}

export function readFixtureJson(name: string): FeatureCollection {
  return JSON.parse(readFileSync(FIXTURE_DIRECTORY + name, "utf8")) as FeatureCollection;
}

/** Deep-freezes a value so a mutating reader fails (Placemark test helpers). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Approximate ground distance in metres between two lon/lat positions (local equirectangular; exact to <0.1 % at 1 m). */
export function groundDistanceM(a: Position, b: Position): number {
  const metresPerDegreeLat = 110_574;
  const metresPerDegreeLon = 111_320 * Math.cos((a[1]! * Math.PI) / 180);
  return Math.hypot((a[0]! - b[0]!) * metresPerDegreeLon, (a[1]! - b[1]!) * metresPerDegreeLat);
}

/** Every 2D position of a feature's geometry, in order, with rings normalised to start at their lowest-left vertex and run counter-clockwise. */
export function positionsOf(feature: Feature): Position[][] {
  const geometry = feature.geometry;
  const rings: Position[][] = [];
  if (geometry.type === "Point") rings.push([geometry.coordinates]);
  else if (geometry.type === "MultiPoint" || geometry.type === "LineString") rings.push(geometry.coordinates);
  else if (geometry.type === "MultiLineString") rings.push(...geometry.coordinates);
  else if (geometry.type === "Polygon") rings.push(...geometry.coordinates.map(normaliseRing));
  else if (geometry.type === "MultiPolygon") geometry.coordinates.forEach((polygon) => rings.push(...polygon.map(normaliseRing)));
  return rings.map((ring) => ring.map((position) => [position[0]!, position[1]!]));
}

function normaliseRing(ring: Position[]): Position[] {
  const open = ring.slice(0, -1);
  let area = 0;
  for (let i = 0; i < open.length; i++) {
    const a = open[i]!,
      b = open[(i + 1) % open.length]!;
    area += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  const oriented = area < 0 ? [...open].reverse() : open;
  // Start at the lowest-left vertex, comparing at 1e-7° (≈1 cm) so float noise from reprojection does not matter.
  const key = (position: Position) => [Math.round(position[0]! * 1e7), Math.round(position[1]! * 1e7)] as const;
  let start = 0;
  oriented.forEach((position, index) => {
    const [x, y] = key(position);
    const [bestX, bestY] = key(oriented[start]!);
    if (x < bestX || (x === bestX && y < bestY)) start = index;
  });
  const rotated = [...oriented.slice(start), ...oriented.slice(0, start)];
  return [...rotated, rotated[0]!];
}

/** Largest vertex-to-vertex distance between two features' geometries; Infinity when the structure differs. */
export function maximumVertexOffsetM(actual: Feature, expected: Feature): number {
  const a = positionsOf(actual),
    b = positionsOf(expected);
  if (a.length !== b.length) return Infinity;
  let maximum = 0;
  for (let ring = 0; ring < a.length; ring++) {
    if (a[ring]!.length !== b[ring]!.length) return Infinity;
    a[ring]!.forEach((position, index) => (maximum = Math.max(maximum, groundDistanceM(position, b[ring]![index]!))));
  }
  return maximum;
}
