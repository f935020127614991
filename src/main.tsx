import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { analysisStore, getAnalysisClient, layerSource, layersStore, scenarioStore, uiStore } from "./state/app-stores";
import { wireAnalysis } from "./state/analysis-wiring";
import { browserCoordination, indexedDbStorage, localStorageJournal } from "./state/idb-storage";
import { startPersistence } from "./state/persistence";
import { parsePermalink } from "./state/permalink";
import { addressChoices, browserUrlEnvironment, startUrlSync } from "./state/url-sync";
import { wireLazyLayerLoading } from "./state/wiring";
import { AppShell } from "./ui/app-shell";
import "./ui/styles.css";

void layersStore.getState().loadManifest(layerSource);
// A permalink's choices win over the project saved in this browser.
const startLink = parsePermalink(window.location.search);
startPersistence(layersStore, uiStore, indexedDbStorage, (message) => uiStore.getState().reportStorageError(message), 400, scenarioStore, (listener) => {
  const onHidden = () => {
    if (document.visibilityState === "hidden") listener();
  };
  window.addEventListener("pagehide", listener);
  document.addEventListener("visibilitychange", onHidden);
  return () => {
    window.removeEventListener("pagehide", listener);
    document.removeEventListener("visibilitychange", onHidden);
  };
}, browserCoordination(), () => addressChoices(startLink, uiStore, layersStore), localStorageJournal());
startUrlSync(uiStore, layersStore, browserUrlEnvironment(), scenarioStore);
// Layers drawn from the built-in tile set load their GeoJSON (for inspection and metrics) after the first frame.
wireLazyLayerLoading(layersStore, layerSource, {
  hasPainted: () => uiStore.getState().hasMapPainted,
  subscribe: (listener) => uiStore.subscribe(listener),
});
// The metrics worker starts only when a planner opens a tab that shows metrics (or a scenario): the public
// viewer needs no coverage run, and the first map frame should not compete with it for the CPU.
let isAnalysisWired = false;
const wireAnalysisInPlannerMode = () => {
  const ui = uiStore.getState();
  const wantsMetrics = ui.panelTab === "metrics" || ui.panelTab === "dashboard" || scenarioStore.getState().activeScenarioId !== null;
  if (isAnalysisWired || ui.mode !== "planner" || !wantsMetrics) return;
  isAnalysisWired = true;
  wireAnalysis(layersStore, uiStore, analysisStore, scenarioStore, getAnalysisClient(), layerSource);
};
wireAnalysisInPlannerMode();
uiStore.subscribe(wireAnalysisInPlannerMode);
scenarioStore.subscribe(wireAnalysisInPlannerMode);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppShell />
    </StrictMode>,
  );
}
