import type { LayerKind, RegionId } from "../domain/layer-meta";
import { type Region, REGIONS } from "../domain/regions";
import { type AnalysisStore, selectShownReport, walkingUrls } from "../state/analysis-store";
import { isPlaceInRegion, selectGreenProximity } from "../state/green-proximity";
import { type LayersState, type LayersStore, selectLayerIdOfKind, selectRegion } from "../state/layers-store";
import { measureGeometry } from "../state/measure";
import { snapPathEnds } from "../state/path-snap";
import type { createPointerStore } from "../state/pointer-store";
import { type ScenarioStore, selectActiveScenario } from "../state/scenario-store";
import type { UiState, UiStore } from "../state/ui-store";
import type { DrawController } from "./draw-controller";
import { registerMapImageExporter } from "./export-image";
import type { MapAdapter, MapAdapterOptions, NearestParkView } from "./map-adapter";
import type { SitingStore } from "../state/siting-store";
import { installTestHook } from "./test-hook";

/** The stores the map reads and reports to. */
export interface MapStores {
  layersStore: LayersStore;
  uiStore: UiStore;
  pointerStore: ReturnType<typeof createPointerStore>;
  analysisStore: AnalysisStore;
  scenarioStore: ScenarioStore;
  sitingStore: SitingStore;
}

const dataOfKind = (state: LayersState, kind: LayerKind, region: RegionId) => {
  const id = selectLayerIdOfKind(state, kind, region);
  return id ? state.data[id] : undefined;
};

/** The public viewer's nearest park to the probed place, or null (no place, planner mode, outside the region). */
function nearestParkView(ui: UiState, layers: LayersState): NearestParkView | null {
  if (ui.mode !== "public" || !ui.probeLonLat) return null;
  const answer = selectGreenProximity(ui.probeLonLat, ui.ruleSetId, dataOfKind(layers, "park", ui.region), dataOfKind(layers, "greenway", ui.region));
  const nearest = answer?.nearestPark;
  const region = selectRegion(layers, ui.region);
  if (!answer || !nearest || !answer.nearestParkLonLat) return null;
  if (region && !isPlaceInRegion(ui.probeLonLat, region, dataOfKind(layers, "district", ui.region), nearest.distanceM)) return null;
  const label = `${Math.round(nearest.distanceM).toLocaleString(ui.language === "zh" ? "zh-CN" : "en")} m`;
  return { park: nearest.feature, from: ui.probeLonLat, to: answer.nearestParkLonLat, distanceM: nearest.distanceM, label };
}

const isSameNearest = (a: NearestParkView | null, b: NearestParkView | null) =>
  a === b || (a !== null && b !== null && a.park === b.park && a.from === b.from && a.label === b.label);

/** How a new map starts (region or permalink camera, basemap) and where its events go: all into the stores. */
export function mapAdapterOptions({ layersStore, uiStore, pointerStore }: MapStores): MapAdapterOptions {
  const ui = uiStore.getState();
  const region = selectRegion(layersStore.getState(), ui.region) ?? (REGIONS[0] as Region);
  return {
    bbox: region.bbox,
    camera: ui.viewTarget ?? undefined,
    basemap: ui.basemap,
    // The adapter picks nothing while a drawing or measuring tool is on (see `MapController.applyPicking`).
    onPick: (selection, alternatives) => uiStore.getState().selectFeature(selection, alternatives),
    onCursor: (lonLat) => pointerStore.getState().moveCursor(lonLat),
    onCameraChange: (view) => uiStore.getState().reportMapView(view),
    onTap: (lonLat) => {
      if (uiStore.getState().mode === "public") uiStore.getState().probePlace(lonLat);
    },
    onFirstPaint: () => uiStore.getState().reportMapPainted(),
  };
}

/**
 * Pushes store changes into one `MapAdapter`: layers (`sync`), camera requests, selection, basemap, the public
 * viewer's probe and nearest park, blind spots, picking on/off; and loads the drawing tools (terra-draw) only when a
 * planner first draws, measures or opens a scenario, keeping them out of the first load.
 */
class MapController {
  /** The nearest park the map shows, to skip redrawing an unchanged one. */
  private shownNearest: NearestParkView | null = null;
  /** The drawing tools once loaded; null before (`isLoadingDrawing` while their module loads). */
  private drawController: DrawController | null = null;
  private isLoadingDrawing = false;
  private subscriptions: (() => void)[] = [];
  private drawingSubscriptions: (() => void)[] = [];
  private isStopped = false;

  constructor(
    private readonly adapter: MapAdapter,
    private readonly stores: MapStores,
  ) {}

