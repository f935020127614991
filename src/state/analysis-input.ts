import type { FeatureCollection } from "geojson";
import type { MetricsInput } from "../analysis/index";
import type { LayerKind, RegionId } from "../domain/layer-meta";
import { isUserLayerId } from "../domain/layer-meta";
import type { LayerRef, MetricsInputRefs } from "../worker/analysis-client";
import type { LayerSource } from "../services/layer-source";
import type { LayersState } from "./layers-store";

const KIND_TO_INPUT: Partial<Record<LayerKind, keyof MetricsInput>> = {
  "residential-land": "residential",
  park: "parks",
  greenway: "greenways",
  "ecological-red-line": "redLine",
  district: "districts",
  shoreline: "shoreline",
  bay: "bays",
  "walking-network": "walkingNetwork",
};

/**
 * Which layers feed each metric input of `region`: among the layers of that kind whose meta lists the region,
 * the visible ones, or all of them when none is visible (so hiding a cluttered layer does not remove its metric,
 * while switching the schematic parks off and your own on makes the metrics use yours). A kind with no layer in
 * the region is left out (its metrics say 无数据).
 */
export function analysisLayerIds(state: LayersState, region: RegionId): Partial<Record<keyof MetricsInput, string[]>> {
  const chosen: Partial<Record<keyof MetricsInput, string[]>> = {};
  for (const [kind, key] of Object.entries(KIND_TO_INPUT) as [LayerKind, keyof MetricsInput][]) {
    const ofKind = state.order.filter((id) => state.metas[id]?.kind === kind && state.metas[id]?.regions.includes(region));
    const visible = ofKind.filter((id) => state.views[id]?.isVisible);
    if (ofKind.length > 0) chosen[key] = visible.length > 0 ? visible : ofKind;
  }
  return chosen;
}

/**
 * The engine input of `region` by reference: shipped layers by URL (the worker fetches them, so the main thread
 * neither parses nor clones them), layers the user imported by the object URL `userDataUrl` gives for their data
 * (inline when none is given). A layer that spans more than one region is named with `region`, so the worker
 * reads only its features in the region. Null while a user layer's data is missing or its URL is not ready
 * (`userDataUrl` returns null). Also returns the ids read, a key that changes when any of them changes, and
 * whether any is schematic.
 */
export function buildMetricsInput(
  state: LayersState,
  source: LayerSource,
  region: RegionId,
  userDataUrl?: (data: FeatureCollection) => string | null,
): { refs: MetricsInputRefs; layerIds: string[]; identity: unknown[]; isSchematic: boolean } | null {
  const chosen = analysisLayerIds(state, region);
  const layerIds = Object.values(chosen).flat();
  const refOf = (id: string): LayerRef | null => {
    const data = state.data[id];
    const scope = (state.metas[id]?.regions.length ?? 0) > 1 ? { region } : {};
    if (isUserLayerId(id) && data && userDataUrl) {
      const url = userDataUrl(data);
      return url ? { url, ...scope } : null;
    }
    if (isUserLayerId(id) || !source.dataUrl) return data ? { data, ...scope } : null;
    return { url: source.dataUrl(id), ...scope };
  };
  const refs: MetricsInputRefs = {};
  for (const [key, ids] of Object.entries(chosen) as [keyof MetricsInput, string[]][]) {
    const layerRefs = ids.map(refOf);
    if (layerRefs.some((ref) => ref === null)) return null;
    refs[key] = layerRefs as LayerRef[];
  }
  const identity = layerIds.map((id) => (isUserLayerId(id) ? state.data[id] : id));
  const isSchematic = layerIds.some((id) => state.metas[id]?.schematic || (state.metas[id]?.schematicAttributes?.length ?? 0) > 0);
  return { refs, layerIds, identity, isSchematic };
}
