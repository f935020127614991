import { createImportClient, type ImportClient } from "../worker/import-client";
import { createImportStore } from "./import-store";
import { createLayersStore } from "./layers-store";
import { fetchLayerSource } from "./layer-source";
import { createUiStore } from "./ui-store";

/** The app's single instances; tests create their own with the factories. */
export const layersStore = createLayersStore();
export const uiStore = createUiStore();
export const layerSource = fetchLayerSource();
export const importStore = createImportStore();

let importClient: ImportClient | null = null;
/** The import worker client, created on first use so the worker only starts when someone imports. */
export function getImportClient(): ImportClient {
  importClient ??= createImportClient();
  return importClient;
}
