/**
 * A red line and a shoreline for the synthetic city, placed on its districts so that every rule of the two metrics
 * is met: zone-less polygons crossing the districts' edge (split into land and sea), overlapping polygons, zones
 * spelled with case and surrounding whitespace, a polygon with a hole, a point to ignore; shoreline lines that
 * share segments, natural types in every spelling, a number type (not natural) and a polygon drawn as shoreline.
 */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { SyntheticCity } from "../../src/analysis/synthetic/synthetic-city";

const feature = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({ type: "Feature", geometry, properties });

export function syntheticCoast(city: SyntheticCity): { redLine: FeatureCollection; shoreline: FeatureCollection } {
  const points = city.districts.features.flatMap((district) => district.geometry.coordinates.flat());
  const xs = points.map((p) => p[0] as number),
    ys = points.map((p) => p[1] as number);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = x1 - x0,
    h = y1 - y0;
  /** A closed ring over the fractions [a, b] × [c, d] of the districts' bounding box. */
  const box = (a: number, b: number, c: number, d: number): Position[] => [
    [x0 + a * w, y0 + c * h],
    [x0 + b * w, y0 + c * h],
    [x0 + b * w, y0 + d * h],
    [x0 + a * w, y0 + d * h],
    [x0 + a * w, y0 + c * h],
  ];
  const redLine: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      feature({ type: "Polygon", coordinates: [box(-0.2, 0.3, 0.2, 0.6)] }, { name: "across the edge" }),
      feature({ type: "Polygon", coordinates: [box(0.2, 0.5, 0.4, 0.8)] }, { zone: "\u3000陆域 " }),
      feature({ type: "Polygon", coordinates: [box(1.05, 1.3, 0.1, 0.5)] }, { zone: "Marine" }),
      feature({ type: "Polygon", coordinates: [box(0.9, 1.2, 0.3, 0.7)] }, { zone: " 海域" }),
      feature({ type: "MultiPolygon", coordinates: [[box(0.55, 0.95, -0.1, 0.35), box(0.65, 0.85, 0.05, 0.2)], [box(0.6, 0.7, 0.85, 1.1)]] }, { zone: null }),
      feature({ type: "Point", coordinates: [x0, y0] }, { zone: "land" }),
    ],
  };
  const types = ["natural", " 自然岸线", "Artificial", "NATURAL", 3, "人工"];
  const shoreline: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      ...city.greenways.features.map((line, i) => feature(line.geometry, { type: types[i % types.length] })),
      feature((city.districts.features[0] as Feature).geometry, { type: "自然" }),
    ],
  };
  return { redLine, shoreline };
}
