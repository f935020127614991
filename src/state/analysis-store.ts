import { createStore } from "zustand/vanilla";
import { DEFAULT_GREENWAY_RADIUS_M } from "../domain/rule-sets";
import type { MetricsReport, NetworkCoverageResult } from "../domain/metrics-report";
import type { ReportSummary, WalkingGeometryUrls } from "../worker/analysis-client";

type AnalysisStatus = "idle" | "running" | "ready" | "error";

/**
 * The walking-network figures (步行) of the report on screen, which arrive after the radius figures from their own
 * run. `none`: the input has no walking network; `running`: the figures of the current input are not there yet
 * (nothing older is kept); `ready`: `coverage` is the current input's; `failed`: the run failed (`error`).
 */
export interface WalkingResult {
  status: "none" | "running" | "ready" | "failed";
  coverage: NetworkCoverageResult | null;
  /** The walking view's object URLs, once asked for (the switch is on) and made; null before. */
  geometry: WalkingGeometryUrls | null;
  error: string | null;
}

const NO_WALKING: WalkingResult = { status: "none", coverage: null, geometry: null, error: null };

export interface AnalysisState {
  status: AnalysisStatus;
  /** The baseline report (the blind-spot polygons stay in the worker; see `blindSpotsUrl`). */
  report: ReportSummary | null;
  /** True when any layer feeding the report is schematic (示意). */
  isSchematic: boolean;
  /** Ids of the layers the last report read. */
  inputLayerIds: string[];
  error: string | null;
  greenwayRadiusM: number;
  /** Radius-slider preview: the radius being dragged and its approximate ratio. */
  preview: { radiusM: number; ratio: number | null } | null;
  /** The active scenario's report (baseline parks + candidate parks), or null without a scenario. */
  scenarioReport: ReportSummary | null;
  /** True while the scenario's blind spots are older than its last edit. */
  isScenarioStale: boolean;
  analysisStarted: () => void;
  analysisFinished: (report: ReportSummary, inputLayerIds: string[], isSchematic: boolean) => void;
  analysisFailed: (error: string) => void;
  scenarioFinished: (report: ReportSummary | null) => void;
  scenarioEdited: (patch: Partial<Pick<MetricsReport, "parkCoverage" | "parks">>) => void;
  /** The walking figures of the report on screen (the scenario's when one is active). */
  walking: WalkingResult;
  /** A walking run for the current input started: older figures and the walking view are dropped. */
  walkingStarted: () => void;
  /** The walking figures of the current input (undefined: the input has no walking network). */
  walkingFinished: (coverage: NetworkCoverageResult | undefined) => void;
  walkingFailed: (error: string) => void;
  /** The walking view of the current figures was made. */
  walkingGeometryReady: (geometry: WalkingGeometryUrls) => void;
  changeGreenwayRadius: (radiusM: number) => void;
  previewRadius: (radiusM: number, ratio: number | null) => void;
  endPreview: () => void;
}

/** Creates the store of computed planning metrics (results only: the worker computes). */
export function createAnalysisStore() {
  return createStore<AnalysisState>()((set) => ({
    status: "idle",
    report: null,
    isSchematic: false,
    inputLayerIds: [],
    error: null,
    greenwayRadiusM: DEFAULT_GREENWAY_RADIUS_M,
    preview: null,
    scenarioReport: null,
    isScenarioStale: false,
    walking: NO_WALKING,
    analysisStarted: () => set({ status: "running", error: null }),
    analysisFinished: (report, inputLayerIds, isSchematic) => set({ status: "ready", report, inputLayerIds, isSchematic, error: null }),
    analysisFailed: (error) => set({ status: "error", error }),
    scenarioFinished: (scenarioReport) => set({ scenarioReport, isScenarioStale: false }),
    scenarioEdited: (patch) =>
      set((state) => {
        const base = state.scenarioReport ?? state.report;
        return base ? { scenarioReport: { ...base, ...patch }, isScenarioStale: true } : {};
      }),
    walkingStarted: () => set({ walking: { status: "running", coverage: null, geometry: null, error: null } }),
    walkingFinished: (coverage) => set({ walking: coverage ? { status: "ready", coverage, geometry: null, error: null } : NO_WALKING }),
    walkingFailed: (error) => set({ walking: { status: "failed", coverage: null, geometry: null, error } }),
    walkingGeometryReady: (geometry) => set((state) => (state.walking.status === "ready" ? { walking: { ...state.walking, geometry } } : {})),
    changeGreenwayRadius: (greenwayRadiusM) => set({ greenwayRadiusM }),
    previewRadius: (radiusM, ratio) => set({ preview: { radiusM, ratio } }),
    endPreview: () => set({ preview: null }),
  }));
}

export type AnalysisStore = ReturnType<typeof createAnalysisStore>;

/** The report on screen: the scenario's when one is active, else the baseline. */
export const selectShownReport = (state: AnalysisState): ReportSummary | null => state.scenarioReport ?? state.report;

/** The object URLs of the walking view on screen: walking service areas and "radius yes, walking no" land. */
export const walkingUrls = (state: Pick<AnalysisState, "walking">): { serviceAreas: string | null; radiusOnly: string | null } => ({
  serviceAreas: state.walking.geometry?.serviceAreasUrl ?? null,
  radiusOnly: state.walking.geometry?.radiusOnlyUrl ?? null,
});
