import type * as maplibregl from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import type { LayerMeta } from "../domain/layer-meta";
import type { LayerView } from "../state/layers-store";
import { BLIND_SPOT_LAYER_IDS } from "./blind-spot-style";
import { RADIUS_ONLY_LAYER_IDS, WALKING_AREA_LAYER_IDS } from "./walking-style";
import { SITING_LAYER_IDS } from "./siting-style";
import { buildLayerSources, buildLayerStyleLayers, sourceIdOf, styleLayerIdsOf, TILE_SET_SOURCE_ID, tileSetSource } from "./build-layer-style";
import { HIGHLIGHT_LAYER_IDS, NEAREST_LAYER_IDS } from "./highlight-style";
import { mapSafeData } from "./map-safe-data";
import type { MapOperation } from "./plan-map-changes";

/** What the adapter knows of the thematic layers on its map, kept current by `applyMapChanges`. */
export interface MapLayerBook {
  /** Layers whose sources and style layers are on the map. */
  addedLayerIds: Set<string>;
  /** Large layers drawn from worker-cut vector tiles → their current tile URL template. */
  tiledLayers: Map<string, string>;
  /** Layers drawn from the built-in tile set. */
  tileSetLayers: Set<string>;
  /** Polygon layers whose label points wait for the map to zoom near their labels' minimum zoom. */
  labelPointsPending: Set<string>;
}

export const createMapLayerBook = (): MapLayerBook => ({
  addedLayerIds: new Set(),
  tiledLayers: new Map(),
  tileSetLayers: new Set(),
  labelPointsPending: new Set(),
});

/** What applying asks of the adapter beyond the map itself. */
export interface MapChangeEffects {
  /** Loads the overlay-tiles plugin, then plans again. */
  waitForOverlayPlugin: () => void;
  /** Makes the object URL of a large layer's GeoJSON text, then plans again. */
  waitForLayerUrl: (data: FeatureCollection) => void;
  refreshHighlight: () => void;
}

/** Applies planned operations to the map in their order and records what is on it in `book`. */
export function applyMapChanges(map: maplibregl.Map, operations: readonly MapOperation[], book: MapLayerBook, effects: MapChangeEffects): void {
  for (const operation of operations) {
    switch (operation.type) {
      case "remove-layer":
        removeLayer(map, operation.meta, book);
        break;
      case "add-tile-set-source":
        map.addSource(TILE_SET_SOURCE_ID, tileSetSource(operation.tileSet, operation.metas));
        break;
      case "add-layer": {
        const { meta, view, geometry } = operation;
        for (const [id, spec] of Object.entries(buildLayerSources(meta, geometry))) map.addSource(id, spec);
        for (const layer of buildLayerStyleLayers(meta, view, geometry)) map.addLayer(layer);
        book.addedLayerIds.add(meta.id);
        if (geometry.kind === "overlay") book.tiledLayers.set(meta.id, geometry.tileUrl);
        if (geometry.kind === "tile-set") book.tileSetLayers.add(meta.id);
        break;
      }
      case "apply-view":
        applyView(map, operation.meta, operation.view);
        break;
      case "set-tiles":
        (map.getSource(sourceIdOf(operation.layerId)) as maplibregl.VectorTileSource | undefined)?.setTiles([operation.tileUrl]);
        book.tiledLayers.set(operation.layerId, operation.tileUrl);
        break;
      case "set-data":
        (map.getSource(sourceIdOf(operation.layerId)) as maplibregl.GeoJSONSource | undefined)?.setData(mapSafeData(operation.data));
        break;
      case "queue-label-points":
        book.labelPointsPending.add(operation.layerId);
        break;
      case "set-land-visibility": {
        const visibility = operation.isVisible ? "visible" : "none";
        for (const id of styleLayerIdsOf(operation.meta)) if (map.getLayer(id)) map.setLayoutProperty(id, "visibility", visibility);
        break;
      }
      case "reorder":
        moveToTop(map, operation.styleLayerIds);
        break;
      case "raise-overlays":
        raiseOverlays(map);
        break;
      case "refresh-highlight":
        effects.refreshHighlight();
        break;
      case "wait-for-overlay-plugin":
        effects.waitForOverlayPlugin();
        break;
      case "wait-for-layer-url":
        effects.waitForLayerUrl(operation.data);
        break;
    }
  }
}

/**
 * Keeps the analysis overlays (walking view below the blind spots), the suggested park sites, then the nearest park,
 * then the highlight above every thematic layer.
 */
export function raiseOverlays(map: maplibregl.Map): void {
  moveToTop(map, [
    ...WALKING_AREA_LAYER_IDS,
    ...RADIUS_ONLY_LAYER_IDS,
    ...BLIND_SPOT_LAYER_IDS,
    ...SITING_LAYER_IDS,
    ...NEAREST_LAYER_IDS,
    ...HIGHLIGHT_LAYER_IDS,
  ]);
}

/** Moves those of `styleLayerIds` on the map to the top, the first lowest. */
function moveToTop(map: maplibregl.Map, styleLayerIds: readonly string[]): void {
  for (const id of styleLayerIds) if (map.getLayer(id)) map.moveLayer(id);
}

function removeLayer(map: maplibregl.Map, meta: LayerMeta, book: MapLayerBook): void {
  for (const id of styleLayerIdsOf(meta)) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of Object.keys(buildLayerSources(meta))) if (map.getSource(id)) map.removeSource(id);
  book.addedLayerIds.delete(meta.id);
  book.tiledLayers.delete(meta.id);
  book.tileSetLayers.delete(meta.id);
}

function applyView(map: maplibregl.Map, meta: LayerMeta, view: LayerView): void {
  for (const layer of buildLayerStyleLayers(meta, view)) {
    map.setLayoutProperty(layer.id, "visibility", view.isVisible ? "visible" : "none");
    for (const [name, value] of Object.entries(layer.paint ?? {})) map.setPaintProperty(layer.id, name as "fill-opacity", value);
  }
}
