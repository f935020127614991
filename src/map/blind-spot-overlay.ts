import type * as maplibregl from "maplibre-gl";
import { BLIND_SPOT_LAYER_IDS, BLIND_SPOT_PATTERN_ID, BLIND_SPOT_SOURCE_ID, blindSpotLayers, hatchPattern } from "./blind-spot-style";
import type { OverlayPlugin } from "./overlay-plugin";
import { UrlOverlay } from "./url-overlay";

const [FILL_ID, OUTLINE_ID] = BLIND_SPOT_LAYER_IDS as [string, string];

/** The analysis blind spots (uncovered residential land), hatched, on top of the thematic layers. */
export function createBlindSpotOverlay(map: maplibregl.Map, plugin: OverlayPlugin, whenReady: (ready: () => void) => void): UrlOverlay {
  return new UrlOverlay(map, plugin, whenReady, {
    sourceId: BLIND_SPOT_SOURCE_ID,
    layers: blindSpotLayers,
    opacity: [
      { layerId: FILL_ID, property: "fill-opacity", fullRatio: 1 },
      { layerId: OUTLINE_ID, property: "line-opacity", fullRatio: 1 },
    ],
    addImages: (target) => {
      if (!target.hasImage(BLIND_SPOT_PATTERN_ID)) target.addImage(BLIND_SPOT_PATTERN_ID, hatchPattern());
    },
  });
}
