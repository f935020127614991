import type { LayerSource } from "./layer-source";
import type { LayersStore } from "./layers-store";

/** The longest a tile-set layer's GeoJSON waits for the map's first frame (a map that never paints must not keep it). */
const TILE_SET_DATA_MAX_DEFER_MS = 12_000;

/** What the loader needs to know of the map: whether it has painted its first frame, and news when it does. */
export interface MapPaintSignal {
  hasPainted: () => boolean;
  subscribe: (listener: () => void) => () => void;
}

/**
 * Cross-store reactions, wired once at start-up: load a layer's data the first time it becomes visible (lazy
 * loading). A layer the map draws from the built-in tile set does not need its GeoJSON for the first frame, only
 * for inspection and metrics: given `mapPaint`, its data waits until the map has painted (at most
 * `TILE_SET_DATA_MAX_DEFER_MS`), so parsing it does not compete with drawing the map. Returns an unsubscribe function.
 */
export function wireLazyLayerLoading(layersStore: LayersStore, source: LayerSource, mapPaint?: MapPaintSignal, maxDeferMs = TILE_SET_DATA_MAX_DEFER_MS): () => void {
  let isDeferring = mapPaint !== undefined && !mapPaint.hasPainted();
  const loadVisible = () => {
    const state = layersStore.getState();
    for (const id of state.order) {
      if (isDeferring && state.tileSet?.layerIds.includes(id)) continue;
      if (state.views[id]?.isVisible && !state.dataStatus[id]) void state.loadLayerData(source, id);
    }
  };
  const stopDeferring = () => {
    if (!isDeferring) return;
    isDeferring = false;
    loadVisible();
  };
  const timer = isDeferring ? setTimeout(stopDeferring, maxDeferMs) : undefined;
  const unsubscribePaint = isDeferring && mapPaint ? mapPaint.subscribe(() => mapPaint.hasPainted() && stopDeferring()) : () => {};
  loadVisible();
  const unsubscribeLayers = layersStore.subscribe((next, previous) => {
    if (next.views !== previous.views || next.order !== previous.order) loadVisible();
  });
  return () => {
    clearTimeout(timer);
    unsubscribePaint();
    unsubscribeLayers();
  };
}