  start(): void {
    const { adapter } = this;
    const { layersStore, uiStore, analysisStore, scenarioStore } = this.stores;
    adapter.sync(layersStore.getState());
    this.applyPicking();
    registerMapImageExporter(adapter.map);
    const uninstallTestHook = installTestHook(adapter);
    const { sitingStore } = this.stores;
    adapter.setBlindSpotView(uiStore.getState().blindSpotView);
    adapter.showBlindSpots(selectShownReport(analysisStore.getState())?.blindSpotsUrl ?? null);
    adapter.setWalkingView(uiStore.getState().walkingView);
    adapter.showWalking(walkingUrls(analysisStore.getState()));
    this.subscriptions = [
      uninstallTestHook,
      scenarioStore.subscribe(() => this.applyPicking()),
      uiStore.subscribe(() => this.applyPicking()),
      layersStore.subscribe((next) => {
        adapter.sync(next);
        this.updateNearest();
      }),
      uiStore.subscribe((next, previous) => {
        if (next.viewRequest && next.viewRequest !== previous.viewRequest) adapter.fitBounds(next.viewRequest.bbox);
        if (next.viewTarget && next.viewTarget !== previous.viewTarget) adapter.jumpTo(next.viewTarget);
        if (next.selection !== previous.selection) adapter.showSelection(next.selection);
        if (next.basemap !== previous.basemap) adapter.setBasemap(next.basemap);
        if (next.probeLonLat !== previous.probeLonLat) adapter.showProbe(next.probeLonLat);
        this.updateNearest();
        if (next.blindSpotView !== previous.blindSpotView) adapter.setBlindSpotView(next.blindSpotView);
        if (next.walkingView !== previous.walkingView) adapter.setWalkingView(next.walkingView);
      }),
      analysisStore.subscribe((next, previous) => {
        const url = selectShownReport(next)?.blindSpotsUrl ?? null;
        if (url !== (selectShownReport(previous)?.blindSpotsUrl ?? null)) adapter.showBlindSpots(url);
        const walking = walkingUrls(next);
        const before = walkingUrls(previous);
        if (walking.serviceAreas !== before.serviceAreas || walking.radiusOnly !== before.radiusOnly) adapter.showWalking(walking);
      }),
      scenarioStore.subscribe(() => this.startDrawingIfNeeded()),
      sitingStore.subscribe((next, previous) => {
        if (next.report === previous.report && next.selectedRanks === previous.selectedRanks) return;
        adapter.showSitingSites((next.report?.sites ?? []).map((site) => ({ ...site, selected: next.selectedRanks.includes(site.rank) })));
      }),
      () => adapter.showSitingSites([]),
      uiStore.subscribe(() => this.startDrawingIfNeeded()),
    ];
    this.startDrawingIfNeeded();
  }

  stop(): void {
    this.isStopped = true;
    for (const unsubscribe of [...this.subscriptions.splice(0), ...this.drawingSubscriptions.splice(0)]) unsubscribe();
    this.drawController?.destroy();
    this.drawController = null;
  }

  private applyPicking(): void {
    this.adapter.setPicking(this.stores.scenarioStore.getState().tool === "off" && this.stores.uiStore.getState().measureTool === "off");
  }

  private updateNearest(): void {
    const next = nearestParkView(this.stores.uiStore.getState(), this.stores.layersStore.getState());
    if (isSameNearest(next, this.shownNearest)) return;
    this.shownNearest = next;
    this.adapter.showNearestPark(next);
  }

  private startDrawingIfNeeded(): void {
    const { uiStore, scenarioStore } = this.stores;
    const scenarios = scenarioStore.getState();
    const ui = uiStore.getState();
    const needsDrawing = scenarios.tool !== "off" || scenarios.activeScenarioId !== null || ui.measureTool !== "off";
    if (this.drawController || this.isLoadingDrawing || ui.mode !== "planner" || !needsDrawing) return;
    this.isLoadingDrawing = true;
    this.adapter.whenReady(async (map) => {
      const { DrawController: Controller } = await import("./draw-controller");
      if (this.isStopped) return;
      const controller = new Controller(
        map,
        (parks) => scenarioStore.getState().editParks(parks),
        (paths) => {
          const layers = this.stores.layersStore.getState();
          const network = dataOfKind(layers, "walking-network", uiStore.getState().region);
          scenarioStore.getState().editPaths(snapPathEnds(paths, network));
        },
        (geometry) => uiStore.getState().reportMeasurement(measureGeometry(geometry)),
      );
      this.drawController = controller;
      this.isLoadingDrawing = false;
      const active = selectActiveScenario(scenarioStore.getState());
      controller.load(active?.parks ?? [], active?.paths ?? []);
      controller.setTool(scenarioStore.getState().tool);
      controller.setMeasureTool(uiStore.getState().measureTool);
      uiStore.getState().reportDrawToolReady();
      this.drawingSubscriptions = [
        scenarioStore.subscribe((next, previous) => {
          if (next.tool !== previous.tool) controller.setTool(next.tool);
          if (next.activeScenarioId !== previous.activeScenarioId)
            controller.load(selectActiveScenario(next)?.parks ?? [], selectActiveScenario(next)?.paths ?? []);
        }),
        uiStore.subscribe((next, previous) => {
          if (next.measureTool !== previous.measureTool) controller.setMeasureTool(next.measureTool);
        }),
      ];
    });
  }
}

/** Connects the map to the stores; returns the function that disconnects it (before the adapter is destroyed). */
export function connectMap(adapter: MapAdapter, stores: MapStores): () => void {
  const controller = new MapController(adapter, stores);
  controller.start();
  return () => controller.stop();
}
