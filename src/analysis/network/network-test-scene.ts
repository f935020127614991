import type { Feature, FeatureCollection, LineString, Polygon } from "geojson";
import { createLocalProjection } from "../geometry/local-projection";

/** Test scenes in metres east/north of (120.3, 36.07), turned into WGS84 features. */
const frame = createLocalProjection(120.3, 36.07);

const toLonLat = ([x, y]: [number, number]) => frame.inverse(x, y);

/** An axis-aligned rectangle [x0, x1] × [y0, y1] (metres). */
export function rect(x0: number, y0: number, x1: number, y1: number, properties: Record<string, unknown> = {}): Feature<Polygon> {
  const ring = (
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ] as [number, number][]
  ).map(toLonLat);
  return { type: "Feature", properties, geometry: { type: "Polygon", coordinates: [ring] } };
}

/** A line through the given points (metres). */
export function line(points: [number, number][], properties: Record<string, unknown> = {}): Feature<LineString> {
  return { type: "Feature", properties, geometry: { type: "LineString", coordinates: points.map(toLonLat) } };
}

export const collection = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });
