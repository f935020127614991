import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Feature, Geometry, Position } from "geojson";
import type { LayerMeta } from "../../../src/domain/layer-meta";

/** The attribution every schematic layer carries. */
export const SCHEMATIC_ATTRIBUTION = "示意 schematic demonstration data (Shanhai generator) · base: GSHHG 2.3.7 (LGPL-3.0-or-later)";

function collectPositions(geometry: Geometry, output: Position[]): void {
  switch (geometry.type) {
    case "Point":
      output.push(geometry.coordinates);
      break;
    case "LineString":
    case "MultiPoint":
      output.push(...geometry.coordinates);
      break;
    case "Polygon":
    case "MultiLineString":
      for (const part of geometry.coordinates) output.push(...part);
      break;
    case "MultiPolygon":
      for (const polygon of geometry.coordinates) for (const ring of polygon) output.push(...ring);
      break;
    case "GeometryCollection":
      for (const part of geometry.geometries) collectPositions(part, output);
      break;
  }
}

/** [west, south, east, north] of all features. */
export function featuresBbox(features: Feature[]): [number, number, number, number] {
  const positions: Position[] = [];
  for (const feature of features) if (feature.geometry) collectPositions(feature.geometry, positions);
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of positions) {
    box[0] = Math.min(box[0] ?? x, x);
    box[1] = Math.min(box[1] ?? y, y);
    box[2] = Math.max(box[2] ?? x, x);
    box[3] = Math.max(box[3] ?? y, y);
  }
  return box.map((v) => Math.round(v * 1e6) / 1e6) as [number, number, number, number];
}

/** Serialises a FeatureCollection compactly, one feature per line (stable diffs, byte-identical re-runs). */
export function serializeFeatures(features: Feature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((feature) => JSON.stringify(feature)).join(",\n")}\n]}\n`;
}

/** Writes layers/<id>/{layer.json,data.geojson,README.md}; returns the data size in bytes. */
export function writeLayer(rootDir: string, meta: Omit<LayerMeta, "featureCount" | "bbox">, features: Feature[], readme: string): number {
  const folder = path.join(rootDir, "layers", meta.id);
  mkdirSync(folder, { recursive: true });
  const full: LayerMeta = { ...meta, featureCount: features.length, bbox: featuresBbox(features) };
  const data = serializeFeatures(features);
  writeFileSync(path.join(folder, "data.geojson"), data);
  writeFileSync(path.join(folder, "layer.json"), `${JSON.stringify(full, null, 2)}\n`);
  writeFileSync(path.join(folder, "README.md"), readme.endsWith("\n") ? readme : `${readme}\n`);
  return Buffer.byteLength(data);
}
