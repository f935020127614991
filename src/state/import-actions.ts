import type { Feature, Geometry } from "geojson";
import { bboxOf, unionBbox } from "../analysis/bbox";
import { type GeometryKind, isLargeLayer, LARGE_LAYER_FEATURES, type LayerMeta, type RegionId, USER_LAYER_ID_PREFIX } from "../domain/layer-meta";
import { DEFAULT_REGION_BBOX, isProjectRegionId, REGIONS } from "../domain/regions";
import { GEOMETRY_KIND_TITLES, roleDefinition } from "../domain/layer-roles";
import { applyAttributeMapping } from "../io/attribute-mapping";
import type { ImportStore } from "./import-store";
import type { LayersStore } from "./layers-store";
import { FEATURES_PER_MAIN_SLICE, yieldToMain } from "../services/yield-to-main";

export const ROLE_DRAW_ORDER: Record<string, number> = {
  "urban-rural-zone": 12,
  "residential-land": 22,
  "ecological-red-line": 32,
  bay: 37,
  park: 52,
  river: 57,
  greenway: 62,
  district: 82,
  shoreline: 87,
  "protected-area": 30,
  water: 36,
  "green-other": 48,
  "walking-network": 65,
};

/**
 * Imported layers above this many features (large layers) get no label layer: placing one label per feature meant
 * computing 200k label points and posting them to MapLibre, which froze the page for ≈ 4 s on a 200 MB import
 * (names stay in the inspector and the attribute table).
 */
export const LABEL_MAX_FEATURES = LARGE_LAYER_FEATURES;

/** Reviewed imports being committed (a second click on "add" must not add the layer twice). */
const committing = new WeakSet<object>();

/** The kind of shape a geometry is drawn as (a GeometryCollection as the kind most of its members are). */
export function geometryKindOf(geometry: Geometry | null): GeometryKind | undefined {
  if (!geometry) return undefined;
  switch (geometry.type) {
    case "Point":
    case "MultiPoint":
      return "Point";
    case "LineString":
    case "MultiLineString":
      return "LineString";
    case "Polygon":
    case "MultiPolygon":
      return "Polygon";
    case "GeometryCollection": {
      const counts = new Map<GeometryKind, number>();
      for (const member of geometry.geometries) {
        const kind = geometryKindOf(member);
        if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
      }
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    }
  }
}

const KIND_ORDER: readonly GeometryKind[] = ["Polygon", "LineString", "Point"];

/** The features of one geometry kind, with their extent. */
interface KindGroup {
  features: Feature[];
  bbox: [number, number, number, number] | null;
}

/**
 * Turns the reviewed import into layers on the map: applies the attribute mapping, builds each layer's metadata
 * from the chosen role and draws what the data holds — the geometry kind comes from the features (points as
 * circles, lines, polygons), never from the role. A file holding several kinds becomes one layer per kind
 * (title suffixed 点/线/面), each drawn as its kind. Adds them to the layers store and closes the import.
 * The mapping and the extent are computed in slices between which the page stays responsive (a 200k-parcel
 * layer took the main thread ≈ 0.5 s in one piece). Resolves to the id of the (first, largest) new layer, or
 * null when there is nothing to commit (no feature, or the import changed meanwhile). `currentRegion`: the region
 * shown; an import made in a project region (an OSM city) belongs to that city, any other to the built-in regions.
 */
export async function commitImport(importStore: ImportStore, layersStore: LayersStore, currentRegion?: RegionId): Promise<string | null> {
  const state = importStore.getState();
  if (state.stage !== "review" || !state.result || !state.fileName) return null;
  const { result } = state;
  if (result.featureCollection.features.length === 0 || result.issues.some((issue) => issue.severity === "fatal")) return null;
  if (committing.has(result)) return null;
  committing.add(result);
  const source = result.featureCollection.features;
  const definition = roleDefinition(state.role);
  const groups = new Map<GeometryKind, KindGroup>();
  for (let start = 0; start < source.length; start += FEATURES_PER_MAIN_SLICE) {
    if (start > 0) await yieldToMain();
    if (importStore.getState().result !== result) return null;
    const slice = applyAttributeMapping({ type: "FeatureCollection", features: source.slice(start, start + FEATURES_PER_MAIN_SLICE) }, state.mapping);
    for (const feature of slice.features) {
      const kind = geometryKindOf(feature.geometry) ?? definition.geometryType;
      const group = groups.get(kind) ?? { features: [], bbox: null };
      group.features.push(feature);
      groups.set(kind, group);
    }
  }
  for (const group of groups.values()) {
    for (let start = 0; start < group.features.length; start += FEATURES_PER_MAIN_SLICE) {
      if (start > 0) await yieldToMain();
      group.bbox = unionBbox(group.bbox, bboxOf({ type: "FeatureCollection", features: group.features.slice(start, start + FEATURES_PER_MAIN_SLICE) }));
    }
  }
  const kinds = [...groups.keys()].sort(
    (a, b) => (groups.get(b)?.features.length ?? 0) - (groups.get(a)?.features.length ?? 0) || KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b),
  );
  const title = state.layerTitle.trim() || state.fileName;
  const ids: string[] = [];
  for (const kind of kinds) {
    const group = groups.get(kind)!;
    const data = { ...result.featureCollection, features: group.features };
    const existing = layersStore.getState().metas;
    const base = `${USER_LAYER_ID_PREFIX}${state.role}`;
    let id = base;
    for (let suffix = 2; existing[id]; suffix += 1) id = `${base}-${suffix}`;
    const kindTitle = GEOMETRY_KIND_TITLES[kind];
    const meta: LayerMeta = {
      id,
      title: kinds.length > 1 ? { zh: `${title}（${kindTitle.zh}）`, en: `${title} (${kindTitle.en})` } : { zh: title, en: title },
      kind: state.role,
      group: definition.group,
      geometryType: kind,
      regions: isProjectRegionId(currentRegion) ? [currentRegion] : REGIONS.map((region) => region.id),
      style: { ...definition.style, ...(state.mapping.name && !isLargeLayer({ featureCount: data.features.length }) ? { labelProperty: "name" } : {}) },
      source: { zh: `用户导入：${state.fileName}`, en: `Imported by the user: ${state.fileName}` },
      licence: "user data",
      attribution: `用户数据 ${state.fileName}`,
      schematic: false,
      declaredCrs: state.sourceCrs ?? "EPSG:4326",
      defaultVisible: true,
      drawOrder: ROLE_DRAW_ORDER[state.role] ?? 50,
      featureCount: data.features.length,
      bbox: group.bbox ?? [...DEFAULT_REGION_BBOX],
    };
    layersStore.getState().addUserLayer(meta, data);
    ids.push(id);
  }
  state.closeImport();
  return ids[0] ?? null;
}
