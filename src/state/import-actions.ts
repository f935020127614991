import { bboxOf } from "../analysis/bbox";
import type { LayerMeta } from "../domain/layer-meta";
import { roleDefinition } from "../domain/layer-roles";
import { applyAttributeMapping } from "../io/attribute-mapping";
import type { ImportStore } from "./import-store";
import type { LayersStore } from "./layers-store";

const ROLE_DRAW_ORDER: Record<string, number> = {
  "urban-rural-zone": 12, "residential-land": 22, "ecological-red-line": 32, bay: 37,
  park: 52, river: 57, greenway: 62, district: 82, shoreline: 87,
};

/**
 * Imported layers above this many features get no label layer: placing one label per feature meant computing
 * 200k label points and posting them to MapLibre, which froze the page for ≈ 4 s on a 200 MB import (names stay in
 * the inspector and the attribute table).
 */
export const LABEL_MAX_FEATURES = 20_000;

/**
 * Turns the reviewed import into a layer on the map: applies the attribute mapping, builds the
 * layer's metadata from the chosen role, adds it to the layers store and closes the import.
 * Returns the new layer id, or null when there is nothing to commit.
 */
export function commitImport(importStore: ImportStore, layersStore: LayersStore): string | null {
  const state = importStore.getState();
  if (state.stage !== "review" || !state.result || !state.fileName) return null;
  const data = applyAttributeMapping(state.result.featureCollection, state.mapping);
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
    style: { ...definition.style, ...(state.mapping.name && data.features.length <= LABEL_MAX_FEATURES ? { labelProperty: "name" } : {}) },
    source: { zh: `用户导入：${state.fileName}`, en: `Imported by the user: ${state.fileName}` },
    licence: "user data",
    attribution: `用户数据 ${state.fileName}`,
    schematic: false,
    declaredCrs: state.sourceCrs ?? "EPSG:4326",
    defaultVisible: true,
    drawOrder: ROLE_DRAW_ORDER[state.role] ?? 50,
    featureCount: data.features.length,
    bbox: bboxOf(data) ?? [119.5, 35.57, 121.07, 37.15],
  };
  layersStore.getState().addUserLayer(meta, data);
  state.closeImport();
  return id;
}
