import * as turf from "@turf/turf";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { roundGeometry } from "./geojson-tools";

function partsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Self-intersections of a polygonal geometry found by turf `kinks`, ignoring touches at a vertex that
 * occurs twice or more (parts or holes meeting at one point, allowed by OGC simple features).
 */
export function polygonCrossingCount(geometry: Polygon | MultiPolygon): number {
  const occurrences = new Map<string, number>();
  for (const ring of partsOf(geometry).flat()) {
    for (const position of ring.slice(0, -1)) occurrences.set(position.join(","), (occurrences.get(position.join(",")) ?? 0) + 1);
  }
  return turf.kinks(turf.feature(geometry) as never).features.filter((kink) => (occurrences.get(kink.geometry.coordinates.join(",")) ?? 0) < 2).length;
}

/**
 * Rounds a polygonal geometry to the shipped 6 decimals and, when rounding left a crossing or a ring
 * touching its own edge, re-nodes it with turf `union` (polyclip-ts) of the geometry with itself and
 * rounds again (at most `maxPasses` times). Throws when it stays invalid.
 */
export function roundAndRepair(geometry: Polygon | MultiPolygon, maxPasses = 4): Polygon | MultiPolygon {
  let current = roundGeometry(geometry) as Polygon | MultiPolygon | null;
  for (let pass = 0; current && pass < maxPasses; pass += 1) {
    if (polygonCrossingCount(current) === 0) return current;
    const feature = turf.feature(current);
    const renoded = turf.union(turf.featureCollection([feature, feature]));
    current = renoded ? (roundGeometry(renoded.geometry) as Polygon | MultiPolygon | null) : null;
  }
  if (!current || polygonCrossingCount(current) > 0) throw new Error("polygon still self-intersects after repair");
  return current;
}
