import type { FeatureCollection } from "geojson";
import { isLargeLayer, type LayerMeta } from "../domain/layer-meta";
import { isDrawnAsTiles } from "./tiled-drawing";
import type { BuiltinTileSet } from "../domain/tile-set";
import type { LayersState, LayerView } from "../state/layers-store";
import { labelSourceIdOf, type LayerGeometrySource, sourceIdOf, styleLayerIdsOf } from "./build-layer-style";
import { overlayTileTemplate } from "./overlay-tiles-url";

/** One change to the map. `planMapChanges` lists them in the order they must be applied. */
export type MapOperation =
  /** Takes a layer's style layers and sources off the map. */
  | { type: "remove-layer"; meta: LayerMeta }
  /** Adds the shared vector source of the built-in tile set (`metas`: the layers it holds, for its attribution). */
  | { type: "add-tile-set-source"; tileSet: BuiltinTileSet; metas: LayerMeta[] }
  /** Adds a layer's sources and style layers on top of the style; its data follows with `set-data` (GeoJSON). */
  | { type: "add-layer"; meta: LayerMeta; view: LayerView; geometry: LayerGeometrySource }
  /** Sets visibility and paint of a layer already on the map (new view or new style). */
  | { type: "apply-view"; meta: LayerMeta; view: LayerView }
  /** Points a large layer's worker-cut vector source at new tiles (its data changed). */
  | { type: "set-tiles"; layerId: string; tileUrl: string }
  /** Hands a layer's GeoJSON source a new data object. */
  | { type: "set-data"; layerId: string; data: FeatureCollection }
  /** The polygon layer's label points are due (computed once the map zooms near its labels). */
  | { type: "queue-label-points"; layerId: string }
  /** Shows or hides the land fill (it steps aside while an online basemap is on). */
  | { type: "set-land-visibility"; meta: LayerMeta; isVisible: boolean }
  /** Moves these style layers to the top, bottom first: the layers on the map in draw order. */
  | { type: "reorder"; styleLayerIds: string[] }
  /** Keeps the analysis overlay, the nearest park and the highlight above every thematic layer. */
  | { type: "raise-overlays" }
  /** Copies the hovered and selected features again from the new data. */
  | { type: "refresh-highlight" }
  /** A large layer waits for the overlay-tiles plugin: load it, then plan again. */
  | { type: "wait-for-overlay-plugin" }
  /** A large layer waits for its data's GeoJSON text: make its object URL, then plan again. */
  | { type: "wait-for-layer-url"; layerId: string; data: FeatureCollection };

/** What the planner needs to know of the map that the layers states do not say. */
export interface MapFacts {
  /** Layers whose style layers are on the map. */
  addedLayerIds: ReadonlySet<string>;
  /** Of those, the layers drawn from the built-in tile set. */
  tileSetLayerIds: ReadonlySet<string>;
  /** Of those, the large layers drawn from worker-cut tiles → the tile URL template their source has now. */
  tiledLayerUrls: ReadonlyMap<string, string>;
  hasTileSetSource: boolean;
  /** Whether the overlay-tiles plugin loaded into MapLibre's workers. */
  overlayPlugin: "untried" | "loaded" | "failed";
  /** Large layers → the object URL of their current data's GeoJSON text, once it exists. */
  layerJsonUrls: ReadonlyMap<string, string>;
  /** An online basemap is on (it stands in for the land fill). */
  hasBasemap: boolean;
  /** A feature is hovered or selected (the highlight holds a copy of it). */
  isHighlighting: boolean;
}

/** The planner's running view of the map while it lists operations. */
interface Planned {
  facts: MapFacts;
  operations: MapOperation[];
  added: Set<string>;
  tileSetLayers: Set<string>;
  tiledUrls: Map<string, string>;
  hasTileSetSource: boolean;
  addedCount: number;
  removedCount: number;
}

