import type { FeatureCollection } from "geojson";
import type { LayerMeta, RegionId } from "../domain/layer-meta";
import { isUserLayerId } from "../domain/layer-meta";
import { findRegion, type ProjectRegion } from "../domain/regions";
import type { LayersState, LayerView, LayersStore } from "./layers-store";
import type { Permalink } from "./permalink";
import type { Scenario, ScenarioStore } from "./scenario-store";
import { guardSnapshot, isCameraView } from "./project-snapshot-guard";
import type { BasemapSettings, BlindSpotView, CameraView, Language, UiStore } from "./ui-store";

/** Everything a user made: imported/drawn layers, view settings and choices. One JSON file. */
export interface ProjectSnapshot {
  format: "shanhai-project";
  version: 1;
  savedAt: string;
  userLayers: { meta: LayerMeta; data: FeatureCollection }[];
  views: Record<string, LayerView>;
  order: string[];
  /** `view`: the map camera when saved (absent in files written before it was kept). */
  ui: {
    language: Language;
    region: RegionId;
    ruleSetId: string;
    basemap: BasemapSettings;
    view?: CameraView;
    /** The computed blind-spot layer's toggle and opacity (absent in files written before it was saved). */
    blindSpots?: BlindSpotView;
  };
  /**
   * Styles the user changed (style by attribute), by layer id; a user layer's `meta` keeps its own (imported)
   * style, so "default style" still finds it after a restore.
   */
  styles?: Record<string, LayerMeta["style"]>;
  /** Cities the project's layers belong to besides the built-in regions (absent in files without any). */
  projectRegions?: ProjectRegion[];
  /** Candidate-park scenarios (absent in files written before scenarios existed). */
  scenarios?: { list: Scenario[]; activeScenarioId: string | null };
}

/** The snapshot of the current work (shipped layers are referenced by id only, never copied). */
export function snapshotOf(
  layers: LayersState,
  ui: ReturnType<UiStore["getState"]>,
  now = new Date(),
  scenarios?: ReturnType<ScenarioStore["getState"]>,
): ProjectSnapshot {
  const userLayerIds = layers.order.filter(isUserLayerId);
  const projectRegions = layers.projectRegions.filter((region) => userLayerIds.some((id) => layers.metas[id]?.regions.includes(region.id)));
  return {
    format: "shanhai-project",
    version: 1,
    savedAt: now.toISOString(),
    userLayers: layers.order.filter(isUserLayerId).flatMap((id) => {
      const meta = layers.metas[id];
      const data = layers.data[id];
      return meta && data ? [{ meta: { ...meta, style: layers.defaultStyles[id] ?? meta.style }, data }] : [];
    }),
    views: layers.views,
    order: layers.order,
    styles: Object.fromEntries(layers.restyledIds.filter((id) => layers.metas[id]).map((id) => [id, layers.metas[id]?.style as LayerMeta["style"]])),
    ui: {
      language: ui.language,
      region: ui.region,
      ruleSetId: ui.ruleSetId,
      basemap: ui.basemap,
      blindSpots: ui.blindSpotView,
      ...(ui.mapView ? { view: ui.mapView } : {}),
    },
    ...(projectRegions.length > 0 ? { projectRegions } : {}),
    ...(scenarios ? { scenarios: { list: scenarios.scenarios, activeScenarioId: scenarios.activeScenarioId } } : {}),
  };
}

/**
 * Checks that parsed JSON is a project snapshot, repaired where a part is malformed (see `guardSnapshot`);
 * null (never a throw) when it is not a project at all.
 */
export function parseSnapshot(value: unknown): ProjectSnapshot | null {
  return guardSnapshot(value)?.snapshot ?? null;
}

/**
 * Adds the snapshot's project regions the store does not know yet (a region it knows keeps its own name and
 * extent), so that layers taken over from another project or tab are listed in their city.
 */
export function adoptProjectRegions(snapshot: Pick<ProjectSnapshot, "projectRegions">, layersStore: LayersStore): void {
  for (const region of snapshot.projectRegions ?? []) {
    if (!layersStore.getState().projectRegions.some((known) => known.id === region.id)) layersStore.getState().addProjectRegion(region);
  }
}

/**
 * Puts a snapshot's layers, view settings and choices back into the stores (after the manifest loaded). The snapshot
 * must have passed `guardSnapshot`. `linked`: what the address (a permalink) chose at start-up — its visible layers,
 * region and rule set win over the saved ones. An online basemap from a file (`basemapNeedsConsent`) is only
 * offered: it waits in `pendingBasemap` until the user accepts it, and the basemap in use stays as it was.
 */
export function restoreSnapshot(
  snapshot: ProjectSnapshot,
  layersStore: LayersStore,
  uiStore: UiStore,
  scenarioStore?: ScenarioStore,
  linked: Pick<Permalink, "layers" | "region" | "rules"> = {},
  options: { basemapNeedsConsent?: boolean } = {},
): void {
  const layers = layersStore.getState();
  for (const id of layers.order.filter(isUserLayerId)) layers.removeLayer(id);
  layersStore.setState({ projectRegions: snapshot.projectRegions ?? [] });
  for (const { meta, data } of snapshot.userLayers) layersStore.getState().addUserLayer(meta, data);
  layersStore.setState((state) => {
    const known = new Set(state.order);
    const listed = new Set(snapshot.order);
    const order = [...snapshot.order.filter((id) => known.has(id)), ...state.order.filter((id) => !listed.has(id))];
    const views = { ...state.views };
    for (const [id, view] of Object.entries(snapshot.views)) if (Object.hasOwn(views, id)) views[id] = { ...view };
    return { order, views };
  });
  // After the user layers are back, so that a link may name one of them.
  if (linked.layers) layersStore.getState().showOnlyLayers(linked.layers);
  for (const [id, style] of Object.entries(snapshot.styles ?? {})) {
    if (Object.hasOwn(layersStore.getState().metas, id) && style) layersStore.getState().restyleLayer(id, style);
  }
  const ui = uiStore.getState();
  if (ui.language !== snapshot.ui.language) ui.switchLanguage();
  // A camera from the address (permalink) was applied at start-up and wins over the saved one.
  const hadLinkView = uiStore.getState().viewTarget !== null;
  // A linked project region this project does not hold (someone else's city) is not taken.
  const knownRegion = (id: RegionId | undefined) => id !== undefined && findRegion(id, snapshot.projectRegions ?? []) !== undefined;
  const region = [linked.region, snapshot.ui.region].find(knownRegion) ?? "qingdao";
  const ruleSetId = linked.rules ?? snapshot.ui.ruleSetId;
  const offered = snapshot.ui.basemap;
  const isOnline = offered.kind !== "off";
  if (options.basemapNeedsConsent && isOnline) {
    uiStore.setState({ region, ruleSetId, pendingBasemap: offered });
  } else {
    uiStore.setState({ region, ruleSetId, basemap: offered, pendingBasemap: null });
  }
  if (snapshot.ui.blindSpots) uiStore.setState({ blindSpotView: snapshot.ui.blindSpots });
  if (!hadLinkView && snapshot.ui.view && isCameraView(snapshot.ui.view)) uiStore.getState().jumpTo(snapshot.ui.view);
  if (scenarioStore && snapshot.scenarios) {
    scenarioStore.getState().loadScenarios(snapshot.scenarios.list, snapshot.scenarios.activeScenarioId);
  }
}
