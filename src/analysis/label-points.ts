import type { Feature, FeatureCollection, Point, Position } from "geojson";
import polylabel from "polylabel";

function planarRingArea(ring: Position[]): number {
  let twiceArea = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index, index += 1) {
    const [x1 = 0, y1 = 0] = ring[previous] ?? [];
    const [x2 = 0, y2 = 0] = ring[index] ?? [];
    twiceArea += x1 * y2 - x2 * y1;
  }
  return Math.abs(twiceArea / 2);
}

/**
 * One label point per polygon feature: the pole of inaccessibility (polylabel, Mapbox)
 * of its largest part, so a district with islands is labelled once, inside its main body.
 * Features keep their properties and index as `id`; non-polygons are skipped.
 * @param featureCollection - polygons in WGS84 lon/lat
 * @returns points in WGS84 lon/lat
 * @example labelPoints(districts).features[0].geometry.coordinates // [120.38, 36.07]
 */
export function labelPoints(featureCollection: FeatureCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  featureCollection.features.forEach((feature, index) => {
    const geometry = feature.geometry;
    const parts = geometry?.type === "Polygon" ? [geometry.coordinates] : geometry?.type === "MultiPolygon" ? geometry.coordinates : [];
    let largest: Position[][] | undefined;
    let largestArea = -1;
    for (const part of parts) {
      const area = planarRingArea(part[0] ?? []);
      if (area > largestArea) [largest, largestArea] = [part, area];
    }
    if (!largest) return;
    const [lon, lat] = polylabel(largest as number[][][], 0.0005);
    features.push({ type: "Feature", id: index, properties: feature.properties, geometry: { type: "Point", coordinates: [lon, lat] } });
  });
  return { type: "FeatureCollection", features };
}
