import type { Feature, FeatureCollection, LineString } from "geojson";
import { createLocalProjection } from "../geometry/local-projection";
import type { SyntheticCity } from "./synthetic-city";
import { seededRandom } from "./seeded-random";

const BLOCK_PITCH_M = 130;
const HALF_STREET_M = 8;

/**
 * A seeded walking network for a synthetic city (same frame: 120.38°E, 36.2°N): streets along every block gap in
 * both directions and a footpath through the middle of every block north–south, cut into edges between crossings
 * (OSM style: `fromNodeId`, `toNodeId`), with `dropShare` of the edges left out at random (≈ 57k edges at M).
 */
export function generateStreetGrid(city: SyntheticCity, seed = 1, dropShare = 0.05): FeatureCollection<LineString> {
  const projection = createLocalProjection(120.38, 36.2);
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const feature of city.residential.features) {
    const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const [lon, lat] of polygons.flat(2)) {
      const [x, y] = projection.forward(lon as number, lat as number);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  const x0 = Math.round(minX - HALF_STREET_M),
    y0 = Math.round(minY - HALF_STREET_M);
  const columns = Math.ceil((maxX + HALF_STREET_M - x0) / (BLOCK_PITCH_M / 2)),
    rows = Math.ceil((maxY + HALF_STREET_M - y0) / BLOCK_PITCH_M);
  const random = seededRandom(seed);
  const node = (i: number, j: number) => i * (rows + 1) + j + 1;
  const at = (i: number, j: number) => {
    const [lon, lat] = projection.inverse(x0 + (i * BLOCK_PITCH_M) / 2, y0 + j * BLOCK_PITCH_M);
    return [Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
  };
  const edges: Feature<LineString>[] = [];
  const push = (a: [number, number], b: [number, number]) => {
    if (random() < dropShare) return;
    edges.push({
      type: "Feature",
      properties: { fromNodeId: node(...a), toNodeId: node(...b), highway: "footway" },
      geometry: { type: "LineString", coordinates: [at(...a), at(...b)] },
    });
  };
  for (let i = 0; i <= columns; i++) {
    for (let j = 0; j <= rows; j++) {
      if (i < columns) push([i, j], [i + 1, j]);
      if (j < rows) push([i, j], [i, j + 1]);
    }
  }
  return { type: "FeatureCollection", features: edges };
}
