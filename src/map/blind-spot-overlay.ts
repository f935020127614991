import * as maplibregl from "maplibre-gl";
import { raiseOverlays } from "./apply-map-changes";
import { BLIND_SPOT_LAYER_IDS, BLIND_SPOT_PATTERN_ID, BLIND_SPOT_SOURCE_ID, blindSpotLayers, hatchPattern } from "./blind-spot-style";
import { SIMPLIFY_TOLERANCE } from "./build-layer-style";
import type { OverlayPlugin } from "./overlay-plugin";
import { OVERLAY_SOURCE_LAYER, OVERLAY_TILE_MAX_ZOOM, overlayTileTemplate } from "./overlay-tiles-url";

/**
 * The analysis blind spots (uncovered residential land), drawn on top of the thematic layers. They arrive as a
 * GeoJSON object URL from the analysis worker. Normally the overlay-tiles plugin, loaded into MapLibre's workers,
 * cuts them into vector tiles there, so the main thread never holds the collection; should the plugin fail to
 * load, a plain GeoJSON source still draws them.
 */
export class BlindSpotOverlay {
  private request = 0;
  private view = { isVisible: true, opacityRatio: 1 };

  constructor(
    private readonly map: maplibregl.Map,
    private readonly plugin: OverlayPlugin,
    /** Calls its argument once the map's style has loaded (at once when it has). */
    private readonly whenReady: (ready: () => void) => void,
  ) {}

  /** Draws the blind spots of `url`, or removes them (null); the latest call wins. */
  show(url: string | null): void {
    const request = ++this.request;
    if (!url) {
      this.whenReady(() => this.remove());
      return;
    }
    void this.plugin.load().then((asTiles) => {
      this.whenReady(() => {
        if (request === this.request) this.apply(url, asTiles);
      });
    });
  }

  /** Shows or hides the overlay and sets its opacity (the layer panel's toggle and slider). */
  setView(view: { isVisible: boolean; opacityRatio: number }): void {
    this.view = view;
    this.whenReady(() => this.applyView());
  }

  private apply(objectUrl: string, asTiles: boolean): void {
    const source = this.map.getSource(BLIND_SPOT_SOURCE_ID);
    if (source && asTiles && source instanceof maplibregl.VectorTileSource) {
      source.setTiles([overlayTileTemplate(objectUrl, BLIND_SPOT_SOURCE_ID, "overlay")]);
    } else if (source && !asTiles && source instanceof maplibregl.GeoJSONSource) {
      source.setData(objectUrl);
    } else {
      if (!this.map.hasImage(BLIND_SPOT_PATTERN_ID)) this.map.addImage(BLIND_SPOT_PATTERN_ID, hatchPattern());
      this.map.addSource(
        BLIND_SPOT_SOURCE_ID,
        asTiles
          ? { type: "vector", tiles: [overlayTileTemplate(objectUrl, BLIND_SPOT_SOURCE_ID, "overlay")], maxzoom: OVERLAY_TILE_MAX_ZOOM }
          : { type: "geojson", data: objectUrl, tolerance: SIMPLIFY_TOLERANCE },
      );
      for (const layer of blindSpotLayers(asTiles ? OVERLAY_SOURCE_LAYER : undefined)) this.map.addLayer(layer);
      this.applyView();
    }
    raiseOverlays(this.map);
  }

  private applyView(): void {
    const [fillId, outlineId] = BLIND_SPOT_LAYER_IDS as [string, string];
    const visibility = this.view.isVisible ? "visible" : "none";
    if (this.map.getLayer(fillId)) {
      this.map.setLayoutProperty(fillId, "visibility", visibility);
      this.map.setPaintProperty(fillId, "fill-opacity", this.view.opacityRatio);
    }
    if (this.map.getLayer(outlineId)) {
      this.map.setLayoutProperty(outlineId, "visibility", visibility);
      this.map.setPaintProperty(outlineId, "line-opacity", this.view.opacityRatio);
    }
  }

  private remove(): void {
    for (const id of BLIND_SPOT_LAYER_IDS) if (this.map.getLayer(id)) this.map.removeLayer(id);
    if (this.map.getSource(BLIND_SPOT_SOURCE_ID)) this.map.removeSource(BLIND_SPOT_SOURCE_ID);
  }
}
