import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LayerManifest, LayerMeta } from "../../src/domain/layer-meta";

/**
 * Writes `layers/manifest.json` listing every layer folder that has a layer.json (base and schematic),
 * sorted by drawOrder, then id, with a copy of each layer.json so the app needs one request, not one per layer.
 */
export function writeManifest(layersDir: string): LayerManifest {
  const metas: LayerMeta[] = readdirSync(layersDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(layersDir, entry.name, "layer.json")))
    .map((entry) => JSON.parse(readFileSync(path.join(layersDir, entry.name, "layer.json"), "utf8")) as LayerMeta);
  metas.sort((a, b) => a.drawOrder - b.drawOrder || a.id.localeCompare(b.id));
  const manifest: LayerManifest = { version: 1, layers: metas.map((meta) => meta.id), metas };
  writeFileSync(path.join(layersDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
