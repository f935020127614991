import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { analysisStore, getAnalysisClient, layerSource, layersStore, scenarioStore, uiStore } from "./state/app-stores";
import { wireAnalysis } from "./state/analysis-wiring";
import { indexedDbStorage } from "./state/idb-storage";
import { startPersistence } from "./state/persistence";
import { browserUrlEnvironment, startUrlSync } from "./state/url-sync";
import { wireLazyLayerLoading } from "./state/wiring";
import { AppShell } from "./ui/app-shell";
import "./ui/styles.css";

void layersStore.getState().loadManifest(layerSource);
startPersistence(layersStore, uiStore, indexedDbStorage, (message) => uiStore.getState().reportStorageError(message), 400, scenarioStore);
startUrlSync(uiStore, layersStore, browserUrlEnvironment(), scenarioStore);
wireLazyLayerLoading(layersStore, layerSource);
// The metrics worker starts only in the planner view (the public viewer needs no coverage run).
let isAnalysisWired = false;
const wireAnalysisInPlannerMode = () => {
  if (isAnalysisWired || uiStore.getState().mode !== "planner") return;
  isAnalysisWired = true;
  wireAnalysis(layersStore, uiStore, analysisStore, scenarioStore, getAnalysisClient(), layerSource);
};
wireAnalysisInPlannerMode();
uiStore.subscribe(wireAnalysisInPlannerMode);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppShell />
    </StrictMode>,
  );
}
