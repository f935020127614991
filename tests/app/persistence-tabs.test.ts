import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { LayerMeta } from "../../src/domain/layer-meta";
import { createLayersStore } from "../../src/state/layers-store";
import type { ProjectChange, ProjectCoordination, ProjectStorage } from "../../src/services/project-storage";
import { layerKey, SETTINGS_KEY } from "../../src/app/persistence-controller";
import { startPersistence } from "../../src/app/store-bindings";
import { createUiStore } from "../../src/state/ui-store";

function memoryStorage(): ProjectStorage & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    del: async (key) => void map.delete(key),
  };
}

/** Tabs of one browser: a shared lock (a promise chain) and a channel that reaches every other tab. */
function browserOfTabs() {
  let chain: Promise<void> = Promise.resolve();
  const listeners = new Set<(change: ProjectChange) => void>();
  return (): ProjectCoordination => {
    const mine = new Set<(change: ProjectChange) => void>();
    return {
      withLock: (work) => {
        const run = chain.then(work);
        chain = run.catch(() => {});
        return run;
      },
      announce: (change) => {
        for (const listener of listeners) if (!mine.has(listener)) listener(structuredClone(change));
      },
      onAnnounce: (listener) => {
        mine.add(listener);
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  };
}

const meta = (id: string): LayerMeta => ({
  id, title: { zh: id, en: id }, kind: "park", group: "green", geometryType: "Polygon", regions: ["qingdao"],
  style: { color: "#00ff00" }, source: { zh: "", en: "" }, licence: "", attribution: "", schematic: false,
  declaredCrs: "EPSG:4326", defaultVisible: true, drawOrder: 50, featureCount: 1, bbox: [120, 36, 121, 37],
});
const data = (name: string): FeatureCollection => ({
  type: "FeatureCollection",
  features: [{ type: "Feature", properties: { name }, geometry: { type: "Point", coordinates: [120.3, 36.1] } }],
});

function tab(storage: ProjectStorage, coordination?: ProjectCoordination, debounceMs = 0, onPageHide?: (listener: () => void) => () => void) {
  const layers = createLayersStore();
  layers.setState({ manifestStatus: "ready", metas: { park: meta("park") }, order: ["park"], views: { park: { isVisible: true, opacityRatio: 1 } } });
  const ui = createUiStore();
  const errors: string[] = [];
  startPersistence({ layersStore: layers, uiStore: ui, storage, onError: (message) => errors.push(message), debounceMs, onPageHide, coordination });
  return { layers, ui, errors };
}

const savedLayerIds = (storage: { map: Map<string, unknown> }) =>
  ((storage.map.get(SETTINGS_KEY) as { userLayers?: { meta: { id: string } }[] } | undefined)?.userLayers ?? []).map((layer) => layer.meta.id).sort();

describe("two tabs on one saved project", () => {
  it("a later settings save in one tab keeps the layer the other tab imported, and that tab shows it", async () => {
    const storage = memoryStorage();
    const newTab = browserOfTabs();
    const first = tab(storage, newTab());
    const second = tab(storage, newTab());
    await expect.poll(() => storage.map.has(SETTINGS_KEY)).toBe(false);
    first.layers.getState().addUserLayer(meta("user-park"), data("a"));
    await expect.poll(() => savedLayerIds(storage)).toEqual(["user-park"]);
    second.layers.getState().toggleLayer("park");
    await expect.poll(() => second.layers.getState().metas["user-park"] !== undefined).toBe(true);
    second.layers.getState().addUserLayer(meta("user-park-2"), data("b"));
    await expect.poll(() => savedLayerIds(storage)).toEqual(["user-park", "user-park-2"]);
    second.layers.getState().removeLayer("user-park");
    await expect.poll(() => savedLayerIds(storage)).toEqual(["user-park-2"]);
    await expect.poll(() => first.layers.getState().metas["user-park"]).toBeUndefined();

    const reopened = tab(storage);
    await expect.poll(() => Object.keys(reopened.layers.getState().metas).sort()).toEqual(["park", "user-park-2"]);
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it("two tabs importing under the same layer id at the same moment keep both layers, each with its own data", async () => {
    const storage = memoryStorage();
    const newTab = browserOfTabs();
    const first = tab(storage, newTab());
    const second = tab(storage, newTab());
    await new Promise((resolve) => setTimeout(resolve, 20));
    first.layers.getState().addUserLayer(meta("user-park"), data("first tab's park"));
    second.layers.getState().addUserLayer(meta("user-park"), data("second tab's park"));
    await expect.poll(() => savedLayerIds(storage)).toEqual(["user-park", "user-park-2"]);
    const savedName = (id: string) => (storage.map.get(layerKey(id)) as FeatureCollection | undefined)?.features[0]?.properties?.name;
    expect([savedName("user-park"), savedName("user-park-2")].sort()).toEqual(["first tab's park", "second tab's park"]);
    const names = (layers: typeof first.layers) => Object.values(layers.getState().data).map((collection) => collection.features[0]?.properties?.name).sort();
    for (const each of [first, second]) await expect.poll(() => names(each.layers)).toEqual(["first tab's park", "second tab's park"]);
    // Each tab shows the saved layer under its saved id.
    for (const each of [first, second]) for (const id of ["user-park", "user-park-2"]) expect(each.layers.getState().data[id]?.features[0]?.properties?.name).toBe(savedName(id));
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it("keeps the other tab's layer even without the channel (a merge on every save)", async () => {
    const storage = memoryStorage();
    const first = tab(storage);
    const second = tab(storage);
    await new Promise((resolve) => setTimeout(resolve, 20));
    first.layers.getState().addUserLayer(meta("user-park"), data("a"));
    await expect.poll(() => savedLayerIds(storage)).toEqual(["user-park"]);
    second.ui.getState().chooseRuleSet("gb50563-2010");
    await expect.poll(() => (storage.map.get(SETTINGS_KEY) as { ui: { ruleSetId: string } }).ui.ruleSetId).toBe("gb50563-2010");
    expect(savedLayerIds(storage)).toEqual(["user-park"]);
  });
});

describe("saving without losing the last change", () => {
  it("saves an added layer at once, not after the debounce", async () => {
    const storage = memoryStorage();
    const only = tab(storage, undefined, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    only.layers.getState().addUserLayer(meta("user-park"), data("a"));
    await expect.poll(() => savedLayerIds(storage), { timeout: 1_000 }).toEqual(["user-park"]);
  });

  it("saves waiting settings when the page is hidden", async () => {
    const storage = memoryStorage();
    let hide = () => {};
    const only = tab(storage, undefined, 60_000, (listener) => {
      hide = listener;
      return () => {};
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    only.ui.getState().chooseRuleSet("gb50563-2010");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storage.map.has(SETTINGS_KEY)).toBe(false);
    hide();
    await expect.poll(() => (storage.map.get(SETTINGS_KEY) as { ui?: { ruleSetId?: string } } | undefined)?.ui?.ruleSetId, { timeout: 1_000 }).toBe("gb50563-2010");
  });
});

describe("two tabs and an OSM city", () => {
  it("the other tab lists the city's layers in it, and its saves keep the city while the layers stay", async () => {
    const storage = memoryStorage();
    const newTab = browserOfTabs();
    const first = tab(storage, newTab());
    const second = tab(storage, newTab());
    // A tab that hears nothing of the others (as if it had missed the message) and saves after them.
    const third = tab(storage);
    await expect.poll(() => storage.map.has(SETTINGS_KEY)).toBe(false);
    const city = { id: "osm-jingmei" as const, name: { zh: "景美", en: "Jingmei" }, bbox: [121.53, 24.97, 121.55, 24.99] as [number, number, number, number], dataDate: "2025-05-30" };
    first.layers.getState().addProjectRegion(city);
    first.layers.getState().addUserLayer({ ...meta("user-osm-jingmei-park"), regions: [city.id] }, data("景美公園"));
    await expect.poll(() => second.layers.getState().metas["user-osm-jingmei-park"] !== undefined).toBe(true);
    expect(second.layers.getState().projectRegions).toEqual([city]);
    // Its save keeps the city it has not seen beside the layer that names it.
    expect(third.layers.getState().projectRegions).toEqual([]);
    third.layers.getState().addUserLayer(meta("user-park-3"), data("c"));
    await expect.poll(() => savedLayerIds(storage)).toEqual(["user-osm-jingmei-park", "user-park-3"]);
    expect((storage.map.get(SETTINGS_KEY) as { projectRegions?: unknown[] }).projectRegions).toEqual([city]);
  });
});
