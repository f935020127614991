import { createStore } from "zustand/vanilla";
import type { MetricsReport } from "../domain/metrics-report";
import type { ReportSummary } from "../worker/analysis-client";

type AnalysisStatus = "idle" | "running" | "ready" | "error";

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
  scenarioEdited: (patch: Partial<Pick<MetricsReport, "parkCoverage" | "parks" | "networkCoverage">>) => void;
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
    greenwayRadiusM: 1000,
    preview: null,
    scenarioReport: null,
    isScenarioStale: false,
    analysisStarted: () => set({ status: "running", error: null }),
    analysisFinished: (report, inputLayerIds, isSchematic) => set({ status: "ready", report, inputLayerIds, isSchematic, error: null }),
    analysisFailed: (error) => set({ status: "error", error }),
    scenarioFinished: (scenarioReport) => set({ scenarioReport, isScenarioStale: false }),
    scenarioEdited: (patch) =>
      set((state) => {
        const base = state.scenarioReport ?? state.report;
        return base ? { scenarioReport: { ...base, ...patch }, isScenarioStale: true } : {};
      }),
    changeGreenwayRadius: (greenwayRadiusM) => set({ greenwayRadiusM }),
    previewRadius: (radiusM, ratio) => set({ preview: { radiusM, ratio } }),
    endPreview: () => set({ preview: null }),
  }));
}

export type AnalysisStore = ReturnType<typeof createAnalysisStore>;

/** The report on screen: the scenario's when one is active, else the baseline. */
export const selectShownReport = (state: AnalysisState): ReportSummary | null => state.scenarioReport ?? state.report;

/** The object URLs of the walking view of a report: walking service areas and "radius yes, walking no" land. */
export const walkingUrls = (report: ReportSummary | null | undefined): { serviceAreas: string | null; radiusOnly: string | null } => ({
  serviceAreas: report?.networkServiceAreasUrl ?? null,
  radiusOnly: report?.radiusOnlyLandUrl ?? null,
});
