import * as maplibregl from "maplibre-gl";
import type { MapMouseEvent } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import { configureMapLibre } from "./maplibre-setup";
import { isLargeLayer } from "../domain/layer-meta";
import { layerJsonUrl, whenLayerJsonUrl } from "../services/layer-json-url";
import { type LayersState, selectVisibleLayerIds } from "../state/layers-store";
import type { BasemapSettings, CameraView, FeatureSelection } from "../state/ui-store";
import { BASEMAP_LAYER_ID, BASEMAP_SOURCE_ID, BACKGROUND_LAYER_ID, buildBaseStyle, buildBasemapSource, seaBackgroundLayer } from "./basemap-style";
import { skipSkyPass } from "./sky-pass";
import { selectLabelPoints } from "../state/label-points";
import { labelSourceIdOf, TILE_SET_SOURCE_ID } from "./build-layer-style";
import { StartupPaintGate } from "./startup-paint-gate";
import { HIGHLIGHT_SOURCE_ID, highlightLayers } from "./highlight-style";
import { CJK_FONT_STACK } from "../domain/cjk-fonts";
import { mapSafeData } from "./map-safe-data";
import { isDrawnAsTiles } from "./tiled-drawing";
import { applyMapChanges, createMapLayerBook, type MapChangeEffects } from "./apply-map-changes";
import { type MapFacts, type MapOperation, planLandVisibility, planMapChanges } from "./plan-map-changes";
import { OverlayPlugin } from "./overlay-plugin";
import { createBlindSpotOverlay } from "./blind-spot-overlay";
import type { UrlOverlay } from "./url-overlay";
import { WalkingOverlay } from "./walking-overlay";
import { type SiteView, SitingLayer } from "./siting-layer";
import { SITING_SITES_LAYER_ID } from "../state/siting-store";
import { type NearestParkView, PublicViewerOverlay } from "./public-viewer-overlay";
import { alternativesTo, pickFeature, selectionOf } from "./feature-picking";
import { startCompactAttributionCollapsed } from "./compact-attribution";

export type { NearestParkView } from "./public-viewer-overlay";

export interface MapAdapterOptions {
  bbox: [number, number, number, number];
  /** Start camera; wins over `bbox` (permalinks). */
  camera?: CameraView;
  basemap: BasemapSettings;
  /** A click picked `selection`; `alternatives` are the other features under the pointer, topmost first. */
  onPick: (selection: FeatureSelection | null, alternatives: FeatureSelection[]) => void;
  onCursor: (lonLat: [number, number] | null) => void;
  onCameraChange: (view: CameraView) => void;
  /** Every click/tap on the map with its WGS84 position (the public viewer's "near here?"). */
  onTap: (lonLat: [number, number]) => void;
  /** The map has painted its first frame (complete, or after the longest wait). */
  onFirstPaint?: () => void;
}

/** Label points are computed this many zoom levels before a layer's labels appear. */
const LABEL_POINTS_LEAD_ZOOM = 1;

/**
 * The only owner of the MapLibre map (Placemark `PMap` pattern): state is pushed in through `sync`, which plans
 * the changes from the last state it saw (`planMapChanges`, pure) and applies them (`applyMapChanges`).
 */
export class MapAdapter {
  readonly map: maplibregl.Map;
  private previous: LayersState | null = null;
  /** The thematic layers on the map, as the applied operations left them. */
  private readonly book = createMapLayerBook();
  private hovered: FeatureSelection | null = null;
  private selected: FeatureSelection | null = null;
  private latest: LayersState | null = null;
  private isReady = false;
  /** False while a drawing or measuring tool owns the pointer: no hover highlight, no pointer cursor. */
  private isPicking = true;
  private labelPointsScheduled = false;
  private readonly overlayPlugin = new OverlayPlugin();
  private readonly blindSpots: UrlOverlay;
  private readonly walking: WalkingOverlay;
  private readonly publicViewer: PublicViewerOverlay;
  private readonly siting: SitingLayer;
  private readonly effects: MapChangeEffects = {
    waitForOverlayPlugin: () => void this.overlayPlugin.load().then(() => this.resync()),
    waitForLayerUrl: (data) => void whenLayerJsonUrl(data).then(() => this.resync()),
    refreshHighlight: () => this.updateHighlight(),
  };
  /** Holds MapLibre's painting until the start-up layers are on the map (see `StartupPaintGate`). */
  readonly paintGate: StartupPaintGate;
  /** Whether an online basemap is on: it then stands in for the land fill (see `planLandVisibility`). */
  private hasBasemap: boolean;

