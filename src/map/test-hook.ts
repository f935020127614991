import type { Map as MapLibreMap } from "maplibre-gl";
import { layersStore } from "../state/app-stores";
import { selectVisibleLayerIds } from "../state/layers-store";
import { BLIND_SPOT_LAYER_IDS, BLIND_SPOT_SOURCE_ID } from "./blind-spot-style";
import { interactiveStyleLayerIdsOf, labelLayerIdOf, sourceIdOf, styleLayerIdsOf } from "./build-layer-style";
import { HIGHLIGHT_LAYER_IDS, NEAREST_LAYER_IDS } from "./highlight-style";
import type { MapAdapter } from "./map-adapter";
import { RADIUS_ONLY_LAYER_IDS, WALKING_AREA_LAYER_IDS } from "./walking-style";
import { SITING_LAYER_IDS } from "./siting-style";

/** Test hook on `window` so e2e tests can wait on the map instead of sleeping. */
interface ShanhaiTestHook {
  isIdle: () => boolean;
  renderedFeatureCount: (layerId: string) => number;
  /** Labels of a layer rendered in the viewport. */
  renderedLabelCount: (layerId: string) => number;
  /** How the first frame came about: "complete" when every start-up layer was on the map (see startup-paint-gate.ts). */
  firstPaint: () => string;
  /** The blind-spot overlay: polygons rendered in the viewport and how they reach the map ("vector" tiles normally). */
  blindSpots: () => { rendered: number; sourceType: string | null };
  /** The walking view: service-area and "radius yes, walking no" polygons rendered in the viewport, or at a point (CSS px). */
  walking: (point?: [number, number]) => { serviceAreas: number; radiusOnly: number };
  /** The map source type a layer is drawn from: "geojson", or "vector" (worker-cut tiles) for large layers. */
  layerSourceType: (layerId: string) => string | null;
  /** Roles (hover / selected) of the highlight features rendered in the viewport. */
  highlightRoles: () => string[];
  /** Roles (park / path) of the nearest-park features rendered at a point of the map (CSS px). */
  nearestRolesAt: (point: [number, number]) => string[];
  /**
   * The suggested park sites whose numbers are drawn in the viewport (rank and WGS84 position, by rank), and the
   * style-layer order of the overlays on the map (ids, bottom first).
   */
  sitingSites: () => { sites: { rank: number; lonLat: [number, number] }[]; overlayOrder: string[] };
  /** Screen pixel of a WGS84 point, relative to the map canvas. */
  project: (lonLat: [number, number]) => [number, number];
  zoom: () => number;
  /** Names of the shader programs MapLibre has built (its painter's program cache, not public API; [] without it). */
  shaderPrograms: () => string[];
}

declare global {
  interface Window {
    __shanhai?: ShanhaiTestHook;
  }
}

/** Those of `ids` that are style layers of the map now. */
const presentLayers = (map: MapLibreMap, ids: string[]) => ids.filter((id) => map.getLayer(id));

/** The distinct `role` properties of rendered features, sorted. */
const rolesOf = (features: { properties: Record<string, unknown> }[]) => [...new Set(features.map((feature) => String(feature.properties.role)))].sort();

/** Number of rendered features of a Shanhai layer in the current view (0 while it is not on the map). */
function renderedFeatureCount(map: MapLibreMap, layerId: string): number {
  const meta = layersStore.getState().metas[layerId];
  const layers = meta ? presentLayers(map, interactiveStyleLayerIdsOf(meta)) : [];
  return layers.length === 0 ? 0 : map.queryRenderedFeatures({ layers }).length;
}

/**
 * The type of the map source a Shanhai layer is drawn from: the source of its style layers ("vector" for the
 * built-in tile set and for large layers, else "geojson"), or of its own source id while it has no style layers.
 */
function layerSourceType(map: MapLibreMap, layerId: string): string | null {
  const meta = layersStore.getState().metas[layerId];
  const styleLayer = meta ? presentLayers(map, styleLayerIdsOf(meta))[0] : undefined;
  const sourceId = styleLayer ? map.getLayer(styleLayer)?.source : sourceIdOf(layerId);
  if (!sourceId) return null;
  return map.getSource(sourceId)?.type ?? null;
}

/** Rendered blind-spot polygons in the viewport and the overlay's source type. */
function blindSpotStatus(map: MapLibreMap): { rendered: number; sourceType: string | null } {
  const sourceType = map.getSource(BLIND_SPOT_SOURCE_ID)?.type ?? null;
  const fillId = BLIND_SPOT_LAYER_IDS[0] as string;
  if (!map.getLayer(fillId)) return { rendered: 0, sourceType };
  return { rendered: map.queryRenderedFeatures({ layers: [fillId] }).length, sourceType };
}

