import type { AnalysisClient } from "../worker/analysis-client";
import type { LayerSource } from "../services/layer-source";
import type { ProjectCoordination, ProjectStorage } from "../services/project-storage";
import type { UrlEnvironment } from "../services/url-environment";
import type { ProjectJournal } from "./persistence-controller";
import { parsePermalink } from "../state/permalink";
import { addressChoices } from "./url-sync-controller";
import { type AppStores, startAnalysis, startLazyLayerLoading, startPersistence, startUrlSync } from "./store-bindings";

/** The browser services the app runs on; tests pass fakes. */
export interface AppServices {
  layerSource: LayerSource;
  storage: ProjectStorage;
  coordination: ProjectCoordination;
  journal: ProjectJournal;
  urlEnvironment: UrlEnvironment;
  /** Registers a listener for the page being hidden or unloaded; returns its removal. */
  onPageHide: (listener: () => void) => () => void;
  /** The metrics worker client, asked for only when a planner first needs metrics. */
  analysisClient: () => AnalysisClient;
}

/**
 * The composition root: loads the manifest and starts every controller — persistence, URL sync, lazy layer
 * loading and (on demand) metrics — wiring each to the stores. The one place where the app subscribes to its stores
 * outside React and the map. Returns a function that stops them all.
 */
export function compose(stores: AppStores, services: AppServices): () => void {
  const { layersStore, uiStore, scenarioStore } = stores;
  void layersStore.getState().loadManifest(services.layerSource);
  // A permalink's choices win over the project saved in this browser.
  const startLink = parsePermalink(services.urlEnvironment.search());
  const persistence = startPersistence({
    layersStore,
    uiStore,
    scenarioStore,
    storage: services.storage,
    onError: (message) => uiStore.getState().reportStorageError(message),
    debounceMs: 400,
    onPageHide: services.onPageHide,
    coordination: services.coordination,
    linked: () => addressChoices(startLink, uiStore, layersStore),
    journal: services.journal,
  });
  const urlSync = startUrlSync({ uiStore, layersStore, environment: services.urlEnvironment, scenarioStore });
  // Layers drawn from the built-in tile set load their GeoJSON (for inspection and metrics) after the first frame.
  const lazyLoading = startLazyLayerLoading({ layersStore, source: services.layerSource, uiStore });
  const analysis = startAnalysisWhenWanted(stores, services);
  return () => {
    analysis();
    lazyLoading.stop();
    urlSync.stop();
    persistence.stop();
  };
}

/**
 * The metrics worker starts only when a planner opens a tab that shows metrics (or a scenario): the public viewer
 * needs no coverage run, and the first map frame should not compete with it for the CPU.
 */
function startAnalysisWhenWanted(stores: AppStores, services: AppServices): () => void {
  const { uiStore, scenarioStore } = stores;
  let stopAnalysis: (() => void) | null = null;
  const startIfWanted = () => {
    const ui = uiStore.getState();
    const wantsMetrics = ui.panelTab === "metrics" || ui.panelTab === "dashboard" || scenarioStore.getState().activeScenarioId !== null;
    if (stopAnalysis || ui.mode !== "planner" || !wantsMetrics) return;
    stopAnalysis = startAnalysis({ ...stores, client: services.analysisClient(), source: services.layerSource }).stop;
  };
  startIfWanted();
  const subscriptions = [uiStore.subscribe(startIfWanted), scenarioStore.subscribe(startIfWanted)];
  return () => {
    for (const unsubscribe of subscriptions) unsubscribe();
    stopAnalysis?.();
  };
}
