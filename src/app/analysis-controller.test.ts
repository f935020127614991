import type { Feature, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import type { LayerMeta } from "../domain/layer-meta";
import type { Outcome } from "../worker/latest-wins";
import type { AnalysisClient, MetricsInputRefs, ReportSummary } from "../worker/analysis-client";
import { startAnalysis } from "./store-bindings";
import { createAnalysisStore } from "../state/analysis-store";
import type { LayerSource } from "../state/layer-source";
import { createLayersStore } from "../state/layers-store";
import { createScenarioStore } from "../state/scenario-store";
import { createUiStore } from "../state/ui-store";

const meta = (id: string, kind: LayerMeta["kind"]): LayerMeta => ({
  id, title: { zh: id, en: id }, kind, group: "green", geometryType: "Polygon", regions: ["qingdao"],
  style: { color: "#00ff00" }, source: { zh: "", en: "" }, licence: "", attribution: "", schematic: false,
  declaredCrs: "EPSG:4326", defaultVisible: true, drawOrder: 1, featureCount: 1, bbox: [120, 36, 121, 37],
});

const source: LayerSource = {
  manifest: async () => ({ version: 1, layers: [] }),
  meta: async (id) => meta(id, "park"),
  data: async () => ({ type: "FeatureCollection", features: [] }),
  dataUrl: (id) => `http://127.0.0.1/layers/${id}/data.geojson`,
};

const candidatePark: Feature<Polygon> = {
  type: "Feature", id: "p1", properties: {},
  geometry: { type: "Polygon", coordinates: [[[120.3, 36.1], [120.31, 36.1], [120.31, 36.11], [120.3, 36.1]]] },
};

/** A report told apart by `label`. */
const report = (label: string) => ({ label, baseParkCount: 2, blindSpotsUrl: null }) as unknown as ReportSummary;

/** A metrics client whose requests stay open until the test answers them, in any order. */
function heldClient() {
  const requests: { input: MetricsInputRefs; answer: (outcome: Outcome<ReportSummary>) => void }[] = [];
  const client: AnalysisClient = {
    computeMetrics: (input) => new Promise((resolve) => requests.push({ input, answer: resolve })),
    setPark: async () => ({ status: "done", value: { parks: { count: 0 } } as never }),
    setPath: async () => ({ status: "done", value: {} }),
    networkParkFacts: async () => undefined,
    previewRatio: async () => ({ status: "cancelled" }),
    serviceAreas: async () => ({ type: "FeatureCollection", features: [] }),
    cancel: () => {},
    dispose: () => {},
  };
  return { client, requests };
}

function stores() {
  const layersStore = createLayersStore();
  layersStore.setState({
    manifestStatus: "ready",
    metas: { park: meta("park", "park"), "park-b": meta("park-b", "park"), homes: meta("homes", "residential-land") },
    order: ["park", "park-b", "homes"],
    views: { park: { isVisible: true, opacityRatio: 1 }, "park-b": { isVisible: false, opacityRatio: 1 }, homes: { isVisible: true, opacityRatio: 1 } },
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
});
