import { describe, expect, it } from "vitest";
import type { LayerMeta } from "../domain/layer-meta";
import { createLayersStore } from "../state/layers-store";
import { createUiStore } from "../state/ui-store";
import { startUrlSync } from "./store-bindings";
import type { UrlEnvironment } from "../services/url-environment";
import { testLayerMeta } from "../../tests/helpers/test-layer-meta";

function fakeEnvironment(initial: string) {
  let search = initial;
  const pushes: string[] = [];
  const replaces: string[] = [];
  let popListener = () => {};
  const environment: UrlEnvironment = {
    search: () => search,
    push: (next) => {
      pushes.push(next);
      search = next;
    },
    replace: (next) => {
      replaces.push(next);
      search = next;
    },
    onPopState: (listener) => {
      popListener = listener;
      return () => {};
    },
  };
  return { environment, pushes, replaces, goBack: (to: string) => ((search = to), popListener()) };
}

const meta = (id: string): LayerMeta => testLayerMeta(id, { style: { color: "#000000" }, featureCount: 0 });

function loadedLayers() {
  const store = createLayersStore();
  store.setState({
    manifestStatus: "ready",
    metas: { park: meta("park"), river: meta("river") },
    order: ["park", "river"],
    views: { park: { isVisible: true, opacityRatio: 1 }, river: { isVisible: true, opacityRatio: 1 } },
  });
  return store;
}

describe("url sync", () => {
  it("restores mode, region, view, layers and feature from the URL", () => {
    const ui = createUiStore();
    const layers = loadedLayers();
    const { environment } = fakeEnvironment("?mode=public&region=yantai&view=121.4,37.5,12&layers=river&feature=river:3");
    startUrlSync({ uiStore: ui, layersStore: layers, environment });
    expect(ui.getState()).toMatchObject({ mode: "public", region: "yantai", selection: { layerId: "river", featureIndex: 3 } });
    expect(ui.getState().viewTarget).toMatchObject({ center: [121.4, 37.5], zoom: 12 });
    expect(layers.getState().views.park?.isVisible).toBe(false);
    expect(layers.getState().views.river?.isVisible).toBe(true);
  });

  it("pushes history for discrete changes and replaces it for camera moves", () => {
    const ui = createUiStore();
    const layers = loadedLayers();
    const fake = fakeEnvironment("");
    startUrlSync({ uiStore: ui, layersStore: layers, environment: fake.environment });
    layers.getState().toggleLayer("park");
    ui.getState().reportMapView({ center: [120.3, 36.1], zoom: 10 });
    expect(fake.pushes.at(-1)).toContain("layers=river");
    expect(fake.replaces.at(-1)).toContain("view=120.30000,36.10000,10.00");
  });

  it("applies the previous URL on back", () => {
    const ui = createUiStore();
    const layers = loadedLayers();
    const fake = fakeEnvironment("");
    startUrlSync({ uiStore: ui, layersStore: layers, environment: fake.environment });
    ui.getState().selectFeature({ layerId: "park", featureIndex: 1 });
    fake.goBack("?region=qingdao&layers=park,river");
    expect(ui.getState().selection).toBeNull();
  });
});

describe("url sync before the manifest is loaded", () => {
  it("applies the URL's layer list once the manifest arrives", () => {
    const ui = createUiStore();
    const layers = createLayersStore();
    startUrlSync({ uiStore: ui, layersStore: layers, environment: fakeEnvironment("?layers=river").environment });
    layers.setState({
      manifestStatus: "ready",
      metas: { park: meta("park"), river: meta("river") },
      order: ["park", "river"],
      views: { park: { isVisible: true, opacityRatio: 1 }, river: { isVisible: true, opacityRatio: 1 } },
    });
    expect(layers.getState().views.park?.isVisible).toBe(false);
    expect(layers.getState().views.river?.isVisible).toBe(true);
  });
});

describe("url sync with scenarios", () => {
  it("activates the URL's scenario once it is restored, and writes the active scenario back", async () => {
    const { createScenarioStore } = await import("../state/scenario-store");
    const ui = createUiStore();
    const layers = loadedLayers();
    const scenarios = createScenarioStore();
    const fake = fakeEnvironment("?scenario=scenario-7");
    startUrlSync({ uiStore: ui, layersStore: layers, environment: fake.environment, scenarioStore: scenarios });
    scenarios.getState().loadScenarios([{ id: "scenario-7", name: "口袋公园", parks: [] }], null);
    expect(scenarios.getState().activeScenarioId).toBe("scenario-7");
    scenarios.getState().createScenario("另一个");
    expect(fake.pushes.at(-1)).toContain("scenario=scenario-");
    expect(fake.pushes.at(-1)).not.toContain("scenario-7");
  });
});
