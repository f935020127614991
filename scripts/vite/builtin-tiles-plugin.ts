import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, join, resolve } from "node:path";
import type { FeatureCollection } from "geojson";
import type { Plugin } from "vite";
import { isLargeLayer, type LayerManifest, type LayerMeta } from "../../src/domain/layer-meta.ts";
import { TILE_SET_JSON_PATH, TILE_SET_TEMPLATE_PATH, tileSetLabelLayerOf } from "../../src/domain/tile-set.ts";
import { labelPoints } from "../../src/analysis/label-points.ts";
import { type CutTileSet, cutTileSet, tileJsonOf } from "../../src/io/vector-tiles/cut-tile-set.ts";

/**
 * Cuts the shipped layers (all but large ones) into one vector tile set: written to `<outDir>/tiles/` when the app
 * is built, served from memory at `/tiles/` by the dev server (cut on the first request, again when a layer file
 * changes) and by `vite preview` when the build has none. The map draws those layers from the tiles, so the browser
 * does not tile their GeoJSON at start-up.
 */
export function builtinTilesPlugin(layersDir: string): Plugin {
  const root = resolve(layersDir);
  let outDir = "dist";
  let isBuild = false;
  let cache: { key: string; tileSet: CutTileSet } | null = null;
  const serveFromMemory = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const url = (request.url ?? "").split("?")[0] ?? "";
    if (!url.startsWith("/tiles/")) return next();
    // The layer files are checked for changes once per page load (its tiles.json), not for every tile.
    const tileSet = url === TILE_SET_JSON_PATH || !cache ? current() : cache.tileSet;
    if (!tileSet) return next();
    if (url === TILE_SET_JSON_PATH) {
      response.setHeader("Content-Type", "application/json; charset=utf-8");
      response.end(JSON.stringify(tileJsonOf(tileSet, TILE_SET_TEMPLATE_PATH)));
      return;
    }
    const bytes = tileSet.tiles.get(url.slice("/tiles/".length).replace(/\.pbf$/, ""));
    if (!bytes) return next();
    response.setHeader("Content-Type", "application/x-protobuf");
    response.end(Buffer.from(bytes));
  };
  const current = (): CutTileSet | null => {
    const manifestPath = join(root, "manifest.json");
    if (!existsSync(manifestPath)) return null;
    const metas = tiledMetas(JSON.parse(readFileSync(manifestPath, "utf8")) as LayerManifest);
    const inputs = [manifestPath, ...metas.map((meta) => dataPathOf(root, meta.id)).filter((path) => existsSync(path))];
    const key = inputs.map((path) => `${path}:${statSync(path).mtimeMs}`).join("|");
    if (cache?.key !== key) cache = { key, tileSet: cutLayers(root, metas) };
    return cache.tileSet;
  };
  return {
    name: "shanhai-builtin-tiles",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      isBuild = config.command === "build";
    },
    configureServer(server) {
      server.middlewares.use(serveFromMemory);
    },
    configurePreviewServer(server) {
      // The built files when there are (what a static host would serve), else cut now.
      server.middlewares.use((request, response, next) => {
        const url = (request.url ?? "").split("?")[0] ?? "";
        if (url.startsWith("/tiles/") && existsSync(join(outDir, TILE_SET_JSON_PATH))) return next();
        serveFromMemory(request, response, next);
      });
    },
    closeBundle() {
      if (!isBuild) return;
      const tileSet = current();
      if (!tileSet) return;
      const folder = join(outDir, "tiles");
      for (const [key, bytes] of tileSet.tiles) {
        const path = join(folder, `${key}.pbf`);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, bytes);
      }
      writeFileSync(join(outDir, TILE_SET_JSON_PATH), JSON.stringify(tileJsonOf(tileSet, TILE_SET_TEMPLATE_PATH)));
    },
  };
}

const dataPathOf = (root: string, id: string) => join(root, id, "data.geojson");

/** Built-in layers that go into the tile set, in manifest order: those with their metadata in the manifest and not large. */
function tiledMetas(manifest: LayerManifest): LayerMeta[] {
  const metas = new Map((manifest.metas ?? []).map((meta) => [meta.id, meta]));
  return manifest.layers.flatMap((id) => {
    const meta = metas.get(id);
    return meta && !isLargeLayer(meta) ? [meta] : [];
  });
}

function cutLayers(root: string, metas: LayerMeta[]): CutTileSet {
  // A layer whose file is missing or unreadable stays out of the tile set: the map draws it from its GeoJSON and
  // reports the problem with that file as for any layer.
  const layers = metas.flatMap((meta) => {
    let data: FeatureCollection;
    try {
      const parsed = JSON.parse(readFileSync(dataPathOf(root, meta.id), "utf8")) as { type?: unknown; features?: unknown };
      if (parsed.type !== "FeatureCollection" || !Array.isArray(parsed.features)) return [];
      data = parsed as FeatureCollection;
    } catch {
      return [];
    }
    const hasLabelPoints = meta.geometryType === "Polygon" && meta.style.labelProperty;
    return hasLabelPoints
      ? [
          { id: meta.id, data },
          { id: tileSetLabelLayerOf(meta.id), data: labelPoints(data) },
        ]
      : [{ id: meta.id, data }];
  });
  return cutTileSet(layers);
}
