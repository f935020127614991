import type { FeatureCollection } from "geojson";
import { collectionPositionCount } from "../domain/geometry-size";
import { isLargeLayer, type LayerMeta } from "../domain/layer-meta";

/**
 * Positions above which a layer is drawn as vector tiles cut in MapLibre's worker from its GeoJSON text, whatever
 * its feature count. `GeoJSONSource.setData` serialises every coordinate on the main thread (MapLibre's worker
 * serialiser, then `postMessage`): about 12 µs per position in headless Chromium, so an OpenStreetMap street
 * network of 116,000 positions in 8,400 lines blocked the page for 2.7 s. 10,000 positions keep that under
 * ≈ 120 ms; the text for the tile path is made with `JSON.stringify` in slices, an order of magnitude cheaper.
 */
export const TILED_DRAWING_POSITIONS = 10_000;

/** True when the map draws this layer from worker-cut tiles: a large layer, or one with many positions. */
export function isDrawnAsTiles(meta: LayerMeta, data: FeatureCollection): boolean {
  return isLargeLayer(meta) || collectionPositionCount(data) > TILED_DRAWING_POSITIONS;
}
