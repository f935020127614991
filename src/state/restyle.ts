import { categorize, graduate } from "../analysis/classify-attribute";
import type { LayerStyle } from "../domain/layer-meta";
import { fieldNamesOf } from "../io/attribute-mapping";
import { layersStore } from "./app-stores";
import type { LayersState } from "./layers-store";

/** How a layer is styled: its default style, or categories / graduated colours by an attribute. */
export type StyleKind = "default" | "categories" | "graduated";

/** Features looked at to list a layer's fields (enough for mixed layers, cheap for 100k rows). */
export const FIELD_SAMPLE_SIZE = 2000;

/** Field names of a loaded layer (first 2,000 features), for the style-by-attribute picker. */
export function layerFieldNames(layerId: string): string[] {
  const data = layersStore.getState().data[layerId];
  return data ? fieldNamesOf(data, FIELD_SAMPLE_SIZE) : [];
}

/** The way a layer is styled now and the attribute it is styled by ("" for its default style). */
export function selectStyleChoice(state: LayersState, layerId: string): { kind: StyleKind; property: string } {
  const style = state.metas[layerId]?.style;
  if (!style || !state.restyledIds.includes(layerId)) return { kind: "default", property: "" };
  if (style.graduated) return { kind: "graduated", property: style.graduated.property };
  return { kind: "categories", property: style.categoryProperty ?? "" };
}

/**
 * Styles a layer by an attribute: "categories" (most frequent values) or "graduated" (quantiles), or back to
 * "default" — the layer's own style as shipped or imported (`defaultStyles`), also after a reload.
 */
export function styleLayerBy(layerId: string, kind: StyleKind, property = ""): boolean {
  const state = layersStore.getState();
  const meta = state.metas[layerId];
  const data = state.data[layerId];
  if (!meta) return false;
  const original: LayerStyle = state.defaultStyles[layerId] ?? meta.style;
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
