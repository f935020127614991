import * as maplibregl from "maplibre-gl";
import { mapSafeData } from "./map-safe-data";
import type { MapGeoJSONFeature, MapMouseEvent } from "maplibre-gl";
import { configureMapLibre, overlayPluginUrl } from "./maplibre-setup";
import { OVERLAY_SOURCE_LAYER, OVERLAY_TILE_MAX_ZOOM, overlayTileTemplate } from "./overlay-tiles-url";
import { isLargeLayer, type LayerMeta } from "../domain/layer-meta";
import { layerJsonUrl, whenLayerJsonUrl } from "../state/layer-json-url";
import type { Feature, FeatureCollection } from "geojson";
import { type LayersState, selectVisibleLayerIds } from "../state/layers-store";
import type { BasemapSettings, CameraView, FeatureSelection } from "../state/ui-store";
import { BASEMAP_LAYER_ID, BASEMAP_SOURCE_ID, BACKGROUND_LAYER_ID, buildBaseStyle, buildBasemapSource, seaBackgroundLayer } from "./basemap-style";
import { skipSkyPass } from "./sky-pass";
import { selectLabelPoints } from "../state/label-points";
import {
  buildLayerSources,
  buildLayerStyleLayers,
  hollowStyleLayerIdsOf,
  interactiveStyleLayerIdsOf,
  type LayerGeometrySource,
  labelSourceIdOf,
  SIMPLIFY_TOLERANCE,
  sourceIdOf,
  styleLayerIdsOf,
  TILE_SET_SOURCE_ID,
  tileSetSource,
} from "./build-layer-style";
import { BLIND_SPOT_LAYER_IDS, BLIND_SPOT_PATTERN_ID, BLIND_SPOT_SOURCE_ID, blindSpotLayers, hatchPattern } from "./blind-spot-style";
import { StartupPaintGate } from "./startup-paint-gate";
import { HIGHLIGHT_LAYER_IDS, HIGHLIGHT_SOURCE_ID, highlightLayers, NEAREST_LAYER_IDS, NEAREST_SOURCE_ID, nearestParkLayers } from "./highlight-style";
import { pickTopmost } from "./pick-order";
import { CJK_FONT_STACK } from "./cjk-fonts";

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
 * The only owner of the MapLibre map (Placemark `PMap` pattern): state is pushed
 * in through `sync`, which diffs by identity and touches only what changed.
 */
/** The public viewer's nearest park to a place, as drawn: the park, the line's two ends and its distance label. */
export interface NearestParkView {
  park: Feature;
  from: [number, number];
  to: [number, number];
  distanceM: number;
  label: string;
}

export class MapAdapter {
  readonly map: maplibregl.Map;
  private previous: LayersState | null = null;
  private addedLayerIds = new Set<string>();
  private hovered: FeatureSelection | null = null;
  private selected: FeatureSelection | null = null;
  private latest: LayersState | null = null;
  private isReady = false;
  private probeMarker: maplibregl.Marker | null = null;
  private nearestPark: NearestParkView | null = null;
  private nearestLabel: maplibregl.Marker | null = null;
  /** False while a drawing or measuring tool owns the pointer: no hover highlight, no pointer cursor. */
  private isPicking = true;
  private overlayPlugin: Promise<boolean> | null = null;
  /** Whether the overlay-tiles plugin loaded; undefined until it has been tried. */
  private overlayPluginReady: boolean | undefined = undefined;
  /** Large layers drawn from worker-cut vector tiles → their current tile URL template. */
  private tiledLayers = new Map<string, string>();
  /** Layers drawn from the built-in tile set (see `geometryOf`). */
  private tileSetLayers = new Set<string>();
  private blindSpotRequest = 0;
  private blindSpotView = { isVisible: true, opacityRatio: 1 };
  /** Polygon layers whose label points wait for the map to zoom near their labels' minimum zoom. */
  private labelPointsPending = new Set<string>();
  /** Holds MapLibre's painting until the start-up layers are on the map (see `StartupPaintGate`). */
  readonly paintGate: StartupPaintGate;
  /** Whether an online basemap is on: it then stands in for the land fill (see `applyLandVisibility`). */
  private hasBasemap: boolean;