/**
 * The operations that take the map from `previous` (the state of the last plan; null before the first) to `next`,
 * comparing by identity: sources and style layers for new layers, in draw order (bottom first); `set-data` only
 * for data objects the map has not seen; restyling for changed views or styles; reordering when the order
 * changed or a layer arrived late; removal of layers that left the state (and of shipped layers whose data
 * failed to load). No operations when nothing changed.
 */
export function planMapChanges(previous: LayersState | null, next: LayersState, facts: MapFacts): MapOperation[] {
  const plan: Planned = {
    facts,
    operations: [],
    added: new Set(facts.addedLayerIds),
    tileSetLayers: new Set(facts.tileSetLayerIds),
    tiledUrls: new Map(facts.tiledLayerUrls),
    hasTileSetSource: facts.hasTileSetSource,
    addedCount: 0,
    removedCount: 0,
  };
  for (const id of facts.addedLayerIds) {
    const gone = previous?.metas[id];
    if (!next.metas[id] && gone) remove(plan, gone);
  }
  // The land fill's visibility also depends on the basemap: set again wherever its view was (re)applied.
  const touchedLand: string[] = [];
  for (const id of [...next.order].reverse()) {
    const meta = next.metas[id];
    const view = next.views[id];
    if (!meta || !view) continue;
    const data = next.data[id];
    // A shipped layer whose data failed to load leaves the map too: the panel reports the failure, and features
    // that cannot be inspected should not be drawn.
    if (plan.tileSetLayers.has(id) && next.dataStatus[id] === "error") remove(plan, meta);
    const isNew = !plan.added.has(id);
    if (isNew) {
      const geometry = geometryOf(plan, meta, data, next);
      if (!geometry) continue;
      add(plan, meta, view, geometry, next);
      if (meta.kind === "land") touchedLand.push(id);
    } else if (previous?.views[id] !== view || previous?.metas[id] !== meta) {
      plan.operations.push({ type: "apply-view", meta, view });
      if (meta.kind === "land") touchedLand.push(id);
    }
    if (plan.tiledUrls.has(id)) {
      // Compared by URL, not by data identity: new data may wait for its URL over several plans.
      const tileUrl = data ? largeLayerTiles(plan, id, data)?.tileUrl : undefined;
      if (tileUrl && tileUrl !== plan.tiledUrls.get(id)) {
        plan.operations.push({ type: "set-tiles", layerId: id, tileUrl });
        plan.tiledUrls.set(id, tileUrl);
      }
      continue;
    }
    if (!data || (!isNew && previous?.data[id] === data)) continue;
    // New data too heavy for a GeoJSON source (a restored layer whose data arrives after it was added): the layer
    // is drawn from tiles instead, added again once its text's URL is ready.
    if (!isNew && !plan.tileSetLayers.has(id) && isDrawnAsTiles(meta, data)) {
      const geometry = geometryOf(plan, meta, data, next);
      if (geometry?.kind !== "geojson") {
        remove(plan, meta);
        if (geometry) add(plan, meta, view, geometry, next);
        continue;
      }
    }
    // A layer of the tile set has no GeoJSON source of its own (the tile set holds its label points too).
    if (plan.tileSetLayers.has(id)) continue;
    plan.operations.push({ type: "set-data", layerId: id, data });
    if (meta.style.labelProperty && labelSourceIdOf(meta) !== sourceIdOf(id)) plan.operations.push({ type: "queue-label-points", layerId: id });
  }
  plan.operations.push(...planLandVisibility(next, touchedLand, facts.hasBasemap));
  const isOrderChanged = previous?.order !== next.order;
  if (previous && (isOrderChanged || plan.addedCount > 0)) plan.operations.push({ type: "reorder", styleLayerIds: styleLayersOnMap(next, plan.added) });
  if (isOrderChanged || plan.addedCount > 0 || plan.removedCount > 0) plan.operations.push({ type: "raise-overlays" });
  if (facts.isHighlighting && previous?.data !== next.data) plan.operations.push({ type: "refresh-highlight" });
  return plan.operations;
}

