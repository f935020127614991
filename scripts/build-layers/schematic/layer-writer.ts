import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Feature } from "geojson";
import type { LayerMeta } from "../../../src/domain/layer-meta";
import { collectionBbox } from "../geojson-tools";

/** The attribution every schematic layer carries. */
export const SCHEMATIC_ATTRIBUTION = "示意 schematic demonstration data (Shanhai generator) · base: GSHHG 2.3.7 (LGPL-3.0-or-later)";

/** Serialises a FeatureCollection compactly, one feature per line (stable diffs, byte-identical re-runs). */
export function serializeFeatures(features: Feature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((feature) => JSON.stringify(feature)).join(",\n")}\n]}\n`;
}

/** Writes layers/<id>/{layer.json,data.geojson,README.md}; returns the data size in bytes. */
export function writeLayer(rootDir: string, meta: Omit<LayerMeta, "featureCount" | "bbox">, features: Feature[], readme: string): number {
  const folder = path.join(rootDir, "layers", meta.id);
  mkdirSync(folder, { recursive: true });
  const full: LayerMeta = { ...meta, featureCount: features.length, bbox: collectionBbox({ type: "FeatureCollection", features }) };
  const data = serializeFeatures(features);
  writeFileSync(path.join(folder, "data.geojson"), data);
  writeFileSync(path.join(folder, "layer.json"), `${JSON.stringify(full, null, 2)}\n`);
  writeFileSync(path.join(folder, "README.md"), readme.endsWith("\n") ? readme : `${readme}\n`);
  return Buffer.byteLength(data);
}
