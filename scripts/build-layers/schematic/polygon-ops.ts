import * as turf from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { cleanPolygonal, ellipsoidalAreaM2 } from "./geometry-tools";

export type Polygonal = Polygon | MultiPolygon;

function asFeature(geometry: Polygonal): Feature<Polygonal> {
  return turf.feature(geometry);
}

/** Clips `large` to the bbox of `small` (grown by a margin) so boolean operations stay fast. */
export function clipToNeighbourhood(large: Polygonal, small: Polygonal, marginDegrees = 0.01): Polygonal {
  const [west, south, east, north] = turf.bbox(small);
  const clipped = turf.bboxClip(asFeature(large), [west - marginDegrees, south - marginDegrees, east + marginDegrees, north + marginDegrees])
    .geometry as Polygonal;
  const polygons = clipped.type === "Polygon" ? [clipped.coordinates] : clipped.coordinates;
  const kept = polygons.filter((polygon) => (polygon[0]?.length ?? 0) >= 4);
  return { type: "MultiPolygon", coordinates: kept };
}

/** a ∩ b (polyclip-ts via Turf); null when empty. */
export function intersectPolygons(a: Polygonal, b: Polygonal): Polygonal | null {
  return turf.intersect(turf.featureCollection([asFeature(a), asFeature(b)]))?.geometry ?? null;
}

/** a − b; null when empty. */
export function subtractPolygons(a: Polygonal, b: Polygonal): Polygonal | null {
  return turf.difference(turf.featureCollection([asFeature(a), asFeature(b)]))?.geometry ?? null;
}

/** Union of many polygons; null when the list is empty. */
export function unionPolygons(geometries: Polygonal[]): Polygonal | null {
  if (geometries.length === 0) return null;
  if (geometries.length === 1) return geometries[0] as Polygonal;
  return turf.union(turf.featureCollection(geometries.map(asFeature)))?.geometry ?? null;
}

/** The separate polygons of a (Multi)Polygon. */
export function partsOf(geometry: Polygonal): Polygon[] {
  const polygons: Position[][][] = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((coordinates) => ({ type: "Polygon", coordinates }));
}

/** Keeps the parts of at least `minimumAreaM2`, cleaned (6 decimals, RFC 7946 winding). */
export function keepLargeParts(geometry: Polygonal | null, minimumAreaM2: number): Polygonal | null {
  if (!geometry) return null;
  const parts = partsOf(geometry)
    .map((part) => cleanPolygonal(part))
    .filter((part): part is Polygonal => part !== null && ellipsoidalAreaM2(part) >= minimumAreaM2);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0] as Polygonal;
  return { type: "MultiPolygon", coordinates: parts.flatMap((part) => (part.type === "Polygon" ? [part.coordinates] : part.coordinates)) };
}
