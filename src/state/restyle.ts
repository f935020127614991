import { categorize, graduate } from "../analysis/classify-attribute";
import type { LayerStyle } from "../domain/layer-meta";
import { fieldNamesOf } from "../io/attribute-mapping";
import { layersStore } from "./app-stores";

const originalStyles = new Map<string, LayerStyle>();

/** Features looked at to list a layer's fields (enough for mixed layers, cheap for 100k rows). */
export const FIELD_SAMPLE_SIZE = 2000;

/** Field names of a loaded layer (first 2,000 features), for the style-by-attribute picker. */
export function layerFieldNames(layerId: string): string[] {
  const data = layersStore.getState().data[layerId];
  return data ? fieldNamesOf(data, FIELD_SAMPLE_SIZE) : [];
}

/** Styles a layer by an attribute: "categories" (most frequent values) or "graduated" (quantiles), or back to "default". */
export function styleLayerBy(layerId: string, kind: "default" | "categories" | "graduated", property = ""): boolean {
  const state = layersStore.getState();
  const meta = state.metas[layerId];
  const data = state.data[layerId];
  if (!meta) return false;
  if (!originalStyles.has(layerId)) originalStyles.set(layerId, meta.style);
  const original = originalStyles.get(layerId) as LayerStyle;
  if (kind === "default" || !data || !property) {
    state.restyleLayer(layerId, original);
    return true;
  }
  if (kind === "categories") {
    const categories = categorize(data, property);
    if (categories.length === 0) return false;
    state.restyleLayer(layerId, { ...original, categoryProperty: property, categories, graduated: undefined });
    return true;
  }
  const graduated = graduate(data, property);
  if (!graduated) return false;
  state.restyleLayer(layerId, { ...original, categoryProperty: undefined, categories: undefined, graduated });
  return true;
}
