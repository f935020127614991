import type * as maplibregl from "maplibre-gl";
import type { OverlayPlugin } from "./overlay-plugin";
import { UrlOverlay } from "./url-overlay";
import {
  RADIUS_ONLY_LAYER_IDS,
  RADIUS_ONLY_SOURCE_ID,
  radiusOnlyLayers,
  WALKING_AREA_LAYER_IDS,
  WALKING_AREA_SOURCE_ID,
  walkingAreaLayers,
} from "./walking-style";

/**
 * The walking view: the walking service areas and the "radius yes, walking no" residential land, two overlays
 * switched together (the layer panel's 步行可达 row).
 */
export class WalkingOverlay {
  private readonly areas: UrlOverlay;
  private readonly radiusOnly: UrlOverlay;

  constructor(map: maplibregl.Map, plugin: OverlayPlugin, whenReady: (ready: () => void) => void) {
    const [areaFill, areaLine] = WALKING_AREA_LAYER_IDS as [string, string];
    const [onlyFill, onlyLine] = RADIUS_ONLY_LAYER_IDS as [string, string];
    this.areas = new UrlOverlay(map, plugin, whenReady, {
      sourceId: WALKING_AREA_SOURCE_ID,
      layers: walkingAreaLayers,
      opacity: [
        { layerId: areaFill, property: "fill-opacity", fullRatio: 0.3 },
        { layerId: areaLine, property: "line-opacity", fullRatio: 1 },
      ],
    });
    this.radiusOnly = new UrlOverlay(map, plugin, whenReady, {
      sourceId: RADIUS_ONLY_SOURCE_ID,
      layers: radiusOnlyLayers,
      opacity: [
        { layerId: onlyFill, property: "fill-opacity", fullRatio: 0.7 },
        { layerId: onlyLine, property: "line-opacity", fullRatio: 1 },
      ],
    });
  }

  /** Draws the two collections of the shown report (null removes one). */
  show(urls: { serviceAreas: string | null; radiusOnly: string | null }): void {
    this.areas.show(urls.serviceAreas);
    this.radiusOnly.show(urls.radiusOnly);
  }

  setView(view: { isVisible: boolean; opacityRatio: number }): void {
    this.areas.setView(view);
    this.radiusOnly.setView(view);
  }
}
