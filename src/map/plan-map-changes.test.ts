import type { FeatureCollection } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import type { LayerMeta } from "../domain/layer-meta";
import type { BuiltinTileSet } from "../domain/tile-set";
import { createLayersStore, type LayersState } from "../state/layers-store";
import { applyMapChanges, createMapLayerBook, type MapLayerBook } from "./apply-map-changes";
import { styleLayerIdsOf } from "./build-layer-style";
import { overlayTileTemplate } from "./overlay-tiles-url";
import { type MapFacts, type MapOperation, planLandVisibility, planMapChanges } from "./plan-map-changes";
import { collectionPositionCount } from "../domain/geometry-size";
import { TILED_DRAWING_POSITIONS } from "./tiled-drawing";

function meta(id: string, overrides: Partial<LayerMeta> = {}): LayerMeta {
  return {
    id,
    title: { zh: id, en: id },
    kind: "greenway",
    group: "base",
    geometryType: "LineString",
    regions: ["qingdao"],
    style: { color: "#888888" },
    source: { zh: "示意", en: "schematic" },
    licence: "CC0-1.0",
    attribution: "",
    schematic: true,
    declaredCrs: "EPSG:4326",
    defaultVisible: true,
    drawOrder: 10,
    featureCount: 3,
    bbox: [120, 36, 120.5, 36.5],
    ...overrides,
  };
}

const collection = (): FeatureCollection => ({ type: "FeatureCollection", features: [] });
const shown = { isVisible: true, opacityRatio: 1 };

/** A layers state of `metas`, drawn in the order given (top first), each visible with data. */
function stateOf(metas: LayerMeta[], overrides: Partial<LayersState> = {}): LayersState {
  return {
    ...createLayersStore().getState(),
    manifestStatus: "ready",
    metas: Object.fromEntries(metas.map((one) => [one.id, one])),
    order: metas.map((one) => one.id),
    views: Object.fromEntries(metas.map((one) => [one.id, shown])),
    data: Object.fromEntries(metas.map((one) => [one.id, collection()])),
    dataStatus: Object.fromEntries(metas.map((one) => [one.id, "ready" as const])),
    ...overrides,
  };
}

/** A map that only records which sources and style layers it holds, enough for `applyMapChanges`. */
function fakeMap(): MapLibreMap {
  const sources = new Map<string, object>();
  const layers: string[] = [];
  const fake = {
    addSource: (id: string) => void sources.set(id, { setData: () => {}, setTiles: () => {} }),
    getSource: (id: string) => sources.get(id),
    removeSource: (id: string) => void sources.delete(id),
    addLayer: (layer: { id: string }) => void layers.push(layer.id),
    getLayer: (id: string) => (layers.includes(id) ? { id } : undefined),
    removeLayer: (id: string) => void layers.splice(layers.indexOf(id), 1),
    moveLayer: (id: string) => void layers.push(...layers.splice(layers.indexOf(id), 1)),
    setLayoutProperty: () => {},
    setPaintProperty: () => {},
  };
  return fake as unknown as MapLibreMap;
}

/** Plans one sync after another against a fake map, applying each plan as the adapter does. */
function mapSession(environment: Partial<MapFacts> = {}) {
  const map = fakeMap();
  const book: MapLayerBook = createMapLayerBook();
  let previous: LayersState | null = null;
  const facts = (): MapFacts => ({
    addedLayerIds: book.addedLayerIds,
    tileSetLayerIds: book.tileSetLayers,
    tiledLayerUrls: book.tiledLayers,
    hasTileSetSource: map.getSource("builtin-tiles") !== undefined,
    overlayPlugin: "loaded",
    layerJsonUrls: new Map(),
    hasBasemap: false,
    isHighlighting: false,
    ...environment,
  });
  return {
    book,
    sync(next: LayersState, extra: Partial<MapFacts> = {}): MapOperation[] {
      const operations = planMapChanges(previous, next, { ...facts(), ...extra });
      applyMapChanges(map, operations, book, { waitForOverlayPlugin: () => {}, waitForLayerUrl: () => {}, refreshHighlight: () => {} });
      previous = next;
      return operations;
    },
  };
}

/** Each operation as "type" or "type:layer id", for comparing plans at a glance. */
const summary = (operations: MapOperation[]) =>
  operations.map((operation) => {
    const id = "meta" in operation ? operation.meta.id : "layerId" in operation ? operation.layerId : undefined;
    return id ? `${operation.type}:${id}` : operation.type;
  });

const tileSet = (layerIds: string[]): BuiltinTileSet => ({ tileUrl: "/tiles/{z}/{x}/{y}.pbf", minZoom: 0, maxZoom: 12, bounds: [119, 35, 122, 38], layerIds });

