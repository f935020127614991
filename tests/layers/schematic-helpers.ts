import { readFileSync } from "node:fs";
import path from "node:path";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import type { LayerMeta } from "../../src/domain/layer-meta";

export const ROOT = path.resolve(__dirname, "../..");
export const SCHEMATIC_IDS = ["ecological-red-line", "bay", "river", "greenway", "park", "urban-rural-zone", "residential-land"] as const;

export function layerPath(id: string, file: string): string {
  return path.join(ROOT, "layers", id, file);
}

export function readMeta(id: string): LayerMeta {
  return JSON.parse(readFileSync(layerPath(id, "layer.json"), "utf8")) as LayerMeta;
}

export function readFeatures<G extends Geometry = Geometry>(id: string): Feature<G>[] {
  return (JSON.parse(readFileSync(layerPath(id, "data.geojson"), "utf8")) as FeatureCollection<G>).features;
}

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}