  constructor(
    container: HTMLElement,
    private readonly options: MapAdapterOptions,
  ) {
    configureMapLibre();
    this.hasBasemap = buildBasemapSource(options.basemap) !== null;
    this.map = new maplibregl.Map({
      container,
      style: buildBaseStyle(options.basemap),
      ...(options.camera ? { center: options.camera.center, zoom: options.camera.zoom } : { bounds: options.bbox, fitBoundsOptions: { padding: 20 } }),
      attributionControl: false,
      localIdeographFontFamily: CJK_FONT_STACK,
      maxZoom: 19,
      fadeDuration: 0,
    });
    this.blindSpots = createBlindSpotOverlay(this.map, this.overlayPlugin, (ready) => this.whenReady(ready));
    this.walking = new WalkingOverlay(this.map, this.overlayPlugin, (ready) => this.whenReady(ready));
    this.publicViewer = new PublicViewerOverlay(this.map);
    this.siting = new SitingLayer(this.map, (ready) => this.whenReady(ready));
    if (!skipSkyPass(this.map)) this.map.once("style.load", () => this.map.addLayer(seaBackgroundLayer(), this.map.getStyle().layers[0]?.id));
    this.paintGate = new StartupPaintGate(
      this.map,
      () => this.isStartupComplete(),
      undefined,
      () => options.onFirstPaint?.(),
    );
    this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), "top-right");
    this.map.addControl(new maplibregl.ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-left");
    this.map.addControl(new maplibregl.AttributionControl(), "bottom-right");
    startCompactAttributionCollapsed(this.map);
    this.map.on("mousemove", (event) => this.handleMove(event));
    this.map.on("mouseout", () => {
      this.setHover(null);
      options.onCursor(null);
    });
    this.map.on("click", (event) => this.handleClick(event));
    this.map.on("zoomend", () => this.applyPendingLabelPoints());
    this.map.on("moveend", () => {
      const center = this.map.getCenter();
      options.onCameraChange({ center: [center.lng, center.lat], zoom: this.map.getZoom() });
    });
    this.map.on("load", () => {
      this.isReady = true;
      this.map.addSource(HIGHLIGHT_SOURCE_ID, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
      for (const layer of highlightLayers()) this.map.addLayer(layer);
      this.publicViewer.attach();
      if (this.latest) this.sync(this.latest);
      this.updateHighlight();
    });
  }

  /** Pushes the layers state into the map; a no-op for parts that did not change. */
  sync(next: LayersState): void {
    this.latest = next;
    if (!this.isReady) return;
    this.apply(planMapChanges(this.previous, next, this.factsFor(next)));
    this.applyPendingLabelPoints();
    this.previous = next;
    this.paintGate.check();
  }

  private apply(operations: readonly MapOperation[]): void {
    applyMapChanges(this.map, operations, this.book, this.effects);
  }

  /** What the planner needs to know of the map for `next`. */
  private factsFor(next: LayersState): MapFacts {
    const layerJsonUrls = new Map<string, string>();
    if (this.overlayPlugin.status === "loaded") {
      for (const id of next.order) {
        const meta = next.metas[id];
        const data = next.data[id];
        const url = meta && data && isDrawnAsTiles(meta, data) ? layerJsonUrl(data) : null;
        if (url) layerJsonUrls.set(id, url);
      }
    }
    return {
      addedLayerIds: this.book.addedLayerIds,
      tileSetLayerIds: this.book.tileSetLayers,
      tiledLayerUrls: this.book.tiledLayers,
      hasTileSetSource: this.map.getSource(TILE_SET_SOURCE_ID) !== undefined,
      overlayPlugin: this.overlayPlugin.status,
      layerJsonUrls,
      hasBasemap: this.hasBasemap,
      isHighlighting: this.hovered !== null || this.selected !== null,
    };
  }

  /** Runs `sync` again on the latest state (after something a large layer waited for became ready). */
  private resync(): void {
    if (this.latest) this.sync(this.latest);
  }

  /**
   * True when the map holds everything the start-up view shows: the manifest has loaded (or failed), every visible
   * layer's data is on the map (or failed to load) and MapLibre has finished its sources and tiles. A restored
   * large layer is not waited for: its text takes seconds to prepare, and the rest of the map should not.
   */
  private isStartupComplete(): boolean {
    const state = this.latest;
    if (!state || state.manifestStatus === "idle" || state.manifestStatus === "loading") return false;
    const isReady = (id: string) => {
      const meta = state.metas[id];
      if (state.dataStatus[id] === "error" || (meta && isLargeLayer(meta))) return true;
      // Drawn from the tile set: on the map once added (its tiles count in `map.loaded()`), whether or not its
      // GeoJSON (for the inspector and metrics) has arrived.
      if (this.book.tileSetLayers.has(id)) return true;
      return state.data[id] !== undefined && this.book.addedLayerIds.has(id);
    };
    return selectVisibleLayerIds(state).every(isReady) && this.map.loaded();
  }

  /**
   * Gives polygon layers their label points once the map is within a zoom level of showing the labels: computing
   * them (pole of inaccessibility per feature) for, say, a thousand parks whose labels start at zoom 12 would
   * otherwise hold up the first frame.
   */
  private applyPendingLabelPoints(): void {
    const zoom = this.map.getZoom();
    const pending = this.book.labelPointsPending;
    for (const id of [...pending]) {
      const meta = this.latest?.metas[id];
      const data = this.latest?.data[id];
      if (!meta || !data || !this.book.addedLayerIds.has(id)) {
        pending.delete(id);
        continue;
      }
      if (zoom < (meta.style.labelMinZoom ?? 0) - LABEL_POINTS_LEAD_ZOOM) continue;
      pending.delete(id);
      this.geoJsonSource(labelSourceIdOf(meta))?.setData(selectLabelPoints(mapSafeData(data)));
      // One layer's label points per task (polylabel on large polygons takes tens of ms): the rest in later tasks.
      if (pending.size > 0 && !this.labelPointsScheduled) {
        this.labelPointsScheduled = true;
        setTimeout(() => {
          this.labelPointsScheduled = false;
          if (this.isReady) this.applyPendingLabelPoints();
        }, 0);
      }
      return;
    }
  }

  private geoJsonSource(id: string): maplibregl.GeoJSONSource | undefined {
    return this.map.getSource(id) as maplibregl.GeoJSONSource | undefined;
  }

  /** Turns hover and pointer cursor off while a drawing or measuring tool owns the pointer (and back on). */
  setPicking(isPicking: boolean): void {
    if (this.isPicking === isPicking) return;
    this.isPicking = isPicking;
    if (isPicking) return;
    this.setHover(null);
    // Only the pointer cursor is ours; the drawing tool's own cursor stays.
    const canvas = this.map.getCanvas();
    if (canvas.style.cursor === "pointer") canvas.style.cursor = "";
  }

  private handleMove(event: MapMouseEvent): void {
    this.options.onCursor([event.lngLat.lng, event.lngLat.lat]);
    // The drawing tool sets its own cursor; nothing under the pointer is highlighted while it is on.
    if (!this.isPicking) return;
    const feature = pickFeature(this.map, event.point, this.latest, this.book.addedLayerIds).picked;
    this.setHover(selectionOf(feature));
    this.map.getCanvas().style.cursor = feature ? "pointer" : "";
  }

  private handleClick(event: MapMouseEvent): void {
    this.options.onTap([event.lngLat.lng, event.lngLat.lat]);
    if (!this.isPicking) return;
    const { picked, under } = pickFeature(this.map, event.point, this.latest, this.book.addedLayerIds);
    const selection = selectionOf(picked);
    this.options.onPick(selection, alternativesTo(selection, under));
  }

  private setHover(target: FeatureSelection | null): void {
    if (this.hovered?.layerId === target?.layerId && this.hovered?.featureIndex === target?.featureIndex) return;
    this.hovered = target;
    this.updateHighlight();
  }

  /** Marks the selected feature on the map. */
  showSelection(selection: FeatureSelection | null): void {
    this.selected = selection;
    this.updateHighlight();
  }

  /** Copies the hovered and selected features (from the store's data) into the small highlight source. */
  private updateHighlight(): void {
    const source = this.isReady ? this.geoJsonSource(HIGHLIGHT_SOURCE_ID) : undefined;
    if (!source) return;
    const features: FeatureCollection["features"] = [];
    const add = (target: FeatureSelection | null, role: "hover" | "selected") => {
      const site = target?.layerId === SITING_SITES_LAYER_ID ? this.siting.siteAt(target.featureIndex) : undefined;
      if (site) features.push({ type: "Feature", properties: { role }, geometry: { type: "Point", coordinates: [site.lon, site.lat] } });
      const feature = target ? this.latest?.data[target.layerId]?.features[target.featureIndex] : undefined;
      if (feature?.geometry) features.push({ type: "Feature", properties: { role }, geometry: feature.geometry });
    };
    add(this.selected, "selected");
    if (this.hovered && (this.hovered.layerId !== this.selected?.layerId || this.hovered.featureIndex !== this.selected?.featureIndex))
      add(this.hovered, "hover");
    source.setData({ type: "FeatureCollection", features });
  }

  /** Calls `ready` with the map once its style has loaded (at once when it already has). */
  whenReady(ready: (map: maplibregl.Map) => void): void {
    if (this.isReady) ready(this.map);
    else this.map.once("load", () => ready(this.map));
  }

  /** Draws the analysis blind spots of a GeoJSON object URL on top of the thematic layers, or removes them (null). */
  showBlindSpots(url: string | null): void {
    this.blindSpots.show(url);
  }

  /** Shows or hides the blind-spot overlay and sets its opacity (the layer panel's toggle and slider). */
  setBlindSpotView(view: { isVisible: boolean; opacityRatio: number }): void {
    this.blindSpots.setView(view);
  }

  /** Draws the walking service areas and the "radius yes, walking no" land of GeoJSON object URLs (null removes). */
  showWalking(urls: { serviceAreas: string | null; radiusOnly: string | null }): void {
    this.walking.show(urls);
  }

  /** Shows or hides the walking view and sets its opacity (the layer panel's 步行可达 row). */
  setWalkingView(view: { isVisible: boolean; opacityRatio: number }): void {
    this.walking.setView(view);
  }

  /** Draws the siting tool's suggested sites, numbered by rank (none: removes them). */
  showSitingSites(sites: readonly SiteView[]): void {
    this.siting.show(sites);
    this.updateHighlight();
  }

  /** Shows (or removes) the marker of the place a resident asked about. */
  showProbe(lonLat: [number, number] | null): void {
    this.publicViewer.showProbe(lonLat);
  }

  /** Shows (or removes) the public viewer's nearest park to the resident's place, with the line and distance to it. */
  showNearestPark(nearest: NearestParkView | null): void {
    this.publicViewer.showNearestPark(nearest);
  }

  /** Switches the online raster basemap on, off or to another server. */
  setBasemap(basemap: BasemapSettings): void {
    if (this.map.getLayer(BASEMAP_LAYER_ID)) this.map.removeLayer(BASEMAP_LAYER_ID);
    if (this.map.getSource(BASEMAP_SOURCE_ID)) this.map.removeSource(BASEMAP_SOURCE_ID);
    const source = buildBasemapSource(basemap);
    this.hasBasemap = source !== null;
    // The opaque land fill steps aside while an online basemap is on: the basemap, the lowest layer of the
    // style, then shows on land as on sea, under every thematic layer.
    if (this.latest && this.isReady) this.apply(planLandVisibility(this.latest, this.book.addedLayerIds, this.hasBasemap));
    if (!source) return;
    this.map.addSource(BASEMAP_SOURCE_ID, source);
    const firstAbove = this.map.getStyle().layers.find((layer) => layer.id !== BACKGROUND_LAYER_ID)?.id;
    this.map.addLayer({ id: BASEMAP_LAYER_ID, type: "raster", source: BASEMAP_SOURCE_ID }, firstAbove);
  }

  jumpTo(view: CameraView): void {
    this.map.jumpTo({ center: view.center, zoom: view.zoom });
  }

  fitBounds(bbox: [number, number, number, number]): void {
    this.map.fitBounds(bbox, { padding: 30, duration: 0 });
  }

  destroy(): void {
    this.isReady = false;
    this.book.labelPointsPending.clear();
    this.paintGate.release();
    this.map.remove();
  }
}