describe("planMapChanges", () => {
  it("adds every layer on the first sync, bottom of the draw order first, each followed by its data", () => {
    const session = mapSession();
    const operations = session.sync(
      stateOf([meta("roads"), meta("rivers"), meta("parks", { geometryType: "Polygon", style: { color: "#00aa00", labelProperty: "name" } })]),
    );
    expect(summary(operations)).toEqual([
      "add-layer:parks",
      "set-data:parks",
      "queue-label-points:parks",
      "add-layer:rivers",
      "set-data:rivers",
      "add-layer:roads",
      "set-data:roads",
      "raise-overlays",
    ]);
    expect([...session.book.addedLayerIds].sort()).toEqual(["parks", "rivers", "roads"]);
  });

  it("plans nothing when nothing the map draws changed", () => {
    const session = mapSession();
    const state = stateOf([meta("roads"), meta("rivers")]);
    session.sync(state);
    expect(session.sync(state)).toEqual([]);
    expect(session.sync({ ...state, manifestError: "unrelated" })).toEqual([]);
  });

  it("hands only the layer with a new data object its data", () => {
    const session = mapSession();
    const state = stateOf([meta("roads"), meta("rivers")]);
    session.sync(state);
    const rivers = collection();
    expect(summary(session.sync({ ...state, data: { ...state.data, rivers } }))).toEqual(["set-data:rivers"]);
    const next = { ...state, data: { ...state.data, rivers: collection() } };
    expect(summary(session.sync(next, { isHighlighting: true }))).toEqual(["set-data:rivers", "refresh-highlight"]);
  });

  it("restyles only the layer whose view or style changed", () => {
    const session = mapSession();
    const state = stateOf([meta("roads"), meta("rivers")]);
    session.sync(state);
    const hidden = { isVisible: false, opacityRatio: 1 };
    const withHidden = { ...state, views: { ...state.views, roads: hidden } };
    expect(session.sync(withHidden)).toEqual([{ type: "apply-view", meta: state.metas.roads, view: hidden }]);
    const restyled = meta("rivers", { style: { color: "#0000ff" } });
    expect(summary(session.sync({ ...withHidden, metas: { ...state.metas, rivers: restyled } }))).toEqual(["apply-view:rivers"]);
  });

  it("moves every style layer on the map, bottom first, when the order changes", () => {
    const session = mapSession();
    const parks = meta("parks", { geometryType: "Polygon" });
    const state = stateOf([meta("roads"), parks]);
    session.sync(state);
    const operations = session.sync({ ...state, order: ["parks", "roads"] });
    expect(operations).toEqual([{ type: "reorder", styleLayerIds: ["layer-roads-line", ...styleLayerIdsOf(parks)] }, { type: "raise-overlays" }]);
  });

  it("removes a layer that left the state", () => {
    const session = mapSession();
    const roads = meta("roads");
    const state = stateOf([roads, meta("user-plots")]);
    session.sync(state);
    expect(summary(session.sync({ ...state, metas: { roads } }))).toEqual(["remove-layer:user-plots", "raise-overlays"]);
    expect([...session.book.addedLayerIds]).toEqual(["roads"]);
  });

  it("draws shipped layers from one tile-set source and takes one off when its data fails to load", () => {
    const session = mapSession();
    const state = stateOf([meta("roads"), meta("rivers")], { tileSet: tileSet(["roads", "rivers"]) });
    const first = session.sync(state);
    expect(summary(first)).toEqual(["add-tile-set-source", "add-layer:rivers", "add-layer:roads", "raise-overlays"]);
    expect(first.find((operation) => operation.type === "add-layer")).toMatchObject({ geometry: { kind: "tile-set" } });
    const failed = { ...state, dataStatus: { ...state.dataStatus, rivers: "error" as const } };
    expect(summary(session.sync(failed))).toEqual(["remove-layer:rivers", "raise-overlays"]);
    expect(session.sync({ ...failed })).toEqual([]);
  });

  it("adds a large layer once its tiles' URL exists and points it at new tiles when its data changes", () => {
    const big = meta("user-parcels", { geometryType: "Polygon", featureCount: 200_000 });
    const data = collection();
    const state = stateOf([big], { data: { "user-parcels": data } });
    const twoLarge = stateOf([big, meta("user-roads", { featureCount: 50_000 })]);
    expect(summary(planMapChanges(null, twoLarge, { ...mapFacts(), overlayPlugin: "untried" }))).toEqual(["wait-for-overlay-plugin", "raise-overlays"]);
    const session = mapSession();
    expect(session.sync(state)).toEqual([{ type: "wait-for-layer-url", layerId: "user-parcels", data }, { type: "raise-overlays" }]);
    const added = session.sync(state, { layerJsonUrls: new Map([["user-parcels", "blob:first"]]) });
    const tileUrl = overlayTileTemplate("blob:first", "layer-user-parcels", "layer");
    expect(added).toEqual([
      { type: "add-layer", meta: big, view: shown, geometry: { kind: "overlay", tileUrl } },
      { type: "reorder", styleLayerIds: styleLayerIdsOf(big) },
      { type: "raise-overlays" },
    ]);
    const edited = { ...state, data: { "user-parcels": collection() } };
    expect(summary(session.sync(edited))).toEqual(["wait-for-layer-url:user-parcels"]);
    const retiled = session.sync(edited, { layerJsonUrls: new Map([["user-parcels", "blob:second"]]) });
    expect(retiled).toEqual([{ type: "set-tiles", layerId: "user-parcels", tileUrl: overlayTileTemplate("blob:second", "layer-user-parcels", "layer") }]);
  });

  it("draws a layer of few features but many positions from tiles, also when its data arrives after it was added", () => {
    const streets = meta("user-streets", { featureCount: 2 });
    const line = (positions: number) => ({
      type: "Feature" as const,
      properties: {},
      geometry: { type: "LineString" as const, coordinates: Array.from({ length: positions }, (_, index) => [120 + index * 1e-5, 36]) },
    });
    const heavy: FeatureCollection = { type: "FeatureCollection", features: [line(TILED_DRAWING_POSITIONS / 2), line(TILED_DRAWING_POSITIONS / 2 + 1)] };
    const light: FeatureCollection = { type: "FeatureCollection", features: [line(TILED_DRAWING_POSITIONS / 2), line(TILED_DRAWING_POSITIONS / 2)] };
    expect(collectionPositionCount(heavy)).toBe(TILED_DRAWING_POSITIONS + 1);
    expect(summary(mapSession().sync(stateOf([streets], { data: { "user-streets": light } })))).toEqual([
      "add-layer:user-streets",
      "set-data:user-streets",
      "raise-overlays",
    ]);
    const fresh = mapSession();
    const urls = { layerJsonUrls: new Map([["user-streets", "blob:streets"]]) };
    const tileUrl = overlayTileTemplate("blob:streets", "layer-user-streets", "layer");
    expect(fresh.sync(stateOf([streets], { data: { "user-streets": heavy } }), urls)[0]).toEqual({
      type: "add-layer",
      meta: streets,
      view: shown,
      geometry: { kind: "overlay", tileUrl },
    });
    // Restored: on the map as a GeoJSON source before its data; the heavy data replaces it with tiles, never set-data.
    const restored = mapSession();
    const waiting = stateOf([streets], { data: {}, dataStatus: { "user-streets": "loading" } });
    expect(summary(restored.sync(waiting))).toEqual(["add-layer:user-streets", "raise-overlays"]);
    const arrived = { ...waiting, data: { "user-streets": heavy }, dataStatus: { "user-streets": "ready" as const } };
    expect(summary(restored.sync(arrived))).toEqual(["wait-for-layer-url:user-streets", "remove-layer:user-streets", "raise-overlays"]);
    expect(summary(restored.sync({ ...arrived }, urls))).toEqual(["add-layer:user-streets", "reorder", "raise-overlays"]);
    expect(restored.sync({ ...arrived }, urls)).toEqual([]);
  });

  it("gives a large layer a GeoJSON source when the overlay plugin failed to load", () => {
    const big = meta("user-parcels", { featureCount: 200_000 });
    expect(summary(mapSession({ overlayPlugin: "failed" }).sync(stateOf([big])))).toEqual([
      "add-layer:user-parcels",
      "set-data:user-parcels",
      "raise-overlays",
    ]);
  });

  it("reorders and raises the overlays when a layer arrives after the first sync", () => {
    const session = mapSession();
    const state = stateOf([meta("roads"), meta("rivers")]);
    session.sync({ ...state, order: ["roads"] });
    const operations = session.sync(state);
    expect(summary(operations)).toEqual(["add-layer:rivers", "set-data:rivers", "reorder", "raise-overlays"]);
    expect(operations.find((operation) => operation.type === "reorder")).toEqual({ type: "reorder", styleLayerIds: ["layer-rivers-line", "layer-roads-line"] });
  });

  it("hides the land fill behind an online basemap", () => {
    const land = meta("land", { kind: "land", geometryType: "Polygon" });
    const operations = mapSession({ hasBasemap: true }).sync(stateOf([land]));
    expect(operations).toContainEqual({ type: "set-land-visibility", meta: land, isVisible: false });
    expect(planLandVisibility(stateOf([land, meta("roads")]), ["land", "roads"], false)).toEqual([
      { type: "set-land-visibility", meta: land, isVisible: true },
    ]);
  });
});

function mapFacts(): MapFacts {
  return {
    addedLayerIds: new Set(),
    tileSetLayerIds: new Set(),
    tiledLayerUrls: new Map(),
    hasTileSetSource: false,
    overlayPlugin: "loaded",
    layerJsonUrls: new Map(),
    hasBasemap: false,
    isHighlighting: false,
  };
}
