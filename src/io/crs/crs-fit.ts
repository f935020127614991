/**
 * Checks a CRS against the data it is applied to: does each feature become a valid longitude/latitude, and does
 * it land in Shanhai's regions? Used for every CRS a read uses — declared, detected or chosen by the user — so a
 * wrong choice (metres read as degrees, Gauss-Krüger read as Web Mercator) is reported in words, never silently
 * drawn in the Mediterranean.
 */
import type { FeatureCollection, Geometry } from "geojson";
import { REGIONS } from "../../domain/regions";
import type { CrsFit, CrsId } from "../import-types";
import { createToWgs84 } from "./crs-registry";
import { isInRegions } from "./detect-crs";

const MAX_LISTED_IDS = 50;
const EARTH_RADIUS_KM = 6371.0088;

/** The first numeric position of a geometry, found without visiting the rest (large layers have millions). */
function firstPosition(geometry: Geometry | null): [number, number] | undefined {
  if (!geometry) return undefined;
  if (geometry.type === "GeometryCollection") {
    for (const member of geometry.geometries) {
      const found = firstPosition(member);
      if (found) return found;
    }
    return undefined;
  }
  let coordinates: unknown = geometry.coordinates;
  while (Array.isArray(coordinates) && Array.isArray(coordinates[0])) coordinates = coordinates[0];
  if (!Array.isArray(coordinates)) return undefined;
  const [x, y] = coordinates as unknown[];
  return typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y) ? [x, y] : undefined;
}

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Haversine distance in km on the mean Earth sphere (IUGG mean radius), ample for "how far off is it". */
function haversineKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad,
    dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Distance in km from a WGS84 position to the nearest region's bounding box (0 inside one). */
function distanceToRegionsKm(lonLat: [number, number]): number {
  const [lon, lat] = lonLat;
  return Math.min(
    ...REGIONS.map(({ bbox: [west, south, east, north] }) => haversineKm(lonLat, [Math.min(Math.max(lon, west), east), Math.min(Math.max(lat, south), north)])),
  );
}

/**
 * Where `collection` (features in source coordinates) lands under `crs`: each feature's first position is
 * transformed to WGS84 and tested against the regions (0.5° margin, `isInRegions`). Undefined when the CRS
 * cannot be transformed.
 */
export function checkCrsFit(collection: FeatureCollection, crs: CrsId): CrsFit | undefined {
  const toWgs84 = createToWgs84(crs);
  if (!toWgs84) return undefined;
  let featureCount = 0,
    validCount = 0,
    insideCount = 0;
  const outsideFeatureIds: (string | number)[] = [];
  const lons: number[] = [],
    lats: number[] = [];
  collection.features.forEach((feature, index) => {
    const position = firstPosition(feature.geometry);
    if (!position) return;
    featureCount++;
    const [lon, lat] = toWgs84(position);
    const valid = Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
    if (valid) {
      validCount++;
      lons.push(lon);
      lats.push(lat);
    }
    if (valid && isInRegions(lon, lat)) insideCount++;
    else if (outsideFeatureIds.length < MAX_LISTED_IDS) outsideFeatureIds.push(feature.id ?? index);
  });
  const fit: CrsFit = { featureCount, validCount, insideCount, outsideFeatureIds };
  if (validCount > 0) {
    fit.centreLonLat = [median(lons), median(lats)];
    fit.distanceToRegionKm = distanceToRegionsKm(fit.centreLonLat);
  }
  return fit;
}
