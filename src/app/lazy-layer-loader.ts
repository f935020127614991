import type { LayerSource } from "../services/layer-source";
import type { LayersStore } from "../state/layers-store";

/** The longest a tile-set layer's GeoJSON waits for the map's first frame (a map that never paints must not keep it). */
const TILE_SET_DATA_MAX_DEFER_MS = 12_000;

/** What the lazy loader reads. `hasMapPainted` is absent when there is no map whose first frame to wait for. */
export interface LazyLayerLoadingOptions {
  layersStore: LayersStore;
  source: LayerSource;
  hasMapPainted?: () => boolean;
  maxDeferMs?: number;
}

/**
 * Loads a layer's data the first time it becomes visible (`layersChanged`). A layer the map draws from the built-in
 * tile set does not need its GeoJSON for the first frame, only for inspection and metrics: its data waits until the
 * map has painted (`mapPainted`), at most `TILE_SET_DATA_MAX_DEFER_MS`, so parsing it does not compete with drawing.
 */
export class LazyLayerLoader {
  /** True while tile-set layers' data waits for the map's first frame. */
  isDeferringTileSetData = false;
  private deferTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: LazyLayerLoadingOptions) {}

  /** Loads what is visible now; tile-set layers wait when the map has not painted yet. */
  start(): void {
    const { hasMapPainted } = this.options;
    this.isDeferringTileSetData = hasMapPainted !== undefined && !hasMapPainted();
    if (this.isDeferringTileSetData) this.deferTimer = setTimeout(() => this.stopDeferring(), this.options.maxDeferMs ?? TILE_SET_DATA_MAX_DEFER_MS);
    this.layersChanged();
  }

  stop(): void {
    clearTimeout(this.deferTimer);
    this.deferTimer = undefined;
  }

  /** The layers' visibility or order changed: loads every visible layer not loaded yet. */
  layersChanged(): void {
    const state = this.options.layersStore.getState();
    for (const id of state.order) {
      if (this.isDeferringTileSetData && state.tileSet?.layerIds.includes(id)) continue;
      if (state.views[id]?.isVisible && !state.dataStatus[id]) void state.loadLayerData(this.options.source, id);
    }
  }

  /** The map painted its first frame: tile-set layers' data may load now. */
  mapPainted(): void {
    this.stopDeferring();
  }

  private stopDeferring(): void {
    if (!this.isDeferringTileSetData) return;
    this.isDeferringTileSetData = false;
    clearTimeout(this.deferTimer);
    this.layersChanged();
  }
}
