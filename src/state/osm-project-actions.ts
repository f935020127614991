import type { Feature, FeatureCollection } from "geojson";
import { bboxOf, unionBbox } from "../analysis/bbox";
import { type GeometryKind, isLargeLayer, type LayerMeta, USER_LAYER_ID_PREFIX } from "../domain/layer-meta";
import { type LayerRole, roleDefinition } from "../domain/layer-roles";
import { type ProjectRegion, projectRegionIdFor } from "../domain/regions";
import { type OsmProject, OSM_ROLES, type OsmRole } from "../io/osm/osm-types";
import { adoptLayerJsonText } from "../services/layer-json-url";
import { FEATURES_PER_MAIN_SLICE, yieldToMain } from "../services/yield-to-main";
import { geometryKindOf, ROLE_DRAW_ORDER } from "./import-actions";
import type { ImportContext, ImportStore } from "./import-store";
import type { LayersStore } from "./layers-store";
import type { UiStore } from "./ui-store";

/** The app's layer role of each OSM role (the OSM reader's role names are those of `--export-layers`). */
export const OSM_ROLE_TO_LAYER_ROLE: Readonly<Record<OsmRole, LayerRole>> = {
  park: "park",
  "green-other": "green-other",
  residential: "residential-land",
  network: "walking-network",
  greenway: "greenway",
  river: "river",
  water: "water",
  district: "district",
  "protected-area": "protected-area",
  shoreline: "shoreline",
};

type Bbox = [number, number, number, number];

/** A layer's box and the count of its features by geometry kind. */
interface LayerFacts {
  bbox: Bbox | null;
  kindCounts: Map<GeometryKind, number>;
}

const layerFacts = new WeakMap<FeatureCollection, LayerFacts>();

/** Grows `facts` by a run of features. */
function growFacts(facts: LayerFacts, features: Feature[]): void {
  for (const feature of features) {
    const kind = geometryKindOf(feature.geometry);
    if (kind) facts.kindCounts.set(kind, (facts.kindCounts.get(kind) ?? 0) + 1);
  }
  facts.bbox = unionBbox(facts.bbox, bboxOf({ type: "FeatureCollection", features }));
}

/** A layer's facts, computed once per data object (in one task unless `measureOsmLayers` did it before). */
function factsOf(data: FeatureCollection): LayerFacts {
  let facts = layerFacts.get(data);
  if (!facts) {
    facts = { bbox: null, kindCounts: new Map() };
    growFacts(facts, data.features);
    layerFacts.set(data, facts);
  }
  return facts;
}

/**
 * Computes every role layer's box and geometry kinds in slices of `FEATURES_PER_MAIN_SLICE` features with the page
 * free in between (a 100 MB extract has ≈ 12 M positions: one pass over them froze the page for ≈ 0.5 s).
 */
async function measureOsmLayers(project: OsmProject): Promise<void> {
  for (const role of OSM_ROLES) {
    const data = project.layers[role];
    if (!data || layerFacts.has(data)) continue;
    const facts: LayerFacts = { bbox: null, kindCounts: new Map() };
    for (let start = 0; start < data.features.length; start += FEATURES_PER_MAIN_SLICE) {
      await yieldToMain();
      growFacts(facts, data.features.slice(start, start + FEATURES_PER_MAIN_SLICE));
    }
    layerFacts.set(data, facts);
  }
}

