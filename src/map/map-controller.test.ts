import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SitingReport } from "../analysis/siting/siting-report";
import type { NetworkCoverageResult } from "../domain/metrics-report";
import { createAnalysisStore } from "../state/analysis-store";
import { createLayersStore } from "../state/layers-store";
import { createPointerStore } from "../state/pointer-store";
import { createScenarioStore } from "../state/scenario-store";
import { createSitingStore } from "../state/siting-store";
import { createUiStore } from "../state/ui-store";
import type { ReportSummary } from "../worker/layer-refs";
import type { MapAdapter } from "./map-adapter";
import { connectMap, type MapStores } from "./map-controller";

/** What the MapLibre-bound collaborators were asked to do (they are replaced: Node has no WebGL). */
const seen = vi.hoisted(() => ({
  drawControllers: [] as { calls: [string, unknown][]; destroyed: boolean }[],
}));

vi.mock("./draw-controller", () => ({
  DrawController: class {
    readonly record = { calls: [] as [string, unknown][], destroyed: false };
    constructor() {
      seen.drawControllers.push(this.record);
    }
    load(parks: unknown) {
      this.record.calls.push(["load", parks]);
    }
    setTool(tool: unknown) {
      this.record.calls.push(["setTool", tool]);
    }
    setMeasureTool(tool: unknown) {
      this.record.calls.push(["setMeasureTool", tool]);
    }
    destroy() {
      this.record.destroyed = true;
    }
  },
}));
vi.mock("./export-image", () => ({ registerMapImageExporter: () => {} }));
vi.mock("./test-hook", () => ({ installTestHook: () => () => {} }));