/** The land fill's visibility for each of `layerIds` (the land layers on the map): shown when visible and no online basemap is on. */
export function planLandVisibility(state: LayersState, layerIds: Iterable<string>, hasBasemap: boolean): MapOperation[] {
  const operations: MapOperation[] = [];
  for (const id of layerIds) {
    const meta = state.metas[id];
    if (meta?.kind !== "land") continue;
    operations.push({ type: "set-land-visibility", meta, isVisible: (state.views[id]?.isVisible ?? false) && !hasBasemap });
  }
  return operations;
}

function remove(plan: Planned, meta: LayerMeta): void {
  plan.operations.push({ type: "remove-layer", meta });
  plan.added.delete(meta.id);
  plan.tileSetLayers.delete(meta.id);
  plan.tiledUrls.delete(meta.id);
  plan.removedCount += 1;
}

function add(plan: Planned, meta: LayerMeta, view: LayerView, geometry: LayerGeometrySource, next: LayersState): void {
  if (geometry.kind === "tile-set" && !plan.hasTileSetSource && next.tileSet) {
    const metas = next.tileSet.layerIds.flatMap((id) => next.metas[id] ?? []);
    plan.operations.push({ type: "add-tile-set-source", tileSet: next.tileSet, metas });
    plan.hasTileSetSource = true;
  }
  plan.operations.push({ type: "add-layer", meta, view, geometry });
  plan.added.add(meta.id);
  if (geometry.kind === "overlay") plan.tiledUrls.set(meta.id, geometry.tileUrl);
  if (geometry.kind === "tile-set") plan.tileSetLayers.add(meta.id);
  plan.addedCount += 1;
}

/**
 * Where a layer's geometry comes from: the built-in tile set for a shipped layer it holds, worker-cut tiles for a
 * large layer (null while those wait for something; the map plans again), else its own GeoJSON source.
 */
function geometryOf(plan: Planned, meta: LayerMeta, data: FeatureCollection | undefined, next: LayersState): LayerGeometrySource | null {
  if (next.tileSet?.layerIds.includes(meta.id)) return next.dataStatus[meta.id] === "error" ? null : { kind: "tile-set" };
  if (!(data ? isDrawnAsTiles(meta, data) : isLargeLayer(meta))) return { kind: "geojson" };
  const tiles = data ? largeLayerTiles(plan, meta.id, data) : null;
  if (!tiles) return null;
  return tiles.tileUrl ? { kind: "overlay", tileUrl: tiles.tileUrl } : { kind: "geojson" };
}

/**
 * How a large layer reaches the map: `tileUrl`, a `shanhai-overlay://` template over the object URL of its
 * GeoJSON text (cut into tiles in MapLibre's worker), or no `tileUrl` (a GeoJSON source) should the plugin fail
 * to load. Null while its URL or the plugin is not ready yet, with the operation that waits for it.
 */
function largeLayerTiles(plan: Planned, id: string, data: FeatureCollection): { tileUrl: string | undefined } | null {
  if (plan.facts.overlayPlugin === "failed") return { tileUrl: undefined };
  if (plan.facts.overlayPlugin === "untried") {
    if (!plan.operations.some((operation) => operation.type === "wait-for-overlay-plugin")) plan.operations.push({ type: "wait-for-overlay-plugin" });
    return null;
  }
  const url = plan.facts.layerJsonUrls.get(id);
  if (!url) {
    plan.operations.push({ type: "wait-for-layer-url", layerId: id, data });
    return null;
  }
  return { tileUrl: overlayTileTemplate(url, sourceIdOf(id), "layer") };
}

/** Style-layer ids of the layers on the map, bottom first (`order` is top first). */
function styleLayersOnMap(state: LayersState, added: ReadonlySet<string>): string[] {
  return [...state.order].reverse().flatMap((id) => {
    const meta = state.metas[id];
    return meta && added.has(id) ? styleLayerIdsOf(meta) : [];
  });
}
