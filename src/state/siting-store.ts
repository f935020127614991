import { createStore } from "zustand/vanilla";
import type { SitingBound, SitingReport } from "../worker/siting-client";

/**
 * The layer id of a suggested site picked on the map (`FeatureSelection.layerId`; its `featureIndex` is rank − 1):
 * the sites are no layer of the layers store, and the inspector shows their facts from this store.
 */
export const SITING_SITES_LAYER_ID = "siting-sites";

/** The settings of the "建议新增公园" tool. */
interface SitingSettings {
  /** Choose N sites, or the fewest reaching a covered ratio. */
  goal: "count" | "ratio";
  count: number;
  /** Covered ratio to reach, 0–1. */
  targetRatio: number;
  /** Service radius of the park class being added, metres (a class of the current rule set). */
  radiusM: number;
  /** Generated candidates on a grid, or the points of a layer. */
  candidateLayerId: string | null;
  /** Grid spacing of generated candidates, metres. */
  spacingM: number;
  /** A line layer walked along for coverage; null: straight-line radius. */
  networkLayerId: string | null;
}

export interface SitingState {
  settings: SitingSettings;
  status: "idle" | "running" | "done" | "error";
  /** 0–1 while running. */
  progress: number;
  report: SitingReport | null;
  error: string | null;
  /** Ranks (1-based) of the suggested sites the planner has selected to accept. */
  selectedRanks: number[];
  changeSettings: (change: Partial<SitingSettings>) => void;
  started: () => void;
  progressed: (fraction: number) => void;
  finished: (report: SitingReport) => void;
  /** The LP-relaxation bound arrived (null: none was needed after all). */
  boundFinished: (bound: SitingBound | null) => void;
  failed: (error: string) => void;
  cancelled: () => void;
  toggleSite: (rank: number) => void;
  clear: () => void;
}

/** Creates the store of the siting tool: its settings, the run's progress and the suggested sites. */
export function createSitingStore() {
  return createStore<SitingState>()((set) => ({
    settings: { goal: "count", count: 10, targetRatio: 0.95, radiusM: 300, candidateLayerId: null, spacingM: 100, networkLayerId: null },
    status: "idle",
    progress: 0,
    report: null,
    error: null,
    selectedRanks: [],
    changeSettings: (change) => set((state) => ({ settings: { ...state.settings, ...change } })),
    started: () => set({ status: "running", progress: 0, error: null }),
    progressed: (progress) => set({ progress }),
    finished: (report) => set({ status: "done", progress: 1, report, selectedRanks: report.sites.map((site) => site.rank) }),
    failed: (error) => set({ status: "error", error }),
    boundFinished: (bound) => set((state) => (state.report ? { report: { ...state.report, ...bound, lpBoundStatus: "settled" } } : {})),
    cancelled: () =>
      set((state) => ({
        status: state.report ? "done" : "idle",
        progress: 0,
        ...(state.report?.lpBoundStatus === "computing" ? { report: { ...state.report, lpBoundStatus: "cancelled" as const } } : {}),
      })),
    toggleSite: (rank) =>
      set((state) => ({
        selectedRanks: state.selectedRanks.includes(rank)
          ? state.selectedRanks.filter((r) => r !== rank)
          : [...state.selectedRanks, rank].sort((a, b) => a - b),
      })),
    clear: () => set({ status: "idle", report: null, selectedRanks: [], progress: 0, error: null }),
  }));
}

export type SitingStore = ReturnType<typeof createSitingStore>;
