import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { LayerMeta } from "../domain/layer-meta";
import { createLayersStore } from "../state/layers-store";
import { layerKey, SETTINGS_KEY } from "./persistence-controller";
import { startPersistence } from "./store-bindings";
import { parseSnapshot, snapshotOf } from "../state/project-snapshot";
import { createUiStore } from "../state/ui-store";
import { testLayerMeta } from "../../tests/helpers/test-layer-meta";
import { memoryStorage } from "../../tests/helpers/memory-storage";

const meta = (id: string): LayerMeta => testLayerMeta(id, { schematic: id === "park", drawOrder: 50 });
const parkData = (name: string): FeatureCollection => ({
  type: "FeatureCollection",
  features: [{ type: "Feature", properties: { name }, geometry: { type: "Point", coordinates: [120.3, 36.1] } }],
});

function readyLayers() {
  const store = createLayersStore();
  store.setState({ manifestStatus: "ready", metas: { park: meta("park") }, order: ["park"], views: { park: { isVisible: true, opacityRatio: 1 } } });
  return store;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("persistence", () => {
  it("keeps the map camera, unless the address carries one (a permalink wins)", async () => {
    const storage = memoryStorage();
    const ui = createUiStore();
    startPersistence({ layersStore: readyLayers(), uiStore: ui, storage, onError: () => {}, debounceMs: 0 });
    await settle();
    ui.getState().reportMapView({ center: [120.38, 36.07], zoom: 14.5 });
    await settle();

    const restored = createUiStore();
    startPersistence({ layersStore: readyLayers(), uiStore: restored, storage, onError: () => {}, debounceMs: 0 });
    await settle();
    expect(restored.getState().viewTarget).toMatchObject({ center: [120.38, 36.07], zoom: 14.5 });

    const linked = createUiStore();
    linked.getState().jumpTo({ center: [121.4, 37.5], zoom: 10 });
    startPersistence({ layersStore: readyLayers(), uiStore: linked, storage, onError: () => {}, debounceMs: 0 });
    await settle();
    expect(linked.getState().viewTarget).toMatchObject({ center: [121.4, 37.5], zoom: 10 });
  });

  it("saves user layers and settings, and restores them in a new session", async () => {
    const storage = memoryStorage();
    const layers = readyLayers();
    const ui = createUiStore();
    startPersistence({ layersStore: layers, uiStore: ui, storage, onError: () => {}, debounceMs: 0 });
    await settle();
    layers.getState().addUserLayer(meta("user-park"), parkData("我的公园"));
    layers.getState().toggleLayer("park");
    ui.getState().chooseRuleSet("who-2016");
    await settle();
    expect(storage.map.has(layerKey("user-park"))).toBe(true);

    const nextLayers = createLayersStore();
    const nextUi = createUiStore();
    startPersistence({ layersStore: nextLayers, uiStore: nextUi, storage, onError: () => {}, debounceMs: 0 });
    nextLayers.setState({ manifestStatus: "ready", metas: { park: meta("park") }, order: ["park"], views: { park: { isVisible: true, opacityRatio: 1 } } });
    await settle();
    expect(nextLayers.getState().data["user-park"]?.features[0]?.properties?.name).toBe("我的公园");
    expect(nextLayers.getState().views.park?.isVisible).toBe(false);
    expect(nextUi.getState().ruleSetId).toBe("who-2016");
  });

  it("lets the address's layer list, region and rule set win over the saved ones (a permalink wins)", async () => {
    const storage = memoryStorage();
    const layers = readyLayers();
    const ui = createUiStore();
    startPersistence({ layersStore: layers, uiStore: ui, storage, onError: () => {}, debounceMs: 0 });
    await settle();
    layers.getState().addUserLayer(meta("user-park"), parkData("我的公园"));
    layers.getState().toggleLayer("user-park");
    ui.getState().chooseRuleSet("who-2016");
    await settle();

    const linkedLayers = readyLayers();
    const linkedUi = createUiStore();
    startPersistence({
      layersStore: linkedLayers,
      uiStore: linkedUi,
      storage,
      onError: () => {},
      debounceMs: 0,
      linked: () => ({ layers: ["user-park"], region: "yantai", rules: "gb50563-2010" }),
    });
    await settle();
    expect(linkedLayers.getState().views["user-park"]?.isVisible).toBe(true);
    expect(linkedLayers.getState().views.park?.isVisible).toBe(false);
    expect(linkedUi.getState()).toMatchObject({ region: "yantai", ruleSetId: "gb50563-2010" });
  });

  it("keeps each layer's own style as its default across a restyle and a restore", async () => {
    const storage = memoryStorage();
    const layers = readyLayers();
    startPersistence({ layersStore: layers, uiStore: createUiStore(), storage, onError: () => {}, debounceMs: 0 });
    await settle();
    layers.getState().addUserLayer(meta("user-park"), parkData("a"));
    const graduated = { color: "#00ff00", graduated: { property: "areaM2", breaks: [1], colors: ["#000000", "#ffffff"] } };
    layers.getState().restyleLayer("park", graduated);
    layers.getState().restyleLayer("user-park", graduated);
    await settle();

    const restored = createLayersStore();
    startPersistence({ layersStore: restored, uiStore: createUiStore(), storage, onError: () => {}, debounceMs: 0 });
    restored.setState({
      manifestStatus: "ready",
      metas: { park: meta("park") },
      order: ["park"],
      views: { park: { isVisible: true, opacityRatio: 1 } },
      defaultStyles: { park: meta("park").style },
    });
    await settle();
    for (const id of ["park", "user-park"]) {
      expect(restored.getState().metas[id]?.style.graduated?.property).toBe("areaM2");
      expect(restored.getState().defaultStyles[id]).toEqual(meta(id).style);
    }
    expect([...restored.getState().restyledIds].sort()).toEqual(["park", "user-park"]);
    restored.getState().restyleLayer("park", restored.getState().defaultStyles.park as LayerMeta["style"]);
    expect(restored.getState().restyledIds).toEqual(["user-park"]);
  });

  it("writes a layer's data only when it changed", async () => {
    const storage = memoryStorage();
    const layers = readyLayers();
    startPersistence({ layersStore: layers, uiStore: createUiStore(), storage, onError: () => {}, debounceMs: 0 });
    await settle();
    layers.getState().addUserLayer(meta("user-park"), parkData("a"));
    await settle();
    layers.getState().toggleLayer("park");
    await settle();
    expect(storage.writes.filter((key) => key === layerKey("user-park"))).toHaveLength(1);
    expect(storage.writes.filter((key) => key === SETTINGS_KEY).length).toBeGreaterThanOrEqual(2);
  });

  it("reports a storage failure instead of failing silently", async () => {
    const errors: string[] = [];
    const quota = Object.assign(new Error("quota exceeded"), { name: "QuotaExceededError" });
    const layers = readyLayers();
    startPersistence({
      layersStore: layers,
      uiStore: createUiStore(),
      storage: memoryStorage(quota),
      onError: (message) => errors.push(message),
      debounceMs: 0,
    });
    await settle();
    layers.getState().addUserLayer(meta("user-park"), parkData("a"));
    await settle();
    expect(errors[0]).toContain("QuotaExceededError");
  });
});

describe("project snapshot", () => {
  it("round-trips through JSON and rejects other files", () => {
    const layers = readyLayers();
    layers.getState().addUserLayer(meta("user-park"), parkData("x"));
    const snapshot = snapshotOf(layers.getState(), createUiStore().getState());
    expect(parseSnapshot(JSON.parse(JSON.stringify(snapshot)))?.userLayers).toHaveLength(1);
    expect(parseSnapshot({ type: "FeatureCollection", features: [] })).toBeNull();
    expect(parseSnapshot({ ...snapshot, userLayers: [{ meta: { id: "park" }, data: {} }] })?.userLayers).toEqual([]);
  });
});

describe("scenario persistence", () => {
  it("saves candidate-park scenarios and restores them", async () => {
    const { createScenarioStore } = await import("../state/scenario-store");
    const storage = memoryStorage();
    const scenarios = createScenarioStore();
    const layers = readyLayers();
    startPersistence({ layersStore: layers, uiStore: createUiStore(), storage, onError: () => {}, debounceMs: 0, scenarioStore: scenarios });
    await settle();
    scenarios.getState().createScenario("新增口袋公园");
    scenarios.getState().editParks([
      {
        type: "Feature",
        id: "a",
        properties: {},
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [120, 36],
              [120.001, 36],
              [120.001, 36.001],
              [120, 36],
            ],
          ],
        },
      },
    ]);
    await settle();
    const nextScenarios = createScenarioStore();
    const nextLayers = createLayersStore();
    startPersistence({ layersStore: nextLayers, uiStore: createUiStore(), storage, onError: () => {}, debounceMs: 0, scenarioStore: nextScenarios });
    nextLayers.setState({ manifestStatus: "ready", metas: { park: meta("park") }, order: ["park"], views: { park: { isVisible: true, opacityRatio: 1 } } });
    await settle();
    expect(nextScenarios.getState().scenarios.map((scenario) => [scenario.name, scenario.parks.length])).toEqual([["新增口袋公园", 1]]);
  });
});
