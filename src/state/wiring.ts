import type { LayerSource } from "./layer-source";
import type { LayersStore } from "./layers-store";

/**
 * Cross-store reactions, wired once at start-up: load a layer's data the first
 * time it becomes visible (lazy loading). Returns an unsubscribe function.
 */
export function wireLazyLayerLoading(layersStore: LayersStore, source: LayerSource): () => void {
  const loadVisible = () => {
    const state = layersStore.getState();
    for (const id of state.order) {
      if (state.views[id]?.isVisible && !state.dataStatus[id]) void state.loadLayerData(source, id);
    }
  };
  loadVisible();
  return layersStore.subscribe((next, previous) => {
    if (next.views !== previous.views || next.order !== previous.order) loadVisible();
  });
}