/** The geometry kind most features of a collection have (a layer is drawn as one kind). */
function dominantKind(collection: FeatureCollection, fallback: GeometryKind): GeometryKind {
  return [...factsOf(collection).kindCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}

/** A layer's box. */
const layerBbox = (data: FeatureCollection): Bbox | null => factsOf(data).bbox;

/** The day of an ISO timestamp ("2025-05-30T12:00:00Z" → "2025-05-30"), or null. */
const dayOf = (isoDate: string | null): string | null => (isoDate && /^\d{4}-\d{2}-\d{2}/.test(isoDate) ? isoDate.slice(0, 10) : null);

/**
 * The project region of an OSM project: named after the clip boundary (local and English names), else the file;
 * its extent is that of the derived layers (the scan's extent when none has a feature).
 */
export function osmProjectRegion(project: OsmProject, clipBoundaryId: number | null, takenIds: readonly string[]): ProjectRegion {
  const boundary = clipBoundaryId === null ? undefined : project.scan.boundaries.find((candidate) => candidate.relationId === clipBoundaryId);
  const stem = project.scan.fileName.replace(/\.(osm\.pbf|osm\.gz|osm|pbf|json)$/i, "");
  const name = boundary ? { zh: boundary.name, en: boundary.nameEn ?? boundary.name } : { zh: stem, en: stem };
  let bbox: [number, number, number, number] | null = null;
  for (const role of OSM_ROLES) {
    const layer = project.layers[role];
    if (layer && layer.features.length > 0) bbox = unionBbox(bbox, layerBbox(layer));
  }
  return {
    id: projectRegionIdFor(boundary?.nameEn ?? boundary?.name ?? "", boundary ? `r${boundary.relationId}` : stem, takenIds),
    name,
    bbox: bbox ?? project.scan.bbox,
    dataDate: dayOf(project.scan.dataDate),
  };
}

/**
 * The layers of an OSM project, one per role that has features, each styled by its role and listed in `region`
 * only; the attribution names OpenStreetMap's licence and the data's date.
 */
export function osmProjectLayers(
  project: OsmProject,
  region: ProjectRegion,
  takenIds: readonly string[],
): { osmRole: OsmRole; meta: LayerMeta; data: FeatureCollection }[] {
  const taken = new Set(takenIds);
  const fileName = project.scan.fileName;
  const date = region.dataDate;
  const layers: { osmRole: OsmRole; meta: LayerMeta; data: FeatureCollection }[] = [];
  for (const osmRole of OSM_ROLES) {
    const data = project.layers[osmRole];
    if (!data || data.features.length === 0) continue;
    const role = OSM_ROLE_TO_LAYER_ROLE[osmRole];
    const definition = roleDefinition(role);
    const base = `${USER_LAYER_ID_PREFIX}${region.id}-${osmRole}`;
    let id = base;
    for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
    taken.add(id);
    const isLarge = isLargeLayer({ featureCount: data.features.length });
    const { labelProperty: _label, ...unlabelled } = definition.style;
    layers.push({
      osmRole,
      meta: {
        id,
        title: { zh: `${definition.title.zh} · ${region.name.zh}`, en: `${definition.title.en} · ${region.name.en}` },
        kind: role,
        group: definition.group,
        geometryType: dominantKind(data, definition.geometryType),
        regions: [region.id],
        style: isLarge ? unlabelled : definition.style,
        source: {
          zh: `OpenStreetMap 数据：${fileName}${date ? `（数据日期 ${date}）` : ""}`,
          en: `OpenStreetMap data: ${fileName}${date ? ` (data of ${date})` : ""}`,
        },
        licence: "ODbL-1.0",
        attribution: `${project.attribution}${date ? ` · ${date}` : ""}`,
        schematic: false,
        declaredCrs: "EPSG:4326",
        defaultVisible: true,
        drawOrder: ROLE_DRAW_ORDER[role] ?? 50,
        featureCount: data.features.length,
        bbox: layerBbox(data) ?? region.bbox,
      },
      data,
    });
  }
  return layers;
}

/**
 * Reads the reviewed OSM extract in the import worker and opens it as a project: a project region for its city,
 * one layer per non-empty role, then the map and the metrics switched to that region (the map zooms to its data);
 * the import stays at `osm-done` with the read report until the user closes it. Resolves to the new region's id, or null when the read failed, was cancelled or found nothing.
 */
export async function importOsmProject(importStore: ImportStore, layersStore: LayersStore, uiStore: UiStore, context: ImportContext): Promise<string | null> {
  const clip = importStore.getState().osmClip;
  const project = await importStore.getState().readOsm(context);
  if (!project) return null;
  await measureOsmLayers(project);
  const layers = layersStore.getState();
  const region = osmProjectRegion(
    project,
    clip.kind === "boundary" ? clip.relationId : null,
    layers.projectRegions.map((candidate) => candidate.id),
  );
  const built = osmProjectLayers(project, region, Object.keys(layers.metas));
  if (built.length === 0) {
    importStore.setState({ stage: "failed", failure: "osm-empty", failureDetail: null });
    return null;
  }
  // The region first, so that the saved project never holds layers of a region it does not know; the layers in
  // one change, so that the map updates, the address gains a history entry and the project is saved once.
  for (const { osmRole, data } of built) {
    const text = project.layerTexts?.[osmRole];
    if (text) adoptLayerJsonText(data, text);
  }
  layersStore.getState().addProjectRegion(region);
  layersStore.getState().addUserLayers(built);
  uiStore.getState().chooseRegion(region.id, region.bbox);
  const layerIds: Partial<Record<OsmRole, string>> = {};
  for (const { osmRole, meta } of built) layerIds[osmRole] = meta.id;
  importStore.setState({ stage: "osm-done", osmScan: null, osmSummary: { report: project.report, layerIds, dataDate: region.dataDate } });
  return region.id;
}
