import { type AnalysisClient, createAnalysisClient } from "../worker/analysis-client";
import { createImportClient, type ImportClient } from "../worker/import-client";
import { createAnalysisStore } from "./analysis-store";
import { createImportStore } from "./import-store";
import { createLayersStore } from "./layers-store";
import { createPointerStore } from "./pointer-store";
import { fetchLayerSource } from "./layer-source";
import { createScenarioStore } from "./scenario-store";
import { createSitingStore } from "./siting-store";
import { createSitingClient, type SitingClient } from "../worker/siting-client";
import { createUiStore } from "./ui-store";

/** The app's single instances; tests create their own with the factories. */
export const layersStore = createLayersStore();
export const uiStore = createUiStore();
export const pointerStore = createPointerStore();
export const layerSource = fetchLayerSource();
export const importStore = createImportStore();
export const analysisStore = createAnalysisStore();
export const scenarioStore = createScenarioStore();
export const sitingStore = createSitingStore();

let sitingClient: SitingClient | null = null;
/** The siting worker client, created when the planner first asks for suggestions. */
export function getSitingClient(): SitingClient {
  sitingClient ??= createSitingClient();
  return sitingClient;
}

let analysisClient: AnalysisClient | null = null;
/** The metrics worker client, created on first use. */
export function getAnalysisClient(): AnalysisClient {
  analysisClient ??= createAnalysisClient();
  return analysisClient;
}

let importClient: ImportClient | null = null;
/** The import worker client, created on first use so the worker only starts when someone imports. */
export function getImportClient(): ImportClient {
  importClient ??= createImportClient();
  return importClient;
}