/** A MapAdapter that records every call by name; `whenReady` callbacks wait until `mapLoads()`. */
function fakeAdapter() {
  const calls: [string, ...unknown[]][] = [];
  const waiting: ((map: unknown) => void | Promise<void>)[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  const adapter = {
    map: {},
    sync: record("sync"),
    setPicking: record("setPicking"),
    setBlindSpotView: record("setBlindSpotView"),
    showBlindSpots: record("showBlindSpots"),
    setWalkingView: record("setWalkingView"),
    showWalking: record("showWalking"),
    fitBounds: record("fitBounds"),
    jumpTo: record("jumpTo"),
    showSelection: record("showSelection"),
    setBasemap: record("setBasemap"),
    showProbe: record("showProbe"),
    showNearestPark: record("showNearestPark"),
    showSitingSites: record("showSitingSites"),
    whenReady: (callback: (map: unknown) => void | Promise<void>) => {
      calls.push(["whenReady"]);
      waiting.push(callback);
    },
  };
  const named = (name: string) => calls.filter(([called]) => called === name).map(([, ...args]) => args);
  const mapLoads = async () => {
    for (const callback of waiting.splice(0)) await callback(adapter.map);
  };
  return { adapter: adapter as unknown as MapAdapter, calls, named, mapLoads };
}

function stores(mode: "planner" | "public" = "planner"): MapStores {
  return {
    layersStore: createLayersStore(),
    uiStore: createUiStore({ mode }),
    pointerStore: createPointerStore(),
    analysisStore: createAnalysisStore(),
    scenarioStore: createScenarioStore(),
    sitingStore: createSitingStore(),
  };
}

const reportWithBlindSpots = (blindSpotsUrl: string | null) => ({ blindSpotsUrl }) as ReportSummary;

beforeEach(() => {
  seen.drawControllers.length = 0;
});

describe("the map controller", () => {
  it("syncs the layers at start and on every layers change, and nothing once stopped", () => {
    const { adapter, named, calls } = fakeAdapter();
    const { layersStore, ...rest } = stores();
    const disconnect = connectMap(adapter, { layersStore, ...rest });
    expect(named("sync")).toEqual([[layersStore.getState()]]);
    layersStore.setState({ manifestStatus: "loading" });
    expect(named("sync").at(-1)).toEqual([layersStore.getState()]);
    expect(named("sync")).toHaveLength(2);
    disconnect();
    const callsWhenStopped = calls.length;
    layersStore.setState({ manifestStatus: "ready" });
    rest.uiStore.getState().requestView([120, 36, 121, 37]);
    expect(calls).toHaveLength(callsWhenStopped);
  });

  it("turns picking off while a drawing or measuring tool is on, and back on after", () => {
    const { adapter, named } = fakeAdapter();
    const mapStores = stores();
    connectMap(adapter, mapStores);
    const picking = () => named("setPicking").at(-1)?.[0];
    expect(picking()).toBe(true);
    mapStores.uiStore.getState().chooseMeasureTool("distance");
    expect(picking()).toBe(false);
    mapStores.scenarioStore.getState().createScenario("方案一");
    mapStores.scenarioStore.getState().chooseTool("draw");
    mapStores.uiStore.getState().chooseMeasureTool("off");
    expect(picking()).toBe(false);
    mapStores.scenarioStore.getState().chooseTool("off");
    expect(picking()).toBe(true);
  });

  it("moves the camera for each new view request only, and shows a changed selection once", () => {
    const { adapter, named } = fakeAdapter();
    const { uiStore, ...rest } = stores();
    connectMap(adapter, { uiStore, ...rest });
    uiStore.getState().requestView([120, 36, 121, 37]);
    uiStore.getState().requestView([120, 36, 121, 37]);
    uiStore.getState().switchLanguage();
    expect(named("fitBounds")).toEqual([[[120, 36, 121, 37]], [[120, 36, 121, 37]]]);
    const selection = { layerId: "park", featureIndex: 3 };
    uiStore.getState().selectFeature(selection);
    uiStore.getState().switchLanguage();
    expect(named("showSelection")).toEqual([[selection]]);
  });

  it("shows the blind spots of the report on screen: the scenario's while there is one, else the baseline's", () => {
    const { adapter, named } = fakeAdapter();
    const { analysisStore, ...rest } = stores();
    connectMap(adapter, { analysisStore, ...rest });
    analysisStore.getState().analysisFinished(reportWithBlindSpots("blob:baseline"), [], false);
    analysisStore.getState().scenarioFinished(reportWithBlindSpots("blob:scenario"));
    analysisStore.getState().changeGreenwayRadius(600);
    analysisStore.getState().scenarioFinished(null);
    expect(named("showBlindSpots").map(([url]) => url)).toEqual([null, "blob:baseline", "blob:scenario", "blob:baseline"]);
  });

  it("shows the walking view when it is switched on, and its areas once the walking run has made them", () => {
    const { adapter, named } = fakeAdapter();
    const { analysisStore, uiStore, ...rest } = stores();
    connectMap(adapter, { analysisStore, uiStore, ...rest });
    uiStore.getState().toggleWalking();
    expect(named("setWalkingView").map(([view]) => (view as { isVisible: boolean }).isVisible)).toEqual([false, true]);
    analysisStore.getState().walkingFinished({ ratio: 0.5 } as NetworkCoverageResult);
    analysisStore.getState().walkingGeometryReady({ serviceAreasUrl: "blob:areas", radiusOnlyUrl: "blob:radius-only" });
    expect(named("showWalking")).toEqual([[{ serviceAreas: null, radiusOnly: null }], [{ serviceAreas: "blob:areas", radiusOnly: "blob:radius-only" }]]);
  });

  it("loads the drawing tools once, when a planner first needs them, with the tools chosen while they loaded", async () => {
    const { adapter, named, mapLoads } = fakeAdapter();
    const { scenarioStore, uiStore, ...rest } = stores();
    connectMap(adapter, { scenarioStore, uiStore, ...rest });
    expect(named("whenReady")).toHaveLength(0);
    scenarioStore.getState().createScenario("方案一");
    scenarioStore.getState().chooseTool("draw");
    uiStore.getState().chooseMeasureTool("area");
    expect(named("whenReady")).toHaveLength(1);
    expect(uiStore.getState().isDrawToolReady).toBe(false);
    await mapLoads();
    expect(seen.drawControllers).toHaveLength(1);
    expect(seen.drawControllers[0]?.calls).toEqual([
      ["load", []],
      ["setTool", "draw"],
      ["setMeasureTool", "area"],
    ]);
    expect(uiStore.getState().isDrawToolReady).toBe(true);
    scenarioStore.getState().chooseTool("edit");
    scenarioStore.getState().createScenario("方案二");
    expect(seen.drawControllers[0]?.calls.slice(3)).toEqual([
      ["setTool", "edit"],
      ["load", []],
    ]);
    expect(named("whenReady")).toHaveLength(1);
  });

  it("never loads the drawing tools in the public viewer", () => {
    const { adapter, named } = fakeAdapter();
    const { scenarioStore, ...rest } = stores("public");
    connectMap(adapter, { scenarioStore, ...rest });
    scenarioStore.getState().createScenario("方案一");
    expect(named("whenReady")).toHaveLength(0);
  });

  it("makes no drawing tools for a map disconnected while their module loads", async () => {
    const { adapter, mapLoads } = fakeAdapter();
    const { scenarioStore, uiStore, ...rest } = stores();
    const disconnect = connectMap(adapter, { scenarioStore, uiStore, ...rest });
    uiStore.getState().chooseMeasureTool("distance");
    disconnect();
    await mapLoads();
    expect(seen.drawControllers).toHaveLength(0);
    expect(uiStore.getState().isDrawToolReady).toBe(false);
  });

  it("destroys the drawing tools when disconnected and no tool change reaches them after", async () => {
    const { adapter, mapLoads } = fakeAdapter();
    const { uiStore, ...rest } = stores();
    const disconnect = connectMap(adapter, { uiStore, ...rest });
    uiStore.getState().chooseMeasureTool("distance");
    await mapLoads();
    disconnect();
    uiStore.getState().chooseMeasureTool("area");
    expect(seen.drawControllers[0]?.destroyed).toBe(true);
    expect(seen.drawControllers[0]?.calls.filter(([name]) => name === "setMeasureTool")).toEqual([["setMeasureTool", "distance"]]);
  });

  it("marks the suggested sites, the unselected ones apart, and clears them when disconnected", () => {
    const { adapter, named } = fakeAdapter();
    const { sitingStore, ...rest } = stores();
    const disconnect = connectMap(adapter, { sitingStore, ...rest });
    const site = (rank: number) => ({ rank, lonLat: [120.4, 36.1], addedWeight: 1 });
    sitingStore.getState().finished({ sites: [site(1), site(2)], curve: [], byGroup: [] } as unknown as SitingReport);
    sitingStore.getState().toggleSite(2);
    disconnect();
    const shown = named("showSitingSites").map(([sites]) => (sites as { rank: number; selected: boolean }[]).map(({ rank, selected }) => ({ rank, selected })));
    expect(shown).toEqual([
      [
        { rank: 1, selected: true },
        { rank: 2, selected: true },
      ],
      [
        { rank: 1, selected: true },
        { rank: 2, selected: false },
      ],
      [],
    ]);
  });
});
