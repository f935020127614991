import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FeatureCollection } from "geojson";

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const LAYERS_DIR = path.join(REPOSITORY_ROOT, "layers");
/** Shared, read-only reference material; absent on a fresh machine (tests that need it skip). */
export const SHARED_RAW_DIR = path.resolve(REPOSITORY_ROOT, "../shared/data/raw");

/** Folders under layers/ (LICENSES excluded). */
export function layerFolders(layersDir = LAYERS_DIR): string[] {
  return readdirSync(layersDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "LICENSES")
    .map((entry) => entry.name)
    .sort();
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

export function readLayerData(id: string, layersDir = LAYERS_DIR): FeatureCollection {
  return readJson<FeatureCollection>(path.join(layersDir, id, "data.geojson"));
}

export function sharedFile(relative: string): string | null {
  const file = path.join(SHARED_RAW_DIR, relative);
  return existsSync(file) ? file : null;
}
