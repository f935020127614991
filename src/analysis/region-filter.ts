import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { RegionId } from "../domain/layer-meta";
import type { Region } from "../domain/regions";
import { geometryBbox } from "./bbox";

/** Says which region a feature belongs to (null: none of them). */
export type RegionLocator = (feature: Feature) => RegionId | null;

interface DistrictRings {
  region: RegionId;
  /** Polygons, each an outer ring and holes, in WGS84 degrees. */
  polygons: Position[][][];
  bbox: [number, number, number, number];
}

/** Centre of a geometry's [west, south, east, north] box, or null without finite coordinates. */
function boxCentre(geometry: Geometry | null): [number, number] | null {
  const box = geometryBbox(geometry);
  return box ? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] : null;
}

/** Even-odd point-in-polygon over every ring (holes are outside). */
function polygonContains(rings: Position[][], lon: number, lat: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const boxDistance = ([west, south, east, north]: [number, number, number, number], lon: number, lat: number): number =>
  Math.hypot(Math.max(west - lon, 0, lon - east), Math.max(south - lat, 0, lat - north));

const isRegionId = (value: unknown, regions: readonly Region[]): value is RegionId => regions.some((region) => region.id === value);

/**
 * Builds the rule that assigns a feature to a region:
 * 1. a `region` attribute decides when the feature has one (a known region id, or null/empty for "in no region",
 *    e.g. a neighbouring city's shoreline);
 * 2. otherwise the centre of the feature's bounding box is located: inside a district polygon tagged with a
 *    region → that region; else, at sea or outside every district, the region whose extent (`Region.bbox`)
 *    contains it — the nearer district's region when both extents do; outside every extent → no region.
 * @param districts - district polygons carrying a `region` attribute (untagged ones are ignored)
 * @param regions - the regions and their extents (`REGIONS`)
 */
export function createRegionLocator(districts: readonly Feature[], regions: readonly Region[]): RegionLocator {
  const shapes: DistrictRings[] = [];
  for (const feature of districts) {
    const region = feature.properties?.region;
    const geometry = feature.geometry;
    if (!isRegionId(region, regions) || !geometry) continue;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    if (polygons.length === 0) continue;
    const bbox = geometryBbox(geometry);
    if (bbox) shapes.push({ region, polygons, bbox });
  }
  return (feature) => {
    const properties = feature.properties ?? {};
    if ("region" in properties) {
      const region = properties.region;
      if (isRegionId(region, regions)) return region;
      if (region === null || region === undefined || region === "") return null;
    }
    const centre = boxCentre(feature.geometry);
    if (!centre) return null;
    const [lon, lat] = centre;
    for (const shape of shapes) {
      const [west, south, east, north] = shape.bbox;
      if (lon < west || lon > east || lat < south || lat > north) continue;
      if (shape.polygons.some((rings) => polygonContains(rings, lon, lat))) return shape.region;
    }
    const containing = regions.filter(({ bbox: [west, south, east, north] }) => lon >= west && lon <= east && lat >= south && lat <= north);
    if (containing.length <= 1) return containing[0]?.id ?? null;
    let best: RegionId | null = null;
    let bestDistance = Infinity;
    for (const shape of shapes) {
      if (!containing.some((region) => region.id === shape.region)) continue;
      const distance = boxDistance(shape.bbox, lon, lat);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = shape.region;
      }
    }
    return best ?? containing[0]?.id ?? null;
  };
}

/**
 * The features of a layer that lie in `region` (see `createRegionLocator` for the rule); the collection itself
 * when every feature does.
 */
export function featuresInRegion(collection: FeatureCollection, region: RegionId, locate: RegionLocator): FeatureCollection {
  const features = collection.features.filter((feature) => locate(feature) === region);
  return features.length === collection.features.length ? collection : { type: "FeatureCollection", features };
}
