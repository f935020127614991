import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { LayerMeta } from "../domain/layer-meta";
import { createAnalysisStore } from "../state/analysis-store";
import type { LayerSource } from "../services/layer-source";
import { createLayersStore } from "../state/layers-store";
import { type JournalEntry, SETTINGS_KEY } from "./persistence-controller";
import { type ProjectSnapshot, snapshotOf } from "../state/project-snapshot";
import { createScenarioStore } from "../state/scenario-store";
import { createUiStore } from "../state/ui-store";
import type { AnalysisClient } from "../worker/analysis-client";
import { type AppServices, compose } from "./compose";
import { testLayerMeta } from "../../tests/helpers/test-layer-meta";

const meta = (id: string): LayerMeta => testLayerMeta(id);
const empty = (): FeatureCollection => ({ type: "FeatureCollection", features: [] });

const layerSource: LayerSource = {
  manifest: async () => ({ version: 1, layers: ["park", "river"] }),
  meta: async (id) => meta(id),
  data: async () => empty(),
};

/** A gate a fake service waits on until the test opens it. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Browser services in memory: storage whose reads and writes can be held, an address bar, a journal, the page-hide event. */
function fakeServices(search: string) {
  const stored = new Map<string, unknown>();
  const reads = gate();
  let writes: Promise<void> = Promise.resolve();
  const pushes: string[] = [];
  const journal = { written: [] as JournalEntry[], cleared: 0 };
  const pageHide = { listeners: [] as (() => void)[] };
  let clients = 0;
  const services: AppServices = {
    layerSource,
    storage: {
      get: async (key) => (await reads.opened, structuredClone(stored.get(key))),
      set: async (key, value) => (await writes, void stored.set(key, structuredClone(value))),
      del: async (key) => void stored.delete(key),
    },
    coordination: { withLock: (work) => work(), announce: () => {}, onAnnounce: () => () => {} },
    journal: {
      write: (snapshot) => (journal.written.push(snapshot), true),
      read: () => undefined,
      clear: () => void (journal.cleared += 1),
    },
    urlEnvironment: { search: () => search, push: (next) => void pushes.push(next), replace: () => {}, onPopState: () => () => {} },
    onPageHide: (listener) => (pageHide.listeners.push(listener), () => {}),
    analysisClient: () => (clients++, { computeMetrics: () => new Promise(() => {}), cancelWalking: () => {} } as unknown as AnalysisClient),
  };
  const holdWrites = () => {
    const held = gate();
    writes = held.opened;
    return held.open;
  };
  return { services, stored, openReads: reads.open, holdWrites, pushes, journal, pageHide, clientCount: () => clients };
}

function appStores() {
  return { layersStore: createLayersStore(), uiStore: createUiStore(), analysisStore: createAnalysisStore(), scenarioStore: createScenarioStore() };
}

/** A saved project: both layers shown, two scenarios with 方案B active. */
function savedProject(): ProjectSnapshot {
  const { layersStore, uiStore, scenarioStore } = appStores();
  layersStore.setState({
    manifestStatus: "ready",
    metas: { park: meta("park"), river: meta("river") },
    order: ["park", "river"],
    views: { park: { isVisible: true, opacityRatio: 1 }, river: { isVisible: true, opacityRatio: 1 } },
  });
  scenarioStore.getState().loadScenarios(
    [
      { id: "scenario-7", name: "方案A", parks: [] },
      { id: "scenario-8", name: "方案B", parks: [] },
    ],
    "scenario-8",
  );
  return snapshotOf(layersStore.getState(), uiStore.getState(), new Date(), scenarioStore.getState());
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("composition root", () => {
  it("lets a permalink win over a saved project whose restore finishes after the link was applied", async () => {
    const fake = fakeServices("?layers=river&scenario=scenario-7");
    fake.stored.set(SETTINGS_KEY, savedProject());
    const stores = appStores();
    compose(stores, fake.services);
    await settle();
    // The manifest is in and the link's layers are shown; the saved project is still being read.
    expect(stores.layersStore.getState().views.park?.isVisible).toBe(false);
    expect(stores.scenarioStore.getState().scenarios).toEqual([]);

    fake.openReads();
    await settle();
    expect(stores.scenarioStore.getState().scenarios.map((scenario) => scenario.id)).toEqual(["scenario-7", "scenario-8"]);
    expect(stores.scenarioStore.getState().activeScenarioId).toBe("scenario-7");
    expect(stores.layersStore.getState().views.park?.isVisible).toBe(false);
    expect(stores.layersStore.getState().views.river?.isVisible).toBe(true);
    expect(fake.pushes.at(-1)).toContain("scenario=scenario-7");
  });

  it("writes the journal when the page is hidden while a save is still being written, and clears it once saved", async () => {
    const fake = fakeServices("");
    fake.openReads();
    const stores = appStores();
    compose(stores, fake.services);
    await settle();
    const [pageHidden] = fake.pageHide.listeners;
    pageHidden?.();
    expect(fake.journal.written).toHaveLength(0);

    const release = fake.holdWrites();
    stores.layersStore.getState().addUserLayer(meta("user-park"), empty());
    await settle();
    pageHidden?.();
    expect(fake.journal.written.map((snapshot) => snapshot.userLayers.map((layer) => layer.meta.id))).toEqual([["user-park"]]);

    const clearedBefore = fake.journal.cleared;
    release();
    await settle();
    expect(fake.journal.cleared).toBe(clearedBefore + 1);
    expect(fake.stored.has(SETTINGS_KEY)).toBe(true);
  });

  it("starts the metrics worker only when a planner opens the metrics", async () => {
    const fake = fakeServices("?mode=public");
    fake.openReads();
    const stores = appStores();
    compose(stores, fake.services);
    stores.uiStore.getState().openPanelTab("metrics");
    await settle();
    expect(fake.clientCount()).toBe(0);
    stores.uiStore.getState().switchMode("planner");
    stores.uiStore.getState().openPanelTab("layers");
    stores.uiStore.getState().openPanelTab("metrics");
    await settle();
    expect(fake.clientCount()).toBe(1);
  });
});
