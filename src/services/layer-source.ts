import type { FeatureCollection } from "geojson";
import type { LayerManifest, LayerMeta } from "../domain/layer-meta";
import { type BuiltinTileSet, TILE_SET_JSON_PATH } from "../domain/tile-set";
import { readTileJson } from "../io/vector-tiles/read-tile-json";

/** Where layers come from; the app fetches them, tests may pass an in-memory source (PMTiles-style injected I/O). */
export interface LayerSource {
  manifest(): Promise<LayerManifest>;
  meta(id: string): Promise<LayerMeta>;
  data(id: string): Promise<FeatureCollection>;
  /** An absolute URL of the layer's data, so a worker can fetch it without the main thread. */
  dataUrl?(id: string): string;
  /** The built-in vector tile set (see domain/tile-set.ts); null when there is none or it is unusable. */
  tileSet?(): Promise<BuiltinTileSet | null>;
}

/** A `LayerSource` over HTTP from the app's own origin (`/layers/...`). */
export function fetchLayerSource(baseUrl = "/layers"): LayerSource {
  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${baseUrl}/${path}`);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    manifest: () => getJson<LayerManifest>("manifest.json"),
    meta: (id) => getJson<LayerMeta>(`${encodeURIComponent(id)}/layer.json`),
    data: (id) => getJson<FeatureCollection>(`${encodeURIComponent(id)}/data.geojson`),
    dataUrl: (id) => new URL(`${baseUrl}/${encodeURIComponent(id)}/data.geojson`, pageHref()).href,
    tileSet: async () => {
      try {
        const response = await fetch(TILE_SET_JSON_PATH);
        return response.ok ? readTileJson(await response.json(), pageHref()) : null;
      } catch {
        return null;
      }
    },
  };
}

/** The page's address, against which the app's own paths resolve (a placeholder origin outside a browser). */
const pageHref = () => globalThis.location?.href ?? "http://127.0.0.1/";
