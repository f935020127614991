import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import * as geographiclib from "geographiclib-geodesic";

/** The UMD bundle exposes its API on `default` when Node imports it as ESM, directly under bundlers. */
const library = ((geographiclib as unknown as { default?: typeof geographiclib }).default ?? geographiclib) as typeof geographiclib;
const WGS84 = library.Geodesic.WGS84;

/** Rounds to 6 decimals (~0.1 m), the precision every shipped layer uses. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Rounds a ring, drops repeated vertices and closes it; null when fewer than 4 positions remain. */
export function cleanRing(ring: Position[]): Position[] | null {
  const output: Position[] = [];
  for (const position of ring) {
    const rounded = [round6(position[0] ?? 0), round6(position[1] ?? 0)];
    const last = output.at(-1);
    if (!last || last[0] !== rounded[0] || last[1] !== rounded[1]) output.push(rounded);
  }
  const first = output[0];
  const last = output.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) output.push([first[0] ?? 0, first[1] ?? 0]);
  return output.length >= 4 ? output : null;
}

/** Shoelace signed area in coordinate units (positive = counter-clockwise). */
export function signedRingArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 0; index + 1 < ring.length; index += 1) {
    const a = ring[index] as Position;
    const b = ring[index + 1] as Position;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}

/** RFC 7946 §3.1.6 winding: exterior rings counter-clockwise, holes clockwise. */
export function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const counterClockwise = signedRingArea(ring) > 0;
    const wantCounterClockwise = index === 0;
    return counterClockwise === wantCounterClockwise ? ring : [...ring].reverse();
  });
}

/** Rounds, cleans and rewinds a (Multi)Polygon; drops degenerate parts; null if nothing is left. */
export function cleanPolygonal(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const cleaned: Position[][][] = [];
  for (const polygon of polygons) {
    const rings = polygon.map(cleanRing);
    const exterior = rings[0];
    if (!exterior || Math.abs(signedRingArea(exterior)) < 1e-10) continue;
    const holes = rings.slice(1).filter((ring): ring is Position[] => ring !== null && Math.abs(signedRingArea(ring)) > 1e-10);
    cleaned.push(rewindPolygon([exterior, ...holes]));
  }
  if (cleaned.length === 0) return null;
  return cleaned.length === 1 ? { type: "Polygon", coordinates: cleaned[0] as Position[][] } : { type: "MultiPolygon", coordinates: cleaned };
}

function ringAreaM2(ring: Position[]): number {
  const polygon = WGS84.Polygon(false);
  for (const position of ring.slice(0, -1)) polygon.AddPoint(position[1] ?? 0, position[0] ?? 0);
  return Math.abs(polygon.Compute(false, true).area ?? 0);
}

/** Ellipsoidal (WGS84) area in m², holes excluded; GeographicLib polygon area (Karney 2013). */
export function ellipsoidalAreaM2(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const polygon of polygons) polygon.forEach((ring, index) => (total += (index === 0 ? 1 : -1) * ringAreaM2(ring)));
  return total;
}

/** Ellipsoidal length of a line in metres (sum of GeographicLib geodesic distances). */
export function ellipsoidalLengthM(line: Position[]): number {
  const polyline = WGS84.Polygon(true);
  for (const position of line) polyline.AddPoint(position[1] ?? 0, position[0] ?? 0);
  return polyline.Compute(false, true).perimeter;
}

/** Total ellipsoidal area in km² of polygon features. */
export function totalAreaKm2(features: Feature<Polygon | MultiPolygon>[]): number {
  return features.reduce((sum, feature) => sum + ellipsoidalAreaM2(feature.geometry), 0) / 1e6;
}
