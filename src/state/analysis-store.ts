import type { FeatureCollection } from "geojson";
import { createStore } from "zustand/vanilla";
import type { MetricsReport } from "../analysis/index";

export type AnalysisStatus = "idle" | "running" | "ready" | "error";

export interface AnalysisState {
  status: AnalysisStatus;
  report: MetricsReport | null;
  /** Uncovered residential land of the last report, for the map overlay. */
  blindSpots: FeatureCollection | null;
  /** True when any layer feeding the report is schematic (示意). */
  isSchematic: boolean;
  /** Ids of the layers the last report read. */
  inputLayerIds: string[];
  error: string | null;
  greenwayRadiusM: number;
  /** The active scenario's report (baseline parks + candidate parks), or null without a scenario. */
  scenarioReport: MetricsReport | null;
  /** True while the scenario's blind spots are older than its last edit. */
  isScenarioStale: boolean;
  /** Radius-slider preview: the radius being dragged and its approximate ratio. */
  preview: { radiusM: number; ratio: number | null } | null;
  analysisStarted: () => void;
  analysisFinished: (report: MetricsReport, inputLayerIds: string[], isSchematic: boolean) => void;
  analysisFailed: (error: string) => void;
  scenarioFinished: (report: MetricsReport | null) => void;
  scenarioEdited: (patch: Pick<MetricsReport, "parkCoverage" | "parks">) => void;
  changeGreenwayRadius: (radiusM: number) => void;
  previewRadius: (radiusM: number, ratio: number | null) => void;
  endPreview: () => void;
}

const toCollection = (features: MetricsReport["blindSpots"]): FeatureCollection | null =>
  features ? { type: "FeatureCollection", features } : null;

/** Creates the store of computed planning metrics (results only: the worker computes). */
export function createAnalysisStore() {
  return createStore<AnalysisState>()((set) => ({
    status: "idle",
    report: null,
    blindSpots: null,
    isSchematic: false,
    inputLayerIds: [],
    error: null,
    greenwayRadiusM: 1000,
    preview: null,
    scenarioReport: null,
    isScenarioStale: false,
    analysisStarted: () => set({ status: "running", error: null }),
    analysisFinished: (report, inputLayerIds, isSchematic) =>
      set({
        status: "ready",
        report,
        inputLayerIds,
        isSchematic,
        blindSpots: toCollection(report.blindSpots),
        error: null,
      }),
    analysisFailed: (error) => set({ status: "error", error }),
    scenarioFinished: (scenarioReport) =>
      set((state) => ({
        scenarioReport,
        isScenarioStale: false,
        blindSpots: toCollection((scenarioReport ?? state.report)?.blindSpots),
      })),
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