  constructor(container: HTMLElement, private readonly options: MapAdapterOptions) {
    configureMapLibre();
    this.hasBasemap = buildBasemapSource(options.basemap) !== null;
    this.map = new maplibregl.Map({
      container,
      style: buildBaseStyle(options.basemap),
      ...(options.camera
        ? { center: options.camera.center, zoom: options.camera.zoom }
        : { bounds: options.bbox, fitBoundsOptions: { padding: 20 } }),
      attributionControl: false,
      localIdeographFontFamily: CJK_FONT_STACK,
      maxZoom: 19,
      fadeDuration: 0,
    });
    if (!skipSkyPass(this.map)) this.map.once("style.load", () => this.map.addLayer(seaBackgroundLayer(), this.map.getStyle().layers[0]?.id));
    this.paintGate = new StartupPaintGate(this.map, () => this.isStartupComplete(), undefined, () => options.onFirstPaint?.());
    this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), "top-right");
    this.map.addControl(new maplibregl.ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-left");
    this.map.addControl(new maplibregl.AttributionControl(), "bottom-right");
    this.startCompactAttributionCollapsed();
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
      this.map.addSource(NEAREST_SOURCE_ID, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
      for (const layer of nearestParkLayers()) this.map.addLayer(layer, HIGHLIGHT_LAYER_IDS[0]);
      this.showNearestPark(this.nearestPark);
      if (this.latest) this.sync(this.latest);
      this.updateHighlight();
    });
  }

  /** Pushes the layers state into the map; a no-op for parts that did not change. */
  sync(next: LayersState): void {
    this.latest = next;
    if (!this.isReady) return;
    const previous = this.previous;
    const addedBefore = this.addedLayerIds.size;
    for (const id of [...this.addedLayerIds]) if (!next.metas[id] && previous?.metas[id]) this.removeLayer(previous.metas[id]);
    for (const id of [...next.order].reverse()) {
      const meta = next.metas[id];
      const view = next.views[id];
      if (!meta || !view) continue;
      const sourceId = sourceIdOf(id);
      const data = next.data[id];
      let isNew = false;
      // A shipped layer whose data failed to load leaves the map too: the panel reports the failure, and features
      // that cannot be inspected should not be drawn.
      if (this.tileSetLayers.has(id) && next.dataStatus[id] === "error") this.removeLayer(meta);
      if (!this.addedLayerIds.has(id)) {
        const geometry = this.geometryOf(id, meta, data, next);
        if (!geometry) continue;
        if (geometry.kind === "tile-set" && !this.map.getSource(TILE_SET_SOURCE_ID) && next.tileSet) {
          const inSet = next.tileSet.layerIds.flatMap((tiledId) => next.metas[tiledId] ?? []);
          this.map.addSource(TILE_SET_SOURCE_ID, tileSetSource(next.tileSet, inSet));
        }
        for (const [id, spec] of Object.entries(buildLayerSources(meta, geometry))) this.map.addSource(id, spec);
        for (const layer of buildLayerStyleLayers(meta, view, geometry)) this.map.addLayer(layer);
        if (geometry.kind === "overlay") this.tiledLayers.set(id, geometry.tileUrl);
        if (geometry.kind === "tile-set") this.tileSetLayers.add(id);
        this.addedLayerIds.add(id);
        isNew = true;
      } else if (previous?.views[id] !== view || previous?.metas[id] !== meta) {
        this.applyView(id, next);
      }
      if (this.tiledLayers.has(id)) {
        // Compared by URL, not by data identity: new data may wait for its URL over several syncs.
        const tiles = data ? this.largeLayerTiles(id, data) : null;
        if (tiles?.tileUrl && tiles.tileUrl !== this.tiledLayers.get(id)) {
          (this.map.getSource(sourceId) as maplibregl.VectorTileSource | undefined)?.setTiles([tiles.tileUrl]);
          this.tiledLayers.set(id, tiles.tileUrl);
        }
        continue;
      }
      if (!data || (!isNew && previous?.data[id] === data)) continue;
      // A layer of the tile set has no GeoJSON source of its own (the tile set holds its label points too).
      if (this.tileSetLayers.has(id)) continue;
      this.geoJsonSource(sourceId)?.setData(mapSafeData(data));
      if (meta.style.labelProperty && labelSourceIdOf(meta) !== sourceId) this.labelPointsPending.add(id);
    }
    this.applyPendingLabelPoints();
    this.applyLandVisibility();
    const addedLate = previous !== null && this.addedLayerIds.size > addedBefore;
    if ((previous && previous.order !== next.order) || addedLate) this.applyOrder(next);
    if (previous?.order !== next.order || this.addedLayerIds.size !== addedBefore) this.raiseOverlays();
    if ((this.hovered || this.selected) && previous?.data !== next.data) this.updateHighlight();
    this.previous = next;
    this.paintGate.check();
  }

  /**
   * On a narrow map (a phone) MapLibre shows the attribution compact but opened; it starts closed here, behind
   * its ⓘ button, so it does not cover the map. It opens once its text first arrives, so the listener waits for
   * that and leaves it alone afterwards (a tap opens and closes it).
   */
  private startCompactAttributionCollapsed(): void {
    const collapse = () => {
      const attribution = this.map.getContainer().querySelector(".maplibregl-ctrl-attrib");
      if (!attribution?.classList.contains("maplibregl-compact-show")) return;
      attribution.classList.remove("maplibregl-compact-show");
      attribution.setAttribute("open", "");
      this.map.off("styledata", collapse);
      this.map.off("sourcedata", collapse);
    };
    this.map.on("styledata", collapse);
    this.map.on("sourcedata", collapse);
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
      if (this.tileSetLayers.has(id)) return true;
      return state.data[id] !== undefined && this.addedLayerIds.has(id);
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
    for (const id of [...this.labelPointsPending]) {
      const meta = this.latest?.metas[id];
      const data = this.latest?.data[id];
      if (!meta || !data || !this.addedLayerIds.has(id)) {
        this.labelPointsPending.delete(id);
        continue;
      }
      if (zoom < (meta.style.labelMinZoom ?? 0) - LABEL_POINTS_LEAD_ZOOM) continue;
      this.labelPointsPending.delete(id);
      this.geoJsonSource(labelSourceIdOf(meta))?.setData(selectLabelPoints(mapSafeData(data)));
    }
  }

  /**
   * Where a layer's geometry comes from: the built-in tile set for a shipped layer it holds, worker-cut tiles for a
   * large layer (null while those wait for something; the map syncs again), else its own GeoJSON source.
   */
  private geometryOf(id: string, meta: LayerMeta, data: FeatureCollection | undefined, state: LayersState): LayerGeometrySource | null {
    if (state.tileSet?.layerIds.includes(id)) return state.dataStatus[id] === "error" ? null : { kind: "tile-set" };
    if (!isLargeLayer(meta)) return { kind: "geojson" };
    const tiles = this.largeLayerTiles(id, data);
    if (!tiles) return null;
    return tiles.tileUrl ? { kind: "overlay", tileUrl: tiles.tileUrl } : { kind: "geojson" };
  }

  /**
   * How a large layer reaches the map: `tileUrl`, a `shanhai-overlay://` template over the object URL of its
   * GeoJSON text (cut into tiles in MapLibre's worker), or no `tileUrl` (a GeoJSON source) should the plugin fail
   * to load. Null while its data, its URL or the plugin is not ready yet; the map syncs again once it is.
   */
  private largeLayerTiles(id: string, data: FeatureCollection | undefined): { tileUrl: string | undefined } | null {
    if (!data) return null;
    if (this.overlayPluginReady === undefined) {
      void this.loadOverlayPlugin().then(() => this.resync());
      return null;
    }
    if (!this.overlayPluginReady) return { tileUrl: undefined };
    const url = layerJsonUrl(data);
    if (!url) {
      void whenLayerJsonUrl(data).then(() => this.resync());
      return null;
    }
    return { tileUrl: overlayTileTemplate(url, sourceIdOf(id), "layer") };
  }

  /** Runs `sync` again on the latest state (after something a large layer waited for became ready). */
  private resync(): void {
    if (this.latest) this.sync(this.latest);
  }

  /** Loads the overlay-tiles plugin into MapLibre's workers once; resolves to whether it loaded. */
  private loadOverlayPlugin(): Promise<boolean> {
    this.overlayPlugin ??= maplibregl.importScriptInWorkers(overlayPluginUrl()).then(
      () => (this.overlayPluginReady = true),
      (error: unknown) => {
        console.warn("Overlay tiles plugin did not load; large layers and blind spots fall back to GeoJSON sources.", error);
        return (this.overlayPluginReady = false);
      },
    );
    return this.overlayPlugin;
  }

  private removeLayer(meta: LayerMeta): void {
    for (const styleLayerId of styleLayerIdsOf(meta)) if (this.map.getLayer(styleLayerId)) this.map.removeLayer(styleLayerId);
    for (const sourceId of Object.keys(buildLayerSources(meta))) if (this.map.getSource(sourceId)) this.map.removeSource(sourceId);
    this.addedLayerIds.delete(meta.id);
    this.tiledLayers.delete(meta.id);
    this.tileSetLayers.delete(meta.id);
  }

  private geoJsonSource(id: string): maplibregl.GeoJSONSource | undefined {
    return this.map.getSource(id) as maplibregl.GeoJSONSource | undefined;
  }

  private applyView(id: string, state: LayersState): void {
    const meta = state.metas[id];
    const view = state.views[id];
    if (!meta || !view) return;
    for (const layer of buildLayerStyleLayers(meta, view)) {
      this.map.setLayoutProperty(layer.id, "visibility", view.isVisible ? "visible" : "none");
      for (const [name, value] of Object.entries(layer.paint ?? {})) this.map.setPaintProperty(layer.id, name as "fill-opacity", value);
    }
  }

  /**
   * The opaque land fill steps aside while an online basemap is on: the basemap, the lowest layer of the style,
   * then shows on land as on sea, under every thematic layer.
   */
  private applyLandVisibility(): void {
    const state = this.latest;
    if (!state || !this.isReady) return;
    for (const id of this.addedLayerIds) {
      const meta = state.metas[id];
      if (meta?.kind !== "land") continue;
      const visibility = state.views[id]?.isVisible && !this.hasBasemap ? "visible" : "none";
      for (const styleLayerId of styleLayerIdsOf(meta)) if (this.map.getLayer(styleLayerId)) this.map.setLayoutProperty(styleLayerId, "visibility", visibility);
    }
  }

  private applyOrder(state: LayersState): void {
    for (const id of [...state.order].reverse()) {
      const meta = state.metas[id];
      if (!meta) continue;
      // A large layer may still wait for its tiles' URL (not in the style yet).
      for (const styleLayerId of styleLayerIdsOf(meta)) if (this.map.getLayer(styleLayerId)) this.map.moveLayer(styleLayerId);
    }
  }

  /** Style-layer ids that are visible and pickable, and those of them drawn with zero opacity (`hollow`). */
  private pickableLayers(): { layers: string[]; hollow: Set<string> } {
    const state = this.latest;
    const hollow = new Set<string>();
    if (!state) return { layers: [], hollow };
    const layers = state.order
      .filter((id) => state.views[id]?.isVisible && this.addedLayerIds.has(id))
      .flatMap((id) => {
        const meta = state.metas[id];
        const view = state.views[id];
        if (!meta || !view || meta.kind === "land") return [];
        for (const styleLayerId of hollowStyleLayerIdsOf(meta, view)) hollow.add(styleLayerId);
        return interactiveStyleLayerIdsOf(meta);
      });
    return { layers, hollow };
  }

  /**
   * The feature a person points at: the topmost one drawn under the pointer, in draw order; an area drawn only as an
   * outline is picked by its outline, or when nothing drawn is there (see `pickTopmost`). A few pixels of slack
   * apply only when nothing drawn is exactly under the pointer (thin lines, points; dense small parcels would
   * otherwise reach a neighbour).
   */
  private pick(event: MapMouseEvent): { picked: MapGeoJSONFeature | undefined; under: MapGeoJSONFeature[] } {
    const { layers, hollow } = this.pickableLayers();
    if (layers.length === 0) return { picked: undefined, under: [] };
    const under = this.map.queryRenderedFeatures(event.point, { layers });
    const box: [[number, number], [number, number]] = [
      [event.point.x - 3, event.point.y - 3],
      [event.point.x + 3, event.point.y + 3],
    ];
    return { picked: pickTopmost(under, () => this.map.queryRenderedFeatures(box, { layers }), hollow), under };
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
    const feature = this.pick(event).picked;
    this.setHover(selectionOf(feature));
    this.map.getCanvas().style.cursor = feature ? "pointer" : "";
  }

  private handleClick(event: MapMouseEvent): void {
    this.options.onTap([event.lngLat.lng, event.lngLat.lat]);
    if (!this.isPicking) return;
    const { picked, under } = this.pick(event);
    const selection = selectionOf(picked);
    // Each feature once (an area's fill and outline are one feature), the picked one left out.
    const alternatives = new Map<string, FeatureSelection>();
    for (const feature of under) {
      const other = selectionOf(feature);
      if (!other || (other.layerId === selection?.layerId && other.featureIndex === selection.featureIndex)) continue;
      alternatives.set(`${other.layerId}:${other.featureIndex}`, other);
    }
    this.options.onPick(selection, [...alternatives.values()]);
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
      const feature = target ? this.latest?.data[target.layerId]?.features[target.featureIndex] : undefined;
      if (feature?.geometry) features.push({ type: "Feature", properties: { role }, geometry: feature.geometry });
    };
    add(this.selected, "selected");
    if (this.hovered && (this.hovered.layerId !== this.selected?.layerId || this.hovered.featureIndex !== this.selected?.featureIndex)) add(this.hovered, "hover");
    source.setData({ type: "FeatureCollection", features });
  }

  /** Keeps the analysis overlay and then the highlight above every thematic layer. */
  private raiseOverlays(): void {
    for (const id of [...BLIND_SPOT_LAYER_IDS, ...NEAREST_LAYER_IDS, ...HIGHLIGHT_LAYER_IDS]) if (this.map.getLayer(id)) this.map.moveLayer(id);
  }

  /** Calls `ready` with the map once its style has loaded (at once when it already has). */
  whenReady(ready: (map: maplibregl.Map) => void): void {
    if (this.isReady) ready(this.map);
    else this.map.once("load", () => ready(this.map));
  }

  /**
   * Draws the analysis blind spots (uncovered residential land) on top of the thematic layers, or removes them.
   * They arrive as a GeoJSON object URL from the analysis worker. Normally the overlay-tiles plugin, loaded into
   * MapLibre's workers, cuts them into vector tiles there, so the main thread never holds the collection; should
   * the plugin fail to load, a plain GeoJSON source still draws them.
   */
  showBlindSpots(url: string | null): void {
    const request = ++this.blindSpotRequest;
    if (!url) {
      this.whenReady(() => this.removeBlindSpots());
      return;
    }
    void this.loadOverlayPlugin().then((asTiles) => {
      this.whenReady(() => {
        if (request === this.blindSpotRequest) this.applyBlindSpots(url, asTiles);
      });
    });
  }

  private applyBlindSpots(objectUrl: string, asTiles: boolean): void {
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
      this.applyBlindSpotView();
    }
    this.raiseOverlays();
  }

  /** Shows or hides the blind-spot overlay and sets its opacity (the layer panel's toggle and slider). */
  setBlindSpotView(view: { isVisible: boolean; opacityRatio: number }): void {
    this.blindSpotView = view;
    this.whenReady(() => this.applyBlindSpotView());
  }

  private applyBlindSpotView(): void {
    const [fillId, outlineId] = BLIND_SPOT_LAYER_IDS as [string, string];
    const visibility = this.blindSpotView.isVisible ? "visible" : "none";
    if (this.map.getLayer(fillId)) {
      this.map.setLayoutProperty(fillId, "visibility", visibility);
      this.map.setPaintProperty(fillId, "fill-opacity", this.blindSpotView.opacityRatio);
    }
    if (this.map.getLayer(outlineId)) {
      this.map.setLayoutProperty(outlineId, "visibility", visibility);
      this.map.setPaintProperty(outlineId, "line-opacity", this.blindSpotView.opacityRatio);
    }
  }

  private removeBlindSpots(): void {
    for (const id of BLIND_SPOT_LAYER_IDS) if (this.map.getLayer(id)) this.map.removeLayer(id);
    if (this.map.getSource(BLIND_SPOT_SOURCE_ID)) this.map.removeSource(BLIND_SPOT_SOURCE_ID);
  }

  /** Shows (or removes) the marker of the place a resident asked about. */
  showProbe(lonLat: [number, number] | null): void {
    this.probeMarker?.remove();
    this.probeMarker = null;
    if (!lonLat) return;
    const element = document.createElement("div");
    element.className = "probe-marker";
    element.dataset.testid = "probe-marker";
    this.probeMarker = new maplibregl.Marker({ element }).setLngLat(lonLat).addTo(this.map);
  }

  /**
   * Shows (or removes) the nearest park to the resident's place: the park highlighted, a straight line from the
   * place to the park's nearest boundary point and the distance at the line's middle (no line inside the park).
   */
  showNearestPark(nearest: NearestParkView | null): void {
    this.nearestPark = nearest;
    this.nearestLabel?.remove();
    this.nearestLabel = null;
    const source = this.isReady ? this.geoJsonSource(NEAREST_SOURCE_ID) : undefined;
    if (!source) return;
    const features: FeatureCollection["features"] = [];
    if (nearest?.park.geometry) features.push({ type: "Feature", properties: { role: "park" }, geometry: nearest.park.geometry });
    if (nearest && nearest.distanceM > 0) {
      features.push({ type: "Feature", properties: { role: "path" }, geometry: { type: "LineString", coordinates: [nearest.from, nearest.to] } });
      const element = document.createElement("div");
      element.className = "nearest-distance";
      element.dataset.testid = "nearest-distance";
      element.textContent = nearest.label;
      const middle: [number, number] = [(nearest.from[0] + nearest.to[0]) / 2, (nearest.from[1] + nearest.to[1]) / 2];
      this.nearestLabel = new maplibregl.Marker({ element }).setLngLat(middle).addTo(this.map);
    }
    source.setData({ type: "FeatureCollection", features });
  }

  /** Switches the online raster basemap on, off or to another server. */
  setBasemap(basemap: BasemapSettings): void {
    if (this.map.getLayer(BASEMAP_LAYER_ID)) this.map.removeLayer(BASEMAP_LAYER_ID);
    if (this.map.getSource(BASEMAP_SOURCE_ID)) this.map.removeSource(BASEMAP_SOURCE_ID);
    const source = buildBasemapSource(basemap);
    this.hasBasemap = source !== null;
    this.applyLandVisibility();
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
    this.paintGate.release();
    this.map.remove();
  }
}

/**
 * The store address of a picked map feature: its layer is its source `layer-<id>` (or, from the tile set, its
 * source layer), its id the feature's index.
 */
function selectionOf(feature: MapGeoJSONFeature | undefined): FeatureSelection | null {
  if (!feature || typeof feature.id !== "number") return null;
  const layerId = feature.source === TILE_SET_SOURCE_ID ? feature.sourceLayer : feature.source.replace(/^layer-/, "");
  return layerId ? { layerId, featureIndex: feature.id } : null;
}
