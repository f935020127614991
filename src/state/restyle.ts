import { categorize, type ClassMethod, graduate, suggestStyleField } from "../analysis/classify-attribute";
import type { LayerStyle } from "../domain/layer-meta";
import { fieldNamesOf } from "../io/attribute-mapping";
import { layersStore } from "./app-stores";
import type { LayersState } from "./layers-store";

/** How a layer is styled: its default style, or categories / graduated colours by an attribute. */
export type StyleKind = "default" | "categories" | "graduated";

/** Features looked at to list a layer's fields (enough for mixed layers, cheap for 100k rows). */
const FIELD_SAMPLE_SIZE = 2000;

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

/** The field a layer's style picker starts with for a kind of style (never an identifier or name). */
export function suggestedStyleField(layerId: string, kind: "categories" | "graduated"): string | undefined {
  const data = layersStore.getState().data[layerId];
  if (!data) return undefined;
  const sample = { ...data, features: data.features.slice(0, FIELD_SAMPLE_SIZE) };
  return suggestStyleField(sample, fieldNamesOf(data, FIELD_SAMPLE_SIZE), kind);
}

/** What a graduated style is made of: class count, method, and the colours for a number of classes. */
export interface StyleOptions {
  classCount: number;
  method: ClassMethod;
  /** Colours of categories, most frequent value first (the UI theme's palette). */
  categoryColors: readonly string[];
  /** `count` colours of the chosen ramp, light to dark (the UI theme's ramp). */
  rampColors: (count: number) => string[];
  /** The ramp's name, kept with the style so the picker shows it again after a reload. */
  rampId?: string;
}

/**
 * Styles a layer by an attribute: "categories" (most frequent values) or "graduated" (classes by `options`), or
 * back to "default" — the layer's own style as shipped or imported (`defaultStyles`), also after a reload. The
 * classes come from the analysis core, the colours from `options`.
 */
export function styleLayerBy(layerId: string, kind: StyleKind, property: string, options: StyleOptions): boolean {
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
    const classes = categorize(data, property);
    if (classes.length === 0) return false;
    const categories = classes.map(({ value }, index) => ({
      value,
      color: options.categoryColors[index % options.categoryColors.length] as string,
      label: { zh: value, en: value },
    }));
    state.restyleLayer(layerId, { ...original, categoryProperty: property, categories, graduated: undefined });
    return true;
  }
  const classes = graduate(data, property, options.classCount, options.method);
  if (!classes) return false;
  const graduated = {
    property,
    breaks: classes.breaks,
    colors: options.rampColors(classes.breaks.length + 1),
    method: options.method,
    ...(options.rampId ? { rampId: options.rampId } : {}),
  };
  state.restyleLayer(layerId, { ...original, categoryProperty: undefined, categories: undefined, graduated });
  return true;
}
