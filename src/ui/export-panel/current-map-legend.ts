import { analysisStore, layersStore, uiStore } from "../../state/app-stores";
import type { MapLegend } from "../../state/map-exporter-registry";
import { mapLegendOf } from "./map-legend";

/** The legend of the map as it is on screen now, for the exported picture. */
export function currentMapLegend(): MapLegend {
  const layers = layersStore.getState();
  const ui = uiStore.getState();
  const analysis = analysisStore.getState();
  const blindSpotCount = (analysis.scenarioReport ?? analysis.report)?.blindSpotCount ?? 0;
  return mapLegendOf({
    order: layers.order,
    metas: layers.metas,
    isVisible: (id) => layers.views[id]?.isVisible === true,
    region: ui.region,
    hasBlindSpots: ui.blindSpotView.isVisible && blindSpotCount > 0,
    language: ui.language,
  });
}
