import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { LayerManifest, LayerMeta } from "../domain/layer-meta";
import type { LayerSource } from "../services/layer-source";
import { createLayersStore, selectLayerIdOfKind, selectVisibleLayerIds } from "./layers-store";
import { startLazyLayerLoading } from "../app/store-bindings";
import { createUiStore } from "./ui-store";
import { testLayerMeta } from "../../tests/helpers/test-layer-meta";

function meta(id: string, drawOrder: number, defaultVisible = true): LayerMeta {
  return testLayerMeta(id, { licence: "CC0-1.0", defaultVisible, drawOrder });
}

function memorySource(metas: LayerMeta[], failing: string[] = []): LayerSource & { dataCalls: string[] } {
  const dataCalls: string[] = [];
  return {
    dataCalls,
    manifest: async (): Promise<LayerManifest> => ({ version: 1, layers: metas.map((item) => item.id) }),
    meta: async (id) => metas.find((item) => item.id === id) as LayerMeta,
    data: async (id): Promise<FeatureCollection> => {
      dataCalls.push(id);
      if (failing.includes(id)) throw new Error("HTTP 404");
      return { type: "FeatureCollection", features: [] };
    },
  };
}

describe("layers store", () => {
  it("orders layers top first by drawOrder and applies default visibility", async () => {
    const store = createLayersStore();
    await store.getState().loadManifest(memorySource([meta("land", 0), meta("park", 50), meta("zone", 10, false)]));
    expect(store.getState().order).toEqual(["park", "zone", "land"]);
    expect(selectVisibleLayerIds(store.getState())).toEqual(["park", "land"]);
  });

  it("reports a manifest failure instead of throwing", async () => {
    const store = createLayersStore();
    const source = memorySource([]);
    source.manifest = async () => {
      throw new Error("offline");
    };
    await store.getState().loadManifest(source);
    expect(store.getState()).toMatchObject({ manifestStatus: "error", manifestError: "offline" });
  });

  it("toggles, clamps opacity and swaps draw order", async () => {
    const store = createLayersStore();
    await store.getState().loadManifest(memorySource([meta("a", 2), meta("b", 1)]));
    store.getState().toggleLayer("a");
    store.getState().changeOpacity("b", 1.7);
    store.getState().moveLayer("b", "up");
    expect(store.getState().views.a?.isVisible).toBe(false);
    expect(store.getState().views.b?.opacityRatio).toBe(1);
    expect(store.getState().order).toEqual(["b", "a"]);
  });

  it("adds several user layers in one change, each at its draw order, as one by one would", async () => {
    const empty: FeatureCollection = { type: "FeatureCollection", features: [] };
    const batch = createLayersStore();
    await batch.getState().loadManifest(memorySource([meta("a", 30), meta("b", 10)]));
    const single = createLayersStore();
    await single.getState().loadManifest(memorySource([meta("a", 30), meta("b", 10)]));
    const layers = [
      { meta: meta("user-low", 5), data: empty },
      { meta: meta("user-mid", 20), data: empty },
      { meta: meta("user-top", 40), data: empty },
    ];
    let changes = 0;
    batch.subscribe(() => (changes += 1));
    batch.getState().addUserLayers(layers);
    for (const { meta: layerMeta, data } of layers) single.getState().addUserLayer(layerMeta, data);
    expect(changes).toBe(1);
    expect(batch.getState().order).toEqual(["user-top", "a", "user-mid", "b", "user-low"]);
    expect(batch.getState().order).toEqual(single.getState().order);
    expect(selectVisibleLayerIds(batch.getState())).toEqual(selectVisibleLayerIds(single.getState()));
  });

  it("undoes a deleted user layer with its data, style, view and draw order", async () => {
    const store = createLayersStore();
    await store.getState().loadManifest(memorySource([meta("a", 30), meta("b", 10)]));
    const data: FeatureCollection = { type: "FeatureCollection", features: [] };
    store.getState().addUserLayer(meta("user-x", 20), data);
    store.getState().restyleLayer("user-x", { color: "#ff0000" });
    store.getState().changeOpacity("user-x", 0.4);
    store.getState().moveLayer("user-x", "up");
    const before = store.getState();
    store.getState().deleteLayer("user-x");
    expect(store.getState().order).toEqual(["a", "b"]);
    expect(store.getState().deletedLayer?.meta.id).toBe("user-x");
    store.getState().undoDelete();
    const after = store.getState();
    expect(after.order).toEqual(before.order);
    expect(after.data["user-x"]).toBe(data);
    expect(after.metas["user-x"]?.style).toEqual({ color: "#ff0000" });
    expect(after.restyledIds).toEqual(["user-x"]);
    expect(after.views["user-x"]).toEqual({ isVisible: true, opacityRatio: 0.4 });
    expect(after.deletedLayer).toBeNull();
    store.getState().deleteLayer("user-x");
    store.getState().forgetDeleted();
    store.getState().undoDelete();
    expect(store.getState().metas["user-x"]).toBeUndefined();
  });

  it("moves a layer past its neighbour in the list a person reads, whatever lies between them in draw order", async () => {
    const store = createLayersStore();
    await store.getState().loadManifest(memorySource([meta("a", 4), meta("b", 3), meta("c", 2), meta("d", 1)]));
    // A list showing a, c and d (b belongs to another group): c moves above a, past b.
    store.getState().moveLayer("c", "up", ["a", "c", "d"]);
    expect(store.getState().order).toEqual(["c", "b", "a", "d"]);
    store.getState().moveLayer("c", "up", ["c", "a", "d"]);
    expect(store.getState().order).toEqual(["c", "b", "a", "d"]);
    store.getState().moveLayer("a", "down", ["c", "a", "d"]);
    expect(store.getState().order).toEqual(["c", "b", "d", "a"]);
  });

  it("loads data lazily: only visible layers, once, and records failures", async () => {
    const store = createLayersStore();
    const source = memorySource([meta("a", 2), meta("b", 1, false), meta("c", 0)], ["c"]);
    await store.getState().loadManifest(source);
    startLazyLayerLoading({ layersStore: store, source });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(source.dataCalls.sort()).toEqual(["a", "c"]);
    expect(store.getState().dataStatus.c).toBe("error");
    store.getState().toggleLayer("b");
    store.getState().toggleLayer("a");
    store.getState().toggleLayer("a");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(source.dataCalls.sort()).toEqual(["a", "b", "c"]);
  });

  it("keeps the tile set to this manifest's layers and forgets a removed one", async () => {
    const store = createLayersStore();
    const source = memorySource([meta("a", 2), meta("b", 1)]);
    source.tileSet = async () => ({
      tileUrl: "http://h/tiles/{z}/{x}/{y}.pbf",
      minZoom: 0,
      maxZoom: 12,
      bounds: [120, 36, 121, 37],
      layerIds: ["a", "b", "a:labels", "gone"],
    });
    await store.getState().loadManifest(source);
    expect(store.getState().tileSet?.layerIds).toEqual(["a", "b"]);
    store.getState().removeLayer("a");
    expect(store.getState().tileSet?.layerIds).toEqual(["b"]);
  });

  it("still loads the manifest when the tile set fails", async () => {
    const store = createLayersStore();
    const source = memorySource([meta("a", 2)]);
    source.tileSet = async () => {
      throw new Error("offline");
    };
    await store.getState().loadManifest(source);
    expect(store.getState()).toMatchObject({ manifestStatus: "ready", tileSet: null });
  });

  it("loads the GeoJSON of tile-set layers after the map's first frame, the others at once", async () => {
    const store = createLayersStore();
    const source = memorySource([meta("a", 2), meta("b", 1)]);
    source.tileSet = async () => ({ tileUrl: "http://h/tiles/{z}/{x}/{y}.pbf", minZoom: 0, maxZoom: 12, bounds: [120, 36, 121, 37], layerIds: ["a"] });
    await store.getState().loadManifest(source);
    const ui = createUiStore();
    const loading = startLazyLayerLoading({ layersStore: store, source, uiStore: ui });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(source.dataCalls).toEqual(["b"]);
    ui.getState().reportMapPainted();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(source.dataCalls.sort()).toEqual(["a", "b"]);
    loading.stop();
    store.getState().toggleLayer("a");
    store.getState().toggleLayer("a");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(source.dataCalls.sort()).toEqual(["a", "b"]);
  });

  it("stops waiting for a first frame that never comes", async () => {
    const store = createLayersStore();
    const source = memorySource([meta("a", 2)]);
    source.tileSet = async () => ({ tileUrl: "http://h/tiles/{z}/{x}/{y}.pbf", minZoom: 0, maxZoom: 12, bounds: [120, 36, 121, 37], layerIds: ["a"] });
    await store.getState().loadManifest(source);
    startLazyLayerLoading({ layersStore: store, source, uiStore: createUiStore(), maxDeferMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(source.dataCalls).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(source.dataCalls).toEqual(["a"]);
  });
});

describe("selectLayerIdOfKind", () => {
  it("finds the region's own layer of a kind, topmost first, and none for a region without one", () => {
    const metas = {
      qingdaoPark: meta("qingdaoPark", 10),
      cityPark: { ...meta("cityPark", 20), regions: ["osm-taipei" as const] },
      district: { ...meta("district", 5), kind: "district" as const, regions: ["qingdao" as const, "yantai" as const] },
    };
    const state = { order: ["cityPark", "qingdaoPark", "district"], metas };
    expect(selectLayerIdOfKind(state, "park", "qingdao")).toBe("qingdaoPark");
    expect(selectLayerIdOfKind(state, "park", "osm-taipei")).toBe("cityPark");
    expect(selectLayerIdOfKind(state, "park", "yantai")).toBeUndefined();
    expect(selectLayerIdOfKind(state, "district", "yantai")).toBe("district");
  });
});
