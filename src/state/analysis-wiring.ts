import type { Feature, FeatureCollection, Polygon } from "geojson";
import type { AnalysisClient, MetricsInputRefs } from "../worker/analysis-client";
import type { AnalysisStore } from "./analysis-store";
import { analysisLayerIds, buildMetricsInput } from "./analysis-input";
import { layerJsonUrl, whenLayerJsonUrl } from "./layer-json-url";
import type { LayerSource } from "./layer-source";
import type { LayersStore } from "./layers-store";
import { type ScenarioStore, selectActiveScenario } from "./scenario-store";
import type { UiStore } from "./ui-store";

const SCENARIO_SETTLE_MS = 800;

/**
 * Runs the metrics of the current region in the worker: the baseline whenever its layers, the region, the rule
 * set or the greenway radius change; then, with an active scenario, the baseline plus its candidate parks. Each edit of a candidate
 * park updates coverage incrementally (`setPark`, ≈ms), and a full scenario run follows once edits settle
 * (for exact blind spots). Loads hidden layers a metric needs.
 */
export function wireAnalysis(
  layersStore: LayersStore,
  uiStore: UiStore,
  analysisStore: AnalysisStore,
  scenarioStore: ScenarioStore,
  client: AnalysisClient,
  source: LayerSource,
): () => void {
  let baselineKey = "";
  let baselineIdentity: unknown[] = [];
  let baselineInput: MetricsInputRefs | null = null;
  let baselineParkCount = 0;
  /** Scenario park id → park index in the worker session, for incremental edits. */
  let slots = new Map<string, number>();
  let sessionParks: Feature<Polygon>[] = [];
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let edits: Promise<unknown> = Promise.resolve();
  /** True when the worker session holds candidate parks (so incremental edits need a baseline session first). */
  let isScenarioSession = false;
  /**
   * True once the current baseline has a result. Until then a scenario run must wait: both share the worker's
   * latest-wins queue, so a scenario request would supersede the baseline one (a restored project with an
   * active scenario once hung on "computing" that way). The baseline's completion starts the scenario run.
   */
  let isBaselineDone = false;
  /** A user layer's object URL; a large one is serialised in slices first, and the baseline runs when it is. */
  const awaitedData = new WeakSet<FeatureCollection>();
  const userDataUrl = (data: FeatureCollection) => {
    const url = layerJsonUrl(data);
    if (!url && !awaitedData.has(data)) {
      awaitedData.add(data);
      void whenLayerJsonUrl(data).then(runBaseline);
    }
    return url;
  };
  const region = () => uiStore.getState().region;
  const params = () => ({ ruleSetId: uiStore.getState().ruleSetId, greenwayRadiusM: analysisStore.getState().greenwayRadiusM });

  const runScenario = async () => {
    if (!isBaselineDone) return;
    const scenario = selectActiveScenario(scenarioStore.getState());
    if (!baselineInput || !scenario || scenario.parks.length === 0) {
      slots = new Map();
      sessionParks = [];
      analysisStore.getState().scenarioFinished(null);
      if (isScenarioSession && baselineInput) {
        isScenarioSession = false;
        await client.computeMetrics(baselineInput, params());
      }
      return;
    }
    const outcome = await client.computeMetrics({ ...baselineInput, extraParks: scenario.parks }, params());
    if (outcome.status !== "done") return;
    isScenarioSession = true;
    slots = new Map(scenario.parks.map((park, index) => [String(park.id), baselineParkCount + index]));
    sessionParks = scenario.parks;
    analysisStore.getState().scenarioFinished(outcome.value);
  };

  const runBaseline = () => {
    const layers = layersStore.getState();
    if (layers.manifestStatus !== "ready") return;
    if (!source.dataUrl) {
      for (const id of Object.values(analysisLayerIds(layers, region())).flat()) if (!layers.dataStatus[id]) void layers.loadLayerData(source, id);
    }
    const built = buildMetricsInput(layers, source, region(), userDataUrl);
    if (!built) return;
    const { ruleSetId, greenwayRadiusM } = params();
    const key = `${region()}|${built.layerIds.join(",")}|${ruleSetId}|${greenwayRadiusM}`;
    if (key === baselineKey && built.identity.every((item, index) => item === baselineIdentity[index])) return;
    baselineKey = key;
    baselineIdentity = built.identity;
    baselineInput = built.refs;
    analysisStore.getState().analysisStarted();
    isScenarioSession = false;
    isBaselineDone = false;
    void client.computeMetrics(built.refs, params()).then((outcome) => {
      if (outcome.status === "done") {
        isBaselineDone = true;
        baselineParkCount = outcome.value.baseParkCount;
        analysisStore.getState().analysisFinished(outcome.value, built.layerIds, built.isSchematic);
        void runScenario();
      } else if (outcome.status === "failed") analysisStore.getState().analysisFailed(outcome.error);
    });
  };

  /** Applies one scenario edit incrementally, then schedules the exact scenario run. */
  const editScenario = () => {
    const scenario = selectActiveScenario(scenarioStore.getState());
    if (settleTimer) clearTimeout(settleTimer);
    settleTimer = setTimeout(() => void runScenario(), SCENARIO_SETTLE_MS);
    if (!scenario || !baselineInput || !isBaselineDone) return;
    const next = new Map(scenario.parks.map((park) => [String(park.id), park]));
    const previous = new Map(sessionParks.map((park) => [String(park.id), park]));
    sessionParks = scenario.parks;
    const changes: [number, Feature | null][] = [];
    for (const [id, index] of slots) if (!next.has(id)) changes.push([index, null]);
    let nextIndex = Math.max(baselineParkCount, ...[...slots.values()].map((index) => index + 1));
    for (const [id, park] of next) {
      if (previous.get(id) === park && slots.has(id)) continue;
      if (!slots.has(id)) slots.set(id, nextIndex++);
      changes.push([slots.get(id) as number, park]);
    }
    for (const [index, park] of changes) {
      edits = edits.then(async () => {
        const outcome = await client.setPark(index, park);
        if (outcome.status === "done") analysisStore.getState().scenarioEdited(outcome.value);
      });
    }
  };

  runBaseline();
  const stops = [
    layersStore.subscribe(runBaseline),
    uiStore.subscribe((next, previous) => (next.ruleSetId !== previous.ruleSetId || next.region !== previous.region) && runBaseline()),
    analysisStore.subscribe((next, previous) => next.greenwayRadiusM !== previous.greenwayRadiusM && runBaseline()),
    scenarioStore.subscribe((next, previous) => {
      if (next.activeScenarioId !== previous.activeScenarioId) void runScenario();
      else if (next.scenarios !== previous.scenarios) editScenario();
    }),
  ];
  return () => {
    if (settleTimer) clearTimeout(settleTimer);
    for (const stop of stops) stop();
  };
}
