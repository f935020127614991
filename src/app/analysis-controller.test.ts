import type { Feature, LineString, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import type { LayerMeta } from "../domain/layer-meta";
import type { Outcome } from "../worker/latest-wins";
import type { AnalysisClient, MetricsInputRefs, ReportSummary, WalkingSummary } from "../worker/analysis-client";
import type { NetworkCoverageResult } from "../domain/metrics-report";
import { startAnalysis } from "./store-bindings";
import { createAnalysisStore } from "../state/analysis-store";
import type { LayerSource } from "../services/layer-source";
import { createLayersStore } from "../state/layers-store";
import { createScenarioStore } from "../state/scenario-store";
import { createUiStore } from "../state/ui-store";
import { testLayerMeta } from "../../tests/helpers/test-layer-meta";

const meta = (id: string, kind: LayerMeta["kind"]): LayerMeta => testLayerMeta(id, { kind });

const source: LayerSource = {
  manifest: async () => ({ version: 1, layers: [] }),
  meta: async (id) => meta(id, "park"),
  data: async () => ({ type: "FeatureCollection", features: [] }),
  dataUrl: (id) => `http://127.0.0.1/layers/${id}/data.geojson`,
};

const candidatePark: Feature<Polygon> = {
  type: "Feature",
  id: "p1",
  properties: {},
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [120.3, 36.1],
        [120.31, 36.1],
        [120.31, 36.11],
        [120.3, 36.1],
      ],
    ],
  },
};

/** A report told apart by `label`. */
const report = (label: string) => ({ label, baseParkCount: 2, blindSpotsUrl: null }) as unknown as ReportSummary;

/** A metrics client whose radius and walking requests stay open until the test answers them, in any order. */
function heldClient() {
  const requests: { input: MetricsInputRefs; answer: (outcome: Outcome<ReportSummary>) => void }[] = [];
  const walkingRequests: { input: MetricsInputRefs; answer: (outcome: Outcome<WalkingSummary>) => void }[] = [];
  const walkingEdits: { kind: "park" | "path"; index: number; feature: Feature | null }[] = [];
  const log: string[] = [];
  let walkingCancels = 0;
  const client: AnalysisClient = {
    computeMetrics: (input) => {
      log.push("radius");
      return new Promise((resolve) => requests.push({ input, answer: resolve }));
    },
    setPark: async () => ({ status: "done", value: { parks: { count: 0 } } as never }),
    computeWalking: (input) => {
      log.push("walking");
      return new Promise((resolve) => walkingRequests.push({ input, answer: resolve }));
    },
    cancelWalking: () => {
      walkingCancels += 1;
    },
    walkingSetPark: async (index, feature) => {
      walkingEdits.push({ kind: "park", index, feature });
      return { status: "done", value: { networkCoverage: walkingFigures(0.4 + walkingEdits.length / 100) } };
    },
    walkingSetPath: async (index, feature) => {
      walkingEdits.push({ kind: "path", index, feature });
      return { status: "done", value: { networkCoverage: walkingFigures(0.4 + walkingEdits.length / 100) } };
    },
    walkingGeometry: async () => ({ serviceAreasUrl: "blob:areas", radiusOnlyUrl: "blob:radius-only" }),
    networkParkFacts: async () => undefined,
    previewRatio: async () => ({ status: "cancelled" }),
    serviceAreas: async () => ({ type: "FeatureCollection", features: [] }),
    cancel: () => {},
    dispose: () => {},
  };
  return { client, requests, walkingRequests, walkingEdits, log, cancels: () => walkingCancels };
}

/** Walking figures told apart by their overall ratio. */
const walkingFigures = (ratio: number) => ({ ratio }) as unknown as NetworkCoverageResult;

