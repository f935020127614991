import type { FeatureCollection } from "geojson";
import Flatbush from "flatbush";
import { containsPoint } from "../geometry/distance";
import { createLocalProjection } from "../geometry/local-projection";
import { projectPolygonal, type ProjectedShape } from "../geometry/projected-shape";
import type { SitingPoint } from "./point-coverage";

/** Default spacing of generated candidates, metres. */
const DEFAULT_GRID_SPACING_M = 100;

function polygonShapes(layers: readonly FeatureCollection[], project: Parameters<typeof projectPolygonal>[1]): ProjectedShape[] {
  return layers.flatMap((layer) => layer.features.map((feature) => projectPolygonal(feature.geometry, project))).filter((shape): shape is ProjectedShape => shape !== undefined);
}

/**
 * Candidate sites on a square grid (local transverse Mercator metres, `spacingM` apart) over the study area,
 * keeping the points that fall on no excluded polygon (residential land, red line, water, existing parks).
 * Ids are `g<row>-<column>` from the grid's south-west corner.
 * @param studyArea - polygons of the study area (districts)
 * @param excluded - polygon layers a park cannot go on
 * @param spacingM - grid spacing, metres
 * @returns candidate points in WGS84
 * @example gridCandidates(districts, [residential, redLine, water, parks], 100).length
 */
export function gridCandidates(studyArea: FeatureCollection, excluded: readonly FeatureCollection[], spacingM = DEFAULT_GRID_SPACING_M): SitingPoint[] {
  if (!(spacingM > 0)) throw new Error(`grid spacing must be positive (got ${spacingM})`);
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of studyArea.features) {
    const geometry = feature.geometry;
    const polygons = geometry?.type === "Polygon" ? [geometry.coordinates] : geometry?.type === "MultiPolygon" ? geometry.coordinates : [];
    for (const [lon = 0, lat = 0] of polygons.flat(2)) {
      [minLon, maxLon, minLat, maxLat] = [Math.min(minLon, lon), Math.max(maxLon, lon), Math.min(minLat, lat), Math.max(maxLat, lat)];
    }
  }
  if (!Number.isFinite(minLon)) return [];
  const projection = createLocalProjection((minLon + maxLon) / 2, (minLat + maxLat) / 2);
  const areas = polygonShapes([studyArea], projection);
  const blocked = polygonShapes(excluded, projection);
  const blockIndex = new Flatbush(Math.max(1, blocked.length));
  for (const shape of blocked) blockIndex.add(shape.minX, shape.minY, shape.maxX, shape.maxY);
  if (!blocked.length) blockIndex.add(0, 0, 0, 0);
  blockIndex.finish();
  const points: SitingPoint[] = [];
  for (const area of areas) {
    const startX = Math.ceil(area.minX / spacingM) * spacingM;
    const startY = Math.ceil(area.minY / spacingM) * spacingM;
    for (let y = startY; y <= area.maxY; y += spacingM) {
      for (let x = startX; x <= area.maxX; x += spacingM) {
        if (!containsPoint(area, x, y)) continue;
        if (blockIndex.search(x, y, x, y).some((shapeIndex) => blocked[shapeIndex] && containsPoint(blocked[shapeIndex], x, y))) continue;
        const [lon, lat] = projection.inverse(x, y);
        points.push({ id: `g${Math.round(y / spacingM)}-${Math.round(x / spacingM)}`, lon, lat });
      }
    }
  }
  const unique = new Map(points.map((point) => [point.id, point]));
  return [...unique.values()];
}
