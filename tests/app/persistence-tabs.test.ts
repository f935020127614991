import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { LayerMeta } from "../../src/domain/layer-meta";
import { createLayersStore } from "../../src/state/layers-store";
import type { ProjectChange, ProjectCoordination, ProjectStorage } from "../../src/services/project-storage";
import { layerKey, type ProjectJournal, SETTINGS_KEY } from "../../src/app/persistence-controller";
import { startPersistence } from "../../src/app/store-bindings";
import { createUiStore } from "../../src/state/ui-store";
import { testLayerMeta } from "../helpers/test-layer-meta";
import { memoryStorage } from "../helpers/memory-storage";

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

const meta = (id: string): LayerMeta => testLayerMeta(id, { drawOrder: 50 });
const data = (name: string): FeatureCollection => ({
  type: "FeatureCollection",
  features: [{ type: "Feature", properties: { name }, geometry: { type: "Point", coordinates: [120.3, 36.1] } }],
});

function tab(
  storage: ProjectStorage,
  coordination?: ProjectCoordination,
  debounceMs = 0,
  onPageHide?: (listener: () => void) => () => void,
  journal?: ProjectJournal,
) {
  const layers = createLayersStore();
  layers.setState({ manifestStatus: "ready", metas: { park: meta("park") }, order: ["park"], views: { park: { isVisible: true, opacityRatio: 1 } } });
  const ui = createUiStore();
  const errors: string[] = [];
  startPersistence({ layersStore: layers, uiStore: ui, storage, onError: (message) => errors.push(message), debounceMs, onPageHide, coordination, journal });
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
    const names = (layers: typeof first.layers) =>
      Object.values(layers.getState().data)
        .map((collection) => collection.features[0]?.properties?.name)
        .sort();
    for (const each of [first, second]) await expect.poll(() => names(each.layers)).toEqual(["first tab's park", "second tab's park"]);
    // Each tab shows the saved layer under its saved id.
    for (const each of [first, second])
      for (const id of ["user-park", "user-park-2"]) expect(each.layers.getState().data[id]?.features[0]?.properties?.name).toBe(savedName(id));
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
    await expect
      .poll(() => (storage.map.get(SETTINGS_KEY) as { ui?: { ruleSetId?: string } } | undefined)?.ui?.ruleSetId, { timeout: 1_000 })
      .toBe("gb50563-2010");
  });
});

/** A journal that keeps at most `quota` characters of JSON, as localStorage keeps ≈ 5 MB. */
function quotaJournal(quota: number): ProjectJournal & { text: string | null } {
  const journal = {
    text: null as string | null,
    write: (entry: unknown) => {
      const text = JSON.stringify(entry);
      if (text.length > quota) return false;
      journal.text = text;
      return true;
    },
    read: () => (journal.text === null ? undefined : (JSON.parse(journal.text) as unknown)),
    clear: () => void (journal.text = null),
  };
  return journal;
}

/** Storage a page writes to until it is gone (reloaded): from then on its writes never land. */
function pageStorage(storage: ProjectStorage) {
  const page = { gone: false };
  const view: ProjectStorage = {
    get: (key) => storage.get(key),
    set: (key, value) => (page.gone ? new Promise<void>(() => {}) : storage.set(key, value)),
    del: (key) => (page.gone ? new Promise<void>(() => {}) : storage.del(key)),
  };
  return { view, leave: () => void (page.gone = true) };
}

const manyPoints = (count: number): FeatureCollection => ({
  type: "FeatureCollection",
  features: Array.from({ length: count }, (_, index) => ({
    type: "Feature",
    properties: { name: `point ${index}` },
    geometry: { type: "Point", coordinates: [120.3 + index * 1e-5, 36.1] },
  })),
});

describe("a reload right after a change to a project larger than the journal's quota", () => {
  const QUOTA = 20_000;

  /** A tab whose storage writes stop landing when it `page.leave()`s, with a small journal and its page-hide event. */
  async function pageBeforeReload() {
    const storage = memoryStorage();
    const journal = quotaJournal(QUOTA);
    const page = pageStorage(storage);
    const hidden = { listener: () => {} };
    const before = tab(page.view, undefined, 60_000, (listener) => ((hidden.listener = listener), () => {}), journal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { storage, journal, page, before, hide: () => hidden.listener() };
  }

  it("keeps a settings change: the journal holds the settings and refers to the layers already saved", async () => {
    const { storage, journal, page, before, hide } = await pageBeforeReload();
    before.layers.getState().addUserLayer(meta("user-big"), manyPoints(2_000));
    await expect.poll(() => savedLayerIds(storage)).toEqual(["user-big"]);
    expect(JSON.stringify(before.layers.getState().data["user-big"]).length).toBeGreaterThan(QUOTA * 5);
    before.ui.getState().chooseRuleSet("gb50563-2010");
    hide();
    page.leave();
    expect(journal.text).not.toBeNull();

    const after = tab(storage, undefined, 60_000, undefined, journal);
    await expect.poll(() => after.ui.getState().ruleSetId).toBe("gb50563-2010");
    await expect.poll(() => after.layers.getState().data["user-big"]?.features.length).toBe(2_000);
    expect(after.ui.getState().projectRepairs).toBeNull();
  });

  it("a new layer too large for the journal whose save was cut off is named as dropped; the settings are kept", async () => {
    const { storage, journal, page, before, hide } = await pageBeforeReload();
    before.ui.getState().chooseRuleSet("gb50563-2010");
    page.leave();
    before.layers.getState().addUserLayer(meta("user-big"), manyPoints(2_000));
    hide();
    expect(journal.text).not.toBeNull();

    const after = tab(storage, undefined, 60_000, undefined, journal);
    await expect.poll(() => after.ui.getState().ruleSetId).toBe("gb50563-2010");
    await expect.poll(() => after.ui.getState().projectRepairs?.items).toEqual([{ kind: "layer-dropped", subject: "user-big" }]);
    expect(after.layers.getState().metas["user-big"]).toBeUndefined();
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
    const city = {
      id: "osm-jingmei" as const,
      name: { zh: "景美", en: "Jingmei" },
      bbox: [121.53, 24.97, 121.55, 24.99] as [number, number, number, number],
      dataDate: "2025-05-30",
    };
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