function stores() {
  const layersStore = createLayersStore();
  layersStore.setState({
    manifestStatus: "ready",
    metas: {
      park: meta("park", "park"),
      "park-b": meta("park-b", "park"),
      homes: meta("homes", "residential-land"),
      streets: meta("streets", "walking-network"),
    },
    order: ["park", "park-b", "homes", "streets"],
    views: {
      park: { isVisible: true, opacityRatio: 1 },
      "park-b": { isVisible: false, opacityRatio: 1 },
      homes: { isVisible: true, opacityRatio: 1 },
      streets: { isVisible: true, opacityRatio: 1 },
    },
  });
  return { layersStore, uiStore: createUiStore(), analysisStore: createAnalysisStore(), scenarioStore: createScenarioStore() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const label = (value: ReportSummary | null) => (value as unknown as { label: string } | null)?.label;

describe("analysis controller", () => {
  it("holds a scenario restored while the baseline runs until the baseline is done, then runs it on the baseline", async () => {
    const app = stores();
    const { client, requests } = heldClient();
    const { controller } = startAnalysis({ ...app, client, source });
    expect(controller.phase).toBe("baseline-running");
    app.scenarioStore.getState().loadScenarios([{ id: "s1", name: "口袋公园", parks: [candidatePark] }], "s1");
    await settle();
    // A scenario request now would supersede the baseline in the worker's latest-wins queue.
    expect(requests).toHaveLength(1);
    expect(requests[0]?.input.extraParks).toBeUndefined();

    requests[0]?.answer({ status: "done", value: report("baseline") });
    await settle();
    expect(label(app.analysisStore.getState().report)).toBe("baseline");
    expect(requests).toHaveLength(2);
    expect(requests[1]?.input.extraParks).toEqual([candidatePark]);
    expect(controller.phase).toBe("scenario-running");

    requests[1]?.answer({ status: "done", value: report("scenario") });
    await settle();
    expect(label(app.analysisStore.getState().scenarioReport)).toBe("scenario");
    expect(controller.phase).toBe("scenario-ready");
  });

  it("keeps the newer baseline when a layer change overtakes a run and the older result arrives last", async () => {
    const app = stores();
    const { client, requests } = heldClient();
    startAnalysis({ ...app, client, source });
    app.layersStore.getState().toggleLayer("park-b");
    await settle();
    expect(requests).toHaveLength(2);
    expect(requests[1]?.input.parks?.map((ref) => ("url" in ref ? ref.url : ""))).toEqual([source.dataUrl?.("park"), source.dataUrl?.("park-b")]);

    requests[1]?.answer({ status: "done", value: report("with park-b") });
    await settle();
    requests[0]?.answer({ status: "done", value: report("stale") });
    await settle();
    expect(label(app.analysisStore.getState().report)).toBe("with park-b");
    expect(app.analysisStore.getState().inputLayerIds).toContain("park-b");
  });

  it("drops a scenario result whose scenario was closed while it ran", async () => {
    const app = stores();
    const { client, requests } = heldClient();
    startAnalysis({ ...app, client, source });
    requests[0]?.answer({ status: "done", value: report("baseline") });
    await settle();
    app.scenarioStore.getState().loadScenarios([{ id: "s1", name: "口袋公园", parks: [candidatePark] }], "s1");
    await settle();
    expect(requests).toHaveLength(2);
    app.scenarioStore.getState().activateScenario(null);
    await settle();
    requests[1]?.answer({ status: "done", value: report("closed scenario") });
    await settle();
    expect(app.analysisStore.getState().scenarioReport).toBeNull();
  });

  it("answers the radius figures first; the walking run starts only after them, and one for stale inputs is dropped", async () => {
    const app = stores();
    const { client, requests, walkingRequests, log, cancels } = heldClient();
    startAnalysis({ ...app, client, source });
    await settle();
    // Only the radius run is out; the 步行 column says 计算中… meanwhile.
    expect(log).toEqual(["radius"]);
    expect(app.analysisStore.getState().walking.status).toBe("running");
    requests[0]?.answer({ status: "done", value: report("baseline") });
    await settle();
    expect(label(app.analysisStore.getState().report)).toBe("baseline");
    expect(log).toEqual(["radius", "walking"]);
    expect(walkingRequests[0]?.input.walkingNetwork).toHaveLength(1);

    // The rule set changes while the walking run is out: that run is stopped, and its late answer is dropped.
    const cancelsBefore = cancels();
    app.uiStore.getState().chooseRuleSet("who-2016");
    await settle();
    expect(cancels()).toBeGreaterThan(cancelsBefore);
    expect(log).toEqual(["radius", "walking", "radius"]);
    walkingRequests[0]?.answer({ status: "done", value: { networkCoverage: walkingFigures(0.31) } });
    await settle();
    expect(app.analysisStore.getState().walking).toMatchObject({ status: "running", coverage: null });

    requests[1]?.answer({ status: "done", value: report("who") });
    await settle();
    expect(log).toEqual(["radius", "walking", "radius", "walking"]);
    expect(app.analysisStore.getState().walking.status).toBe("running");
    walkingRequests[1]?.answer({ status: "done", value: { networkCoverage: walkingFigures(0.42) } });
    await settle();
    expect(app.analysisStore.getState().walking).toMatchObject({ status: "ready", coverage: { ratio: 0.42 }, geometry: null });
  });

  it("makes the walking view only while its switch is on, and says 无数据 without a walking network", async () => {
    const app = stores();
    const { client, requests, walkingRequests } = heldClient();
    startAnalysis({ ...app, client, source });
    requests[0]?.answer({ status: "done", value: report("baseline") });
    await settle();
    walkingRequests[0]?.answer({ status: "done", value: { networkCoverage: walkingFigures(0.5) } });
    await settle();
    expect(app.analysisStore.getState().walking.geometry).toBeNull();
    app.uiStore.getState().toggleWalking();
    await settle();
    expect(app.analysisStore.getState().walking.geometry).toEqual({ serviceAreasUrl: "blob:areas", radiusOnlyUrl: "blob:radius-only" });

    app.layersStore.getState().removeLayer("streets");
    await settle();
    requests[1]?.answer({ status: "done", value: report("no streets") });
    await settle();
    expect(walkingRequests).toHaveLength(1);
    expect(app.analysisStore.getState().walking).toMatchObject({ status: "none", coverage: null, geometry: null });
  });

  it("applies candidate parks and paths to the walking session incrementally once it holds the baseline", async () => {
    const app = stores();
    const { client, requests, walkingRequests, walkingEdits } = heldClient();
    startAnalysis({ ...app, client, source, scenarioSettleMs: 0 });
    requests[0]?.answer({ status: "done", value: report("baseline") });
    await settle();
    walkingRequests[0]?.answer({ status: "done", value: { networkCoverage: walkingFigures(0.5) } });
    await settle();
    app.scenarioStore.getState().createScenario("步行桥");
    const path: Feature<LineString> = {
      type: "Feature",
      id: "w1",
      properties: {},
      geometry: {
        type: "LineString",
        coordinates: [
          [120.3, 36.1],
          [120.31, 36.1],
        ],
      },
    };
    app.scenarioStore.getState().editParks([candidatePark]);
    app.scenarioStore.getState().editPaths([path]);
    await settle();
    // The candidate park takes the index after the 2 baseline parks; the path is the first candidate path.
    expect(walkingEdits).toEqual([
      { kind: "park", index: 2, feature: candidatePark },
      { kind: "path", index: 0, feature: path },
    ]);
    expect(app.analysisStore.getState().walking.status).toBe("ready");
    // The exact scenario run that follows finds the walking session current: no full walking run.
    await settle();
    requests.at(-1)?.answer({ status: "done", value: report("scenario") });
    await settle();
    expect(walkingRequests).toHaveLength(1);
    app.scenarioStore.getState().editPaths([]);
    await settle();
    expect(walkingEdits.at(-1)).toEqual({ kind: "path", index: 0, feature: null });
  });
});
