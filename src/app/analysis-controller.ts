import type { Feature, FeatureCollection, LineString, Polygon } from "geojson";
import type { AnalysisClient, MetricsInputRefs } from "../worker/analysis-client";
import type { AnalysisStore } from "../state/analysis-store";
import { analysisLayerIds, buildMetricsInput } from "../state/analysis-input";
import { layerJsonUrl, whenLayerJsonUrl } from "../services/layer-json-url";
import type { LayerSource } from "../services/layer-source";
import type { LayersStore } from "../state/layers-store";
import { type ScenarioStore, selectActiveScenario } from "../state/scenario-store";
import type { UiStore } from "../state/ui-store";
import { WalkingRuns, type WalkingTarget } from "./walking-runs";

const SCENARIO_SETTLE_MS = 800;

/**
 * Where the worker session stands. `baseline-running`: a baseline request is out; a scenario run waits for it
 * (both share the worker's latest-wins queue, so a scenario request would supersede the baseline one — a restored
 * project with an active scenario once hung on "computing" that way), and the baseline's completion starts it.
 * `baseline-ready`: the session holds the baseline only. `scenario-running` / `scenario-ready`: the session is, or
 * is becoming, the baseline plus the active scenario's candidate parks.
 */
export type AnalysisPhase = "idle" | "baseline-running" | "baseline-ready" | "scenario-running" | "scenario-ready";

/** The baseline the session was last asked for: what it reads, and the number of the request that asked. */
interface BaselineRequest {
  key: string;
  identity: unknown[];
  refs: MetricsInputRefs;
  requestId: number;
}

/** The stores and services the metrics controller reads and writes. */
export interface AnalysisDependencies {
  layersStore: LayersStore;
  uiStore: UiStore;
  analysisStore: AnalysisStore;
  scenarioStore: ScenarioStore;
  client: AnalysisClient;
  source: LayerSource;
  scenarioSettleMs?: number;
}

/**
 * Runs the metrics of the current region in the worker: the baseline whenever its layers, the region, the rule
 * set or the greenway radius change (`inputsChanged`); then, with an active scenario, the baseline plus its
 * candidate parks (`scenarioSwitched`). Each edit of a candidate park updates coverage incrementally (`setPark`,
 * ≈ms; `scenarioEdited`), and a full scenario run follows once edits settle (for exact blind spots). Loads hidden
 * layers a metric needs. Only the newest request's result is applied: a result that a later request has
 * overtaken is dropped, whatever order the worker answers in. The walking-network figures follow the radius
 * figures of the same input, never before them (`WalkingRuns`).
 */
export class AnalysisController {
  phase: AnalysisPhase = "idle";
  private baseline: BaselineRequest | null = null;
  /** Number of the newest `computeMetrics` request (baseline or scenario); older results are stale. */
  private latestRequestId = 0;
  private baselineParkCount = 0;
  /** Scenario park id → park index in the worker session, for incremental edits. */
  private slots = new Map<string, number>();
  private sessionParks: Feature<Polygon>[] = [];
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Incremental edits, applied one after another. */
  private edits: Promise<unknown> = Promise.resolve();
  /** User layers whose object URL is being written (a large one is serialised in slices first). */
  private readonly awaitedData = new WeakSet<FeatureCollection>();
  private isStopped = false;
  private readonly walking: WalkingRuns;

  constructor(private readonly deps: AnalysisDependencies) {
    this.walking = new WalkingRuns({ client: deps.client, analysisStore: deps.analysisStore, uiStore: deps.uiStore, params: () => this.params() });
  }

  /** Runs the first baseline. */
  start(): void {
    this.isStopped = false;
    this.inputsChanged();
  }

  /** Cancels the scheduled scenario run and ignores results still on their way. */
  stop(): void {
    this.isStopped = true;
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    this.latestRequestId += 1;
    this.walking.stop();
  }

  /** The walking view's switch changed: its polygons are made when it is on. */
  walkingViewChanged(): void {
    if (!this.isStopped) this.walking.viewChanged();
  }

  /** The layers, region, rule set or greenway radius changed: runs the baseline when its input did. */
  inputsChanged(): void {
    if (this.isStopped) return;
    const { layersStore, source, analysisStore, client } = this.deps;
    const layers = layersStore.getState();
    if (layers.manifestStatus !== "ready") return;
    const region = this.deps.uiStore.getState().region;
    if (!source.dataUrl) {
      for (const id of Object.values(analysisLayerIds(layers, region)).flat()) if (!layers.dataStatus[id]) void layers.loadLayerData(source, id);
    }
    const built = buildMetricsInput(layers, source, region, (data) => this.userDataUrl(data));
    if (!built) return;
    const { ruleSetId, greenwayRadiusM } = this.params();
    const key = `${region}|${built.layerIds.join(",")}|${ruleSetId}|${greenwayRadiusM}`;
    const previous = this.baseline;
    if (previous && key === previous.key && built.identity.every((item, index) => item === previous.identity[index])) return;
    const requestId = ++this.latestRequestId;
    this.baseline = { key, identity: built.identity, refs: built.refs, requestId };
    this.phase = "baseline-running";
    this.walking.invalidate(built.refs);
    analysisStore.getState().analysisStarted();
    void client.computeMetrics(built.refs, this.params()).then((outcome) => {
      if (requestId !== this.latestRequestId || this.isStopped) return;
      if (outcome.status === "done") {
        this.phase = "baseline-ready";
        this.baselineParkCount = outcome.value.baseParkCount;
        analysisStore.getState().analysisFinished(outcome.value, built.layerIds, built.isSchematic);
        void this.runScenario();
      } else if (outcome.status === "failed") analysisStore.getState().analysisFailed(outcome.error);
    });
  }

