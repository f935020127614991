import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import * as maplibregl from "maplibre-gl";
import { raiseOverlays } from "./apply-map-changes";
import { SIMPLIFY_TOLERANCE } from "./build-layer-style";
import type { OverlayPlugin } from "./overlay-plugin";
import { OVERLAY_SOURCE_LAYER, OVERLAY_TILE_MAX_ZOOM, overlayTileTemplate } from "./overlay-tiles-url";

/** What an analysis overlay draws: its source, its style layers, and the opacity each of them takes at 100 %. */
export interface UrlOverlaySpec {
  sourceId: string;
  /** Style layers; `sourceLayer` is given for vector tiles (the normal path), omitted for the GeoJSON fallback. */
  layers: (sourceLayer?: string) => LayerSpecification[];
  /** Per style layer: the paint property that carries the opacity and its value at full opacity. */
  opacity: readonly { layerId: string; property: "fill-opacity" | "line-opacity"; fullRatio: number }[];
  /** Adds the images its layers use (a hatch pattern), when missing. */
  addImages?: (map: maplibregl.Map) => void;
}

/**
 * An analysis overlay (blind spots, walking service areas…), drawn on top of the thematic layers. It arrives as a
 * GeoJSON object URL from the analysis worker. Normally the overlay-tiles plugin, loaded into MapLibre's workers,
 * cuts it into vector tiles there, so the main thread never holds the collection; should the plugin fail to load,
 * a plain GeoJSON source still draws it.
 */
export class UrlOverlay {
  private request = 0;
  private view = { isVisible: true, opacityRatio: 1 };

  constructor(
    private readonly map: maplibregl.Map,
    private readonly plugin: OverlayPlugin,
    /** Calls its argument once the map's style has loaded (at once when it has). */
    private readonly whenReady: (ready: () => void) => void,
    private readonly spec: UrlOverlaySpec,
  ) {}

  /** Draws the features of `url`, or removes them (null); the latest call wins. */
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
    const { sourceId } = this.spec;
    const source = this.map.getSource(sourceId);
    if (source && asTiles && source instanceof maplibregl.VectorTileSource) {
      source.setTiles([overlayTileTemplate(objectUrl, sourceId, "overlay")]);
    } else if (source && !asTiles && source instanceof maplibregl.GeoJSONSource) {
      source.setData(objectUrl);
    } else {
      this.spec.addImages?.(this.map);
      this.map.addSource(
        sourceId,
        asTiles
          ? { type: "vector", tiles: [overlayTileTemplate(objectUrl, sourceId, "overlay")], maxzoom: OVERLAY_TILE_MAX_ZOOM }
          : { type: "geojson", data: objectUrl, tolerance: SIMPLIFY_TOLERANCE },
      );
      for (const layer of this.spec.layers(asTiles ? OVERLAY_SOURCE_LAYER : undefined)) this.map.addLayer(layer);
      this.applyView();
    }
    raiseOverlays(this.map);
  }

  private applyView(): void {
    const visibility = this.view.isVisible ? "visible" : "none";
    for (const { layerId, property, fullRatio } of this.spec.opacity) {
      if (!this.map.getLayer(layerId)) continue;
      this.map.setLayoutProperty(layerId, "visibility", visibility);
      this.map.setPaintProperty(layerId, property, fullRatio * this.view.opacityRatio);
    }
  }

  private remove(): void {
    for (const { layerId } of this.spec.opacity) if (this.map.getLayer(layerId)) this.map.removeLayer(layerId);
    if (this.map.getSource(this.spec.sourceId)) this.map.removeSource(this.spec.sourceId);
  }
}
