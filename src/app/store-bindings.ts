import type { AnalysisStore } from "../state/analysis-store";
import { AnalysisController, type AnalysisDependencies } from "./analysis-controller";
import { LazyLayerLoader, type LazyLayerLoadingOptions } from "./lazy-layer-loader";
import type { LayersStore } from "../state/layers-store";
import { PersistenceController, type PersistenceOptions } from "./persistence-controller";
import type { ScenarioStore } from "../state/scenario-store";
import type { UiStore } from "../state/ui-store";
import { UrlSyncController, type UrlSyncOptions } from "./url-sync-controller";

/** The stores the controllers read and write. */
export interface AppStores {
  layersStore: LayersStore;
  uiStore: UiStore;
  analysisStore: AnalysisStore;
  scenarioStore: ScenarioStore;
}

/** A started controller and the function that unsubscribes it and stops it. */
export interface Running<C> {
  controller: C;
  stop: () => void;
}

const running = <C extends { stop: () => void }>(controller: C, subscriptions: (() => void)[]): Running<C> => ({
  controller,
  stop: () => {
    for (const unsubscribe of subscriptions) unsubscribe();
    controller.stop();
  },
});

/** Starts the metrics controller and feeds it the store changes it reacts to. */
export function startAnalysis(dependencies: AnalysisDependencies): Running<AnalysisController> {
  const { layersStore, uiStore, analysisStore, scenarioStore } = dependencies;
  const controller = new AnalysisController(dependencies);
  controller.start();
  return running(controller, [
    layersStore.subscribe(() => controller.inputsChanged()),
    uiStore.subscribe((next, previous) => {
      if (next.ruleSetId !== previous.ruleSetId || next.region !== previous.region) controller.inputsChanged();
      if (next.walkingView.isVisible !== previous.walkingView.isVisible) controller.walkingViewChanged();
    }),
    analysisStore.subscribe((next, previous) => {
      if (next.greenwayRadiusM !== previous.greenwayRadiusM) controller.inputsChanged();
    }),
    scenarioStore.subscribe((next, previous) => {
      if (next.activeScenarioId !== previous.activeScenarioId) controller.scenarioSwitched();
      else if (next.scenarios !== previous.scenarios) controller.scenarioEdited();
    }),
  ]);
}

/** Starts the project persistence and feeds it the store changes that are saved. */
export function startPersistence(options: PersistenceOptions): Running<PersistenceController> {
  const { layersStore, uiStore, scenarioStore } = options;
  const controller = new PersistenceController(options);
  const subscriptions = [
    layersStore.subscribe((next, previous) => {
      if (next.manifestStatus === "ready" && previous.manifestStatus !== "ready") controller.manifestReady();
      else if (next.data !== previous.data) controller.layerDataChanged();
      else if (next.views !== previous.views || next.order !== previous.order || next.metas !== previous.metas) controller.settingsChanged();
    }),
    uiStore.subscribe((next, previous) => {
      const isSaved =
        next.language !== previous.language ||
        next.region !== previous.region ||
        next.ruleSetId !== previous.ruleSetId ||
        next.basemap !== previous.basemap ||
        next.mapView !== previous.mapView ||
        next.blindSpotView !== previous.blindSpotView;
      if (isSaved) controller.settingsChanged();
    }),
  ];
  if (scenarioStore) {
    subscriptions.push(
      scenarioStore.subscribe((next, previous) => {
        if (next.scenarios !== previous.scenarios || next.activeScenarioId !== previous.activeScenarioId) controller.settingsChanged();
      }),
    );
  }
  controller.start();
  return running(controller, subscriptions);
}

/** Starts keeping the address in step with the stores. */
export function startUrlSync(options: UrlSyncOptions): Running<UrlSyncController> {
  const controller = new UrlSyncController(options);
  controller.start();
  const onChange = () => controller.storesChanged();
  const subscriptions = [options.uiStore.subscribe(onChange), options.layersStore.subscribe(onChange)];
  if (options.scenarioStore) subscriptions.push(options.scenarioStore.subscribe(onChange));
  return running(controller, subscriptions);
}

/** Starts loading visible layers' data; given `uiStore`, tile-set layers' data waits for the map's first frame. */
export function startLazyLayerLoading(options: Omit<LazyLayerLoadingOptions, "hasMapPainted"> & { uiStore?: UiStore }): Running<LazyLayerLoader> {
  const { uiStore, layersStore } = options;
  const controller = new LazyLayerLoader({ ...options, hasMapPainted: uiStore ? () => uiStore.getState().hasMapPainted : undefined });
  controller.start();
  const subscriptions = [
    layersStore.subscribe((next, previous) => {
      if (next.views !== previous.views || next.order !== previous.order) controller.layersChanged();
    }),
  ];
  if (uiStore) {
    subscriptions.push(
      uiStore.subscribe((next) => {
        if (next.hasMapPainted && controller.isDeferringTileSetData) controller.mapPainted();
      }),
    );
  }
  return running(controller, subscriptions);
}
