import { createLayersStore } from "./layers-store";
import { fetchLayerSource } from "./layer-source";
import { createUiStore } from "./ui-store";

/** The app's single instances; tests create their own with the factories. */
export const layersStore = createLayersStore();
export const uiStore = createUiStore();
export const layerSource = fetchLayerSource();
