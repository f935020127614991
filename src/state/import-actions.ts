import type { Feature } from "geojson";
import { bboxOf, unionBbox } from "../analysis/bbox";
import { isLargeLayer, LARGE_LAYER_FEATURES, type LayerMeta } from "../domain/layer-meta";
import { roleDefinition } from "../domain/layer-roles";
import { applyAttributeMapping } from "../io/attribute-mapping";
import type { ImportStore } from "./import-store";
import type { LayersStore } from "./layers-store";
import { FEATURES_PER_MAIN_SLICE, yieldToMain } from "./yield-to-main";

const ROLE_DRAW_ORDER: Record<string, number> = {
  "urban-rural-zone": 12, "residential-land": 22, "ecological-red-line": 32, bay: 37,
  park: 52, river: 57, greenway: 62, district: 82, shoreline: 87,
};

/**
 * Imported layers above this many features (large layers) get no label layer: placing one label per feature meant
 * computing 200k label points and posting them to MapLibre, which froze the page for ≈ 4 s on a 200 MB import
 * (names stay in the inspector and the attribute table).
 */
export const LABEL_MAX_FEATURES = LARGE_LAYER_FEATURES;

/** Reviewed imports being committed (a second click on "add" must not add the layer twice). */
const committing = new WeakSet<object>();

/**
 * Turns the reviewed import into a layer on the map: applies the attribute mapping, builds the
 * layer's metadata from the chosen role, adds it to the layers store and closes the import.
 * The mapping and the extent are computed in slices between which the page stays responsive (a 200k-parcel
 * layer took the main thread ≈ 0.5 s in one piece). Resolves to the new layer id, or null when there is
 * nothing to commit (or the import changed meanwhile).
 */
export async function commitImport(importStore: ImportStore, layersStore: LayersStore): Promise<string | null> {
  const state = importStore.getState();
  if (state.stage !== "review" || !state.result || !state.fileName) return null;
  const { result } = state;
  if (committing.has(result)) return null;
  committing.add(result);
  const source = result.featureCollection.features;
  const features: Feature[] = [];
  let bbox: [number, number, number, number] | null = null;
  for (let start = 0; start < source.length; start += FEATURES_PER_MAIN_SLICE) {
    if (start > 0) await yieldToMain();
    if (importStore.getState().result !== result) return null;
    const slice = applyAttributeMapping({ type: "FeatureCollection", features: source.slice(start, start + FEATURES_PER_MAIN_SLICE) }, state.mapping);
    for (const feature of slice.features) features.push(feature);
    bbox = unionBbox(bbox, bboxOf(slice));
  }
  const data = { ...result.featureCollection, features };
  const definition = roleDefinition(state.role);
  const existing = layersStore.getState().metas;
  const base = `user-${state.role}`;
  let id = base;
  for (let suffix = 2; existing[id]; suffix += 1) id = `${base}-${suffix}`;
  const title = state.layerTitle.trim() || state.fileName;
  const meta: LayerMeta = {
    id,
    title: { zh: title, en: title },
    kind: state.role,
    group: definition.group,
    geometryType: definition.geometryType,
    regions: ["qingdao", "yantai"],
    style: { ...definition.style, ...(state.mapping.name && !isLargeLayer({ featureCount: data.features.length }) ? { labelProperty: "name" } : {}) },
    source: { zh: `用户导入：${state.fileName}`, en: `Imported by the user: ${state.fileName}` },
    licence: "user data",
    attribution: `用户数据 ${state.fileName}`,
    schematic: false,
    declaredCrs: state.sourceCrs ?? "EPSG:4326",
    defaultVisible: true,
    drawOrder: ROLE_DRAW_ORDER[state.role] ?? 50,
    featureCount: data.features.length,
    bbox: bbox ?? [119.5, 35.57, 121.07, 37.15],
  };
  layersStore.getState().addUserLayer(meta, data);
  state.closeImport();
  return id;
}
