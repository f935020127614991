import type { FeatureCollection } from "geojson";
import { booleanPointInPolygon } from "@turf/turf";

/**
 * How near a park (m) a place in the region's extent counts as in the region even outside its districts' outlines:
 * a beach, a pier or a boat just off the coast.
 */
export const PARK_REACH_M = 3_000;

/**
 * Whether a place lies in the region, so that "the nearest park" is a sensible answer there: inside the region's
 * extent, and either within {@link PARK_REACH_M} of a park or inside one of the region's districts (features of
 * `districts` whose `region` property is the region's id). Without district outlines the extent alone decides.
 * @param lonLat - the place, WGS84 [lon, lat]
 * @param region - the region's id and extent ([west, south, east, north], WGS84)
 * @param districts - district polygons with a `region` property, or undefined when not loaded
 * @param nearestParkDistanceM - straight-line distance to the nearest park in metres, null when there is none
 * @returns true inside the region, false for a place in another city or far out at sea
 * @example isPlaceInRegion([125, 30], { id: "qingdao", bbox: [119.5, 35.57, 121.07, 37.15] }, districts, 444_933) // false
 */
export function isPlaceInRegion(
  lonLat: [number, number],
  region: { id: string; bbox: [number, number, number, number] },
  districts: FeatureCollection | undefined,
  nearestParkDistanceM: number | null,
): boolean {
  const [west, south, east, north] = region.bbox;
  const [lon, lat] = lonLat;
  if (lon < west || lon > east || lat < south || lat > north) return false;
  if (nearestParkDistanceM !== null && nearestParkDistanceM <= PARK_REACH_M) return true;
  const outlines = (districts?.features ?? []).filter(
    (feature) => feature.properties?.region === region.id && (feature.geometry?.type === "Polygon" || feature.geometry?.type === "MultiPolygon"),
  );
  if (outlines.length === 0) return true;
  return outlines.some((feature) => booleanPointInPolygon(lonLat, feature as Parameters<typeof booleanPointInPolygon>[1]));
}
