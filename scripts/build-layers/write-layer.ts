import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { LayerMeta } from "../../src/domain/layer-meta";
import { collectionBbox, normalizeFeature, serializeCollection } from "./geojson-tools";

/** Everything of a layer.json except what is computed from the data. */
export type LayerMetaDraft = Omit<LayerMeta, "featureCount" | "bbox">;

/** A built layer, ready to be written. */
export interface BuiltLayer {
  meta: LayerMetaDraft;
  features: Feature<Geometry, Record<string, unknown>>[];
  readme: string;
}

/**
 * Writes `layers/<id>/{layer.json,data.geojson,README.md}` under `layersDir`: rounds coordinates to
 * 6 decimals, rewinds polygons (RFC 7946), computes featureCount and bbox from the written data.
 */
export function writeLayer(layersDir: string, layer: BuiltLayer): LayerMeta {
  const features = layer.features
    .map((feature) => normalizeFeature(feature))
    .filter((feature): feature is Feature<Geometry, Record<string, unknown>> => feature !== null);
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  const meta: LayerMeta = { ...layer.meta, featureCount: features.length, bbox: collectionBbox(collection) };
  const folder = path.join(layersDir, layer.meta.id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "data.geojson"), serializeCollection(collection));
  writeFileSync(path.join(folder, "layer.json"), `${JSON.stringify(meta, null, 2)}\n`);
  writeFileSync(path.join(folder, "README.md"), layer.readme.endsWith("\n") ? layer.readme : `${layer.readme}\n`);
  return meta;
}
