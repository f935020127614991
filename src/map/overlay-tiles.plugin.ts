/**
 * A plugin for MapLibre's own workers (loaded with `importScriptInWorkers`, see map-adapter.ts): serves GeoJSON
 * object URLs as vector tiles — the analysis overlay (blind spots, made by the analysis worker) and large layers
 * (over 20,000 features, e.g. a 200k-parcel import, serialised by `services/layer-json-url.ts`).
 *
 * Why: MapLibre hands any non-http URL to the main thread to fetch, and a GeoJSON source loaded from a URL
 * sends the whole parsed collection back to the main thread as well. For 14k blind-spot polygons that copy
 * blocked the page for 0.1–0.3 s per recompute. Here the collection is fetched, parsed and tiled (geojson-vt,
 * encoded with vt-pbf — the libraries MapLibre itself uses) inside the map worker; the main thread only
 * receives the finished tile buckets, as for any vector tile.
 */
import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import {
  OVERLAY_PROTOCOL,
  OVERLAY_SOURCE_LAYER,
  OVERLAY_TILE_EXTENT,
  OVERLAY_TILE_MAX_ZOOM,
  OVERLAY_TILE_TOLERANCE,
  type OverlayDetail,
  parseOverlayTileUrl,
} from "./overlay-tiles-url";

interface RequestLike {
  url: string;
}
type ProtocolHandler = (request: RequestLike, abortController: AbortController) => Promise<{ data: ArrayBuffer }>;
declare const self: { addProtocol?: (name: string, handler: ProtocolHandler) => void };

/**
 * Tile indexes per slot (map source) of its most recent collections: one is current, the previous may still have
 * tiles in flight.
 */
const slots = new Map<string, Map<string, Promise<GeoJSONVT>>>();
const KEEP_INDEXES = 2;

/**
 * The tile index of one collection, loaded once. Not tied to the first tile request's abort signal: a tile
 * dropped while panning must not throw away the parse of a 200 MB layer that the next tiles need.
 */
function indexOf(slot: string, objectUrl: string, detail: OverlayDetail): Promise<GeoJSONVT> {
  const indexes = slots.get(slot) ?? new Map<string, Promise<GeoJSONVT>>();
  slots.set(slot, indexes);
  const known = indexes.get(objectUrl);
  if (known) return known;
  const loading = fetch(objectUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`Could not read ${objectUrl}: ${response.status}`);
      return response.json();
    })
    .then(
      (data) =>
        new GeoJSONVT(data, {
          maxZoom: OVERLAY_TILE_MAX_ZOOM,
          extent: OVERLAY_TILE_EXTENT,
          buffer: 64,
          tolerance: OVERLAY_TILE_TOLERANCE[detail],
          generateId: true,
        }),
    );
  indexes.set(objectUrl, loading);
  loading.catch(() => indexes.delete(objectUrl));
  while (indexes.size > KEEP_INDEXES) indexes.delete(indexes.keys().next().value as string);
  return loading;
}

self.addProtocol?.(OVERLAY_PROTOCOL, async (request, abortController) => {
  const tile = parseOverlayTileUrl(request.url);
  if (!tile) throw new Error(`Not an overlay tile URL: ${request.url}`);
  const index = await indexOf(tile.slot, tile.objectUrl, tile.detail);
  if (abortController.signal.aborted) throw new Error("aborted");
  const found = index.getTile(tile.z, tile.x, tile.y);
  if (!found) return { data: new ArrayBuffer(0) };
  const bytes = fromGeojsonVt({ [OVERLAY_SOURCE_LAYER]: found }, { version: 2, extent: OVERLAY_TILE_EXTENT });
  return { data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
});
