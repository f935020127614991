import type { FeatureCollection } from "geojson";
import type { LayerMeta, RegionId } from "../domain/layer-meta";
import type { LayersState, LayerView, LayersStore } from "./layers-store";
import type { Permalink } from "./permalink";
import type { Scenario, ScenarioStore } from "./scenario-store";
import type { BasemapSettings, CameraView, Language, UiStore } from "./ui-store";

/** Everything a user made: imported/drawn layers, view settings and choices. One JSON file. */
export interface ProjectSnapshot {
  format: "shanhai-project";
  version: 1;
  savedAt: string;
  userLayers: { meta: LayerMeta; data: FeatureCollection }[];
  views: Record<string, LayerView>;
  order: string[];
  /** `view`: the map camera when saved (absent in files written before it was kept). */
  ui: { language: Language; region: RegionId; ruleSetId: string; basemap: BasemapSettings; view?: CameraView };
  /**
   * Styles the user changed (style by attribute), by layer id; a user layer's `meta` keeps its own (imported)
   * style, so "default style" still finds it after a restore.
   */
  styles?: Record<string, LayerMeta["style"]>;
  /** Candidate-park scenarios (absent in files written before scenarios existed). */
  scenarios?: { list: Scenario[]; activeScenarioId: string | null };
}

const isUserLayer = (id: string) => id.startsWith("user-");

/** A saved camera that is safe to jump to (files are untrusted). */
function isCameraView(value: unknown): value is CameraView {
  const view = value as CameraView | undefined;
  return Array.isArray(view?.center) && view.center.length === 2 && view.center.every(Number.isFinite)
    && Math.abs(view.center[0]) <= 180 && Math.abs(view.center[1]) <= 90 && Number.isFinite(view.zoom) && view.zoom >= 0 && view.zoom <= 24;
}

/** The snapshot of the current work (shipped layers are referenced by id only, never copied). */
export function snapshotOf(
  layers: LayersState,
  ui: ReturnType<UiStore["getState"]>,
  now = new Date(),
  scenarios?: ReturnType<ScenarioStore["getState"]>,
): ProjectSnapshot {
  return {
    format: "shanhai-project",
    version: 1,
    savedAt: now.toISOString(),
    userLayers: layers.order
      .filter(isUserLayer)
      .flatMap((id) => {
        const meta = layers.metas[id];
        const data = layers.data[id];
        return meta && data ? [{ meta: { ...meta, style: layers.defaultStyles[id] ?? meta.style }, data }] : [];
      }),
    views: layers.views,
    order: layers.order,
    styles: Object.fromEntries(
      layers.restyledIds.filter((id) => layers.metas[id]).map((id) => [id, layers.metas[id]?.style as LayerMeta["style"]]),
    ),
    ui: { language: ui.language, region: ui.region, ruleSetId: ui.ruleSetId, basemap: ui.basemap, ...(ui.mapView ? { view: ui.mapView } : {}) },
    ...(scenarios ? { scenarios: { list: scenarios.scenarios, activeScenarioId: scenarios.activeScenarioId } } : {}),
  };
}

/** Checks that parsed JSON is a project snapshot; returns null (never throws) when it is not. */
export function parseSnapshot(value: unknown): ProjectSnapshot | null {
  if (!value || typeof value !== "object") return null;
  const candidate = value as Partial<ProjectSnapshot>;
  if (candidate.format !== "shanhai-project" || candidate.version !== 1) return null;
  if (!Array.isArray(candidate.userLayers) || !Array.isArray(candidate.order) || typeof candidate.views !== "object" || !candidate.ui) return null;
  const layersOk = candidate.userLayers.every(
    (layer) => layer && typeof layer.meta?.id === "string" && isUserLayer(layer.meta.id) && layer.data?.type === "FeatureCollection" && Array.isArray(layer.data.features),
  );
  return layersOk ? (candidate as ProjectSnapshot) : null;
}

/**
 * Puts a snapshot's layers, view settings and choices back into the stores (after the manifest loaded). `linked`:
 * what the address (a permalink) chose at start-up — its visible layers, region and rule set win over the saved ones.
 */
export function restoreSnapshot(
  snapshot: ProjectSnapshot,
  layersStore: LayersStore,
  uiStore: UiStore,
  scenarioStore?: ScenarioStore,
  linked: Pick<Permalink, "layers" | "region" | "rules"> = {},
): void {
  const layers = layersStore.getState();
  for (const id of layers.order.filter(isUserLayer)) layers.removeLayer(id);
  for (const { meta, data } of snapshot.userLayers) layersStore.getState().addUserLayer(meta, data);
  layersStore.setState((state) => {
    const known = new Set(state.order);
    const order = [...snapshot.order.filter((id) => known.has(id)), ...state.order.filter((id) => !snapshot.order.includes(id))];
    const views = { ...state.views };
    for (const [id, view] of Object.entries(snapshot.views)) if (views[id]) views[id] = { ...view };
    return { order, views };
  });
  // After the user layers are back, so that a link may name one of them.
  if (linked.layers) layersStore.getState().showOnlyLayers(linked.layers);
  for (const [id, style] of Object.entries(snapshot.styles ?? {})) {
    if (layersStore.getState().metas[id] && style && typeof style.color === "string") layersStore.getState().restyleLayer(id, style);
  }
  const ui = uiStore.getState();
  if (ui.language !== snapshot.ui.language) ui.switchLanguage();
  // A camera from the address (permalink) was applied at start-up and wins over the saved one.
  const hadLinkView = uiStore.getState().viewTarget !== null;
  uiStore.setState({ region: linked.region ?? snapshot.ui.region, ruleSetId: linked.rules ?? snapshot.ui.ruleSetId, basemap: snapshot.ui.basemap });
  if (!hadLinkView && isCameraView(snapshot.ui.view)) uiStore.getState().jumpTo(snapshot.ui.view);
  if (scenarioStore && snapshot.scenarios && Array.isArray(snapshot.scenarios.list)) {
    scenarioStore.getState().loadScenarios(snapshot.scenarios.list, snapshot.scenarios.activeScenarioId);
  }
}