/** Rendered polygons of the walking view's two overlays, in the viewport or at a screen point. */
function walkingStatus(map: MapLibreMap, point?: [number, number]): { serviceAreas: number; radiusOnly: number } {
  const count = (ids: string[]) => {
    const layers = presentLayers(map, ids).filter((id) => map.getLayoutProperty(id, "visibility") !== "none");
    if (layers.length === 0) return 0;
    return (point ? map.queryRenderedFeatures(point, { layers }) : map.queryRenderedFeatures({ layers })).length;
  };
  return { serviceAreas: count([WALKING_AREA_LAYER_IDS[0] as string]), radiusOnly: count([RADIUS_ONLY_LAYER_IDS[0] as string]) };
}

/** Roles (park / path) of the nearest-park features rendered at a screen point. */
function nearestRolesAt(map: MapLibreMap, point: [number, number]): string[] {
  const layers = presentLayers(map, NEAREST_LAYER_IDS);
  return layers.length === 0 ? [] : rolesOf(map.queryRenderedFeatures(point, { layers }));
}

/**
 * Writes which layers are visible and which are on the map into the map container's `data-visible-layers` and
 * `data-loaded-layers`. Loaded = its data is in the store and its style layers are on the map (a large layer waits
 * for its tiles' URL first).
 */
function publishLayerAttributes(map: MapLibreMap): void {
  const state = layersStore.getState();
  const container = map.getContainer();
  container.dataset.visibleLayers = selectVisibleLayerIds(state).join(" ");
  const isOnMap = (id: string) => {
    const meta = state.metas[id];
    return meta !== undefined && presentLayers(map, styleLayerIdsOf(meta)).length > 0;
  };
  container.dataset.loadedLayers = Object.keys(state.data).filter(isOnMap).sort().join(" ");
}

/**
 * Puts the test hook for `adapter`'s map on `window.__shanhai` and keeps the container's layer attributes current
 * (see `publishLayerAttributes`: after every layers-store change, which the adapter has synced by then, and every
 * style change, such as a large layer added once its tiles' URL is ready); returns the function that takes it all
 * away again. The hook reads the map through the adapter's public members and MapLibre's queries only.
 */
export function installTestHook(adapter: MapAdapter): () => void {
  const { map } = adapter;
  const hook: ShanhaiTestHook = {
    isIdle: () => adapter.paintGate.isOpen && map.loaded() && !map.isMoving() && map.areTilesLoaded(),
    renderedFeatureCount: (layerId) => renderedFeatureCount(map, layerId),
    renderedLabelCount: (layerId) => {
      const labelLayerId = labelLayerIdOf(layerId);
      return map.getLayer(labelLayerId) ? map.queryRenderedFeatures({ layers: [labelLayerId] }).length : 0;
    },
    firstPaint: () => adapter.paintGate.firstPaint,
    blindSpots: () => blindSpotStatus(map),
    walking: (point) => walkingStatus(map, point),
    highlightRoles: () => rolesOf(map.queryRenderedFeatures({ layers: presentLayers(map, HIGHLIGHT_LAYER_IDS) })),
    nearestRolesAt: (point) => nearestRolesAt(map, point),
    sitingSites: () => {
      const numbers = presentLayers(map, SITING_LAYER_IDS.slice(1));
      const sites = new Map<number, [number, number]>();
      for (const feature of numbers.length ? map.queryRenderedFeatures({ layers: numbers }) : [])
        if (feature.geometry.type === "Point") sites.set(Number(feature.properties.rank), feature.geometry.coordinates as [number, number]);
      const overlays = new Set([...BLIND_SPOT_LAYER_IDS, ...SITING_LAYER_IDS, ...HIGHLIGHT_LAYER_IDS]);
      return {
        sites: [...sites].sort(([a], [b]) => a - b).map(([rank, lonLat]) => ({ rank, lonLat })),
        overlayOrder: map
          .getStyle()
          .layers.map((layer) => layer.id)
          .filter((id) => overlays.has(id)),
      };
    },
    layerSourceType: (layerId) => layerSourceType(map, layerId),
    project: ([lon, lat]) => {
      const point = map.project([lon, lat]);
      return [point.x, point.y];
    },
    zoom: () => map.getZoom(),
    shaderPrograms: () => Object.keys((map as unknown as { painter?: { programCache?: { programs?: object } } }).painter?.programCache?.programs ?? {}),
  };
  window.__shanhai = hook;
  const publish = () => publishLayerAttributes(map);
  publish();
  const unsubscribeLayers = layersStore.subscribe(publish);
  map.on("styledata", publish);
  return () => {
    unsubscribeLayers();
    map.off("styledata", publish);
    if (window.__shanhai === hook) window.__shanhai = undefined;
  };
}
