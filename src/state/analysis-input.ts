import type { FeatureCollection } from "geojson";
import type { MetricsInput } from "../analysis/index";
import type { LayerKind } from "../domain/layer-meta";
import type { LayersState } from "./layers-store";

const KIND_TO_INPUT: Partial<Record<LayerKind, keyof MetricsInput>> = {
  "residential-land": "residential",
  park: "parks",
  greenway: "greenways",
  "ecological-red-line": "redLine",
  district: "districts",
  shoreline: "shoreline",
};

/**
 * Which layers feed each metric input: the visible layers of that kind, or all layers of that kind
 * when none is visible (so hiding a cluttered layer does not remove its metric, while switching
 * the schematic parks off and your own on makes the metrics use yours).
 */
export function analysisLayerIds(state: LayersState): Partial<Record<keyof MetricsInput, string[]>> {
  const chosen: Partial<Record<keyof MetricsInput, string[]>> = {};
  for (const [kind, key] of Object.entries(KIND_TO_INPUT) as [LayerKind, keyof MetricsInput][]) {
    const ofKind = state.order.filter((id) => state.metas[id]?.kind === kind);
    const visible = ofKind.filter((id) => state.views[id]?.isVisible);
    if (ofKind.length > 0) chosen[key] = visible.length > 0 ? visible : ofKind;
  }
  return chosen;
}

function merge(collections: FeatureCollection[]): FeatureCollection {
  if (collections.length === 1) return collections[0] as FeatureCollection;
  return { type: "FeatureCollection", features: collections.flatMap((collection) => collection.features) };
}

/**
 * The engine input from the loaded layers, or null while residential land (required) or any chosen
 * layer's data is still missing. Also returns the ids read and whether any is schematic.
 */
export function buildMetricsInput(state: LayersState): { input: MetricsInput; layerIds: string[]; isSchematic: boolean } | null {
  const chosen = analysisLayerIds(state);
  if (!chosen.residential) return null;
  const layerIds = Object.values(chosen).flat();
  if (layerIds.some((id) => !state.data[id])) return null;
  const input: Partial<Record<keyof MetricsInput, FeatureCollection>> = {};
  for (const [key, ids] of Object.entries(chosen) as [keyof MetricsInput, string[]][]) {
    input[key] = merge(ids.map((id) => state.data[id] as FeatureCollection));
  }
  return {
    input: input as MetricsInput,
    layerIds,
    isSchematic: layerIds.some((id) => state.metas[id]?.schematic || (state.metas[id]?.schematicAttributes?.length ?? 0) > 0),
  };
}