  /** Another scenario became active (or none): runs it on the baseline, once the baseline has a result. */
  scenarioSwitched(): void {
    if (!this.isStopped) void this.runScenario();
  }

  /** The active scenario's parks changed: applies the edit incrementally, then schedules the exact scenario run. */
  scenarioEdited(): void {
    if (this.isStopped) return;
    const scenario = selectActiveScenario(this.deps.scenarioStore.getState());
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => void this.runScenario(), this.deps.scenarioSettleMs ?? SCENARIO_SETTLE_MS);
    if (!scenario || !this.baseline || !this.hasBaselineResult()) return;
    const next = new Map(scenario.parks.map((park) => [String(park.id), park]));
    const previous = new Map(this.sessionParks.map((park) => [String(park.id), park]));
    this.sessionParks = scenario.parks;
    const changes: [number, Feature | null][] = [];
    for (const [id, index] of this.slots) if (!next.has(id)) changes.push([index, null]);
    let nextIndex = Math.max(this.baselineParkCount, ...[...this.slots.values()].map((index) => index + 1));
    for (const [id, park] of next) {
      if (previous.get(id) === park && this.slots.has(id)) continue;
      if (!this.slots.has(id)) this.slots.set(id, nextIndex++);
      changes.push([this.slots.get(id) as number, park]);
    }
    for (const [index, park] of changes) {
      this.edits = this.edits.then(async () => {
        const outcome = await this.deps.client.setPark(index, park);
        if (outcome.status === "done") this.deps.analysisStore.getState().scenarioEdited(outcome.value);
      });
    }
    this.walking.edited(this.walkingTarget(scenario.parks, scenario.paths ?? []));
  }

  private walkingTarget(parks: Feature<Polygon>[], paths: Feature<LineString>[]): WalkingTarget {
    const baseline = this.baseline as BaselineRequest;
    return { baselineRequestId: baseline.requestId, refs: baseline.refs, baseParkCount: this.baselineParkCount, parks, paths };
  }

  private hasBaselineResult(): boolean {
    return this.phase !== "idle" && this.phase !== "baseline-running";
  }

  private params() {
    return { ruleSetId: this.deps.uiStore.getState().ruleSetId, greenwayRadiusM: this.deps.analysisStore.getState().greenwayRadiusM };
  }

  /** A user layer's object URL; null while a large one is written, and the baseline runs again when it is. */
  private userDataUrl(data: FeatureCollection): string | null {
    const url = layerJsonUrl(data);
    if (!url && !this.awaitedData.has(data)) {
      this.awaitedData.add(data);
      void whenLayerJsonUrl(data).then(() => this.inputsChanged());
    }
    return url;
  }

  private async runScenario(): Promise<void> {
    if (!this.hasBaselineResult() || !this.baseline) return;
    const { analysisStore, client } = this.deps;
    const baselineRefs = this.baseline.refs;
    const scenario = selectActiveScenario(this.deps.scenarioStore.getState());
    if (!scenario || (scenario.parks.length === 0 && (scenario.paths ?? []).length === 0)) {
      this.slots = new Map();
      this.sessionParks = [];
      analysisStore.getState().scenarioFinished(null);
      if (this.phase === "scenario-running" || this.phase === "scenario-ready") {
        this.phase = "baseline-ready";
        const requestId = ++this.latestRequestId;
        await client.computeMetrics(baselineRefs, this.params());
        if (requestId !== this.latestRequestId || this.isStopped) return;
      }
      this.walking.ensure(this.walkingTarget([], []));
      return;
    }
    const requestId = ++this.latestRequestId;
    const target = this.walkingTarget(scenario.parks, scenario.paths ?? []);
    this.walking.radiusRunStarting(target);
    this.phase = "scenario-running";
    // Incremental results still queued would otherwise land after this run's and mark the scenario stale again.
    await this.edits.catch(() => undefined);
    if (requestId !== this.latestRequestId || this.isStopped) return;
    const outcome = await client.computeMetrics({ ...baselineRefs, extraParks: scenario.parks, extraPaths: scenario.paths ?? [] }, this.params());
    if (outcome.status !== "done" || requestId !== this.latestRequestId || this.isStopped) return;
    this.phase = "scenario-ready";
    this.slots = new Map(scenario.parks.map((park, index) => [String(park.id), this.baselineParkCount + index]));
    this.sessionParks = scenario.parks;
    analysisStore.getState().scenarioFinished(outcome.value);
    this.walking.ensure(target);
  }
}
