import { layersStore, uiStore } from "../../state/app-stores";
import { attributionText, selectProvenance } from "../../state/export-actions";

/** The attribution of the layers on the map and of an online basemap, for map pictures and the report. */
export function currentAttribution(): string {
  const basemap = uiStore.getState().basemap;
  return attributionText(selectProvenance(layersStore.getState(), []), basemap.kind === "off" ? null : basemap.attribution);
}
