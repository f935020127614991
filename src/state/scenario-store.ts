import type { Feature, LineString, Polygon } from "geojson";
import { createStore } from "zustand/vanilla";

/** A named set of candidate parks that green-space staff compare with the baseline. */
export interface Scenario {
  id: string;
  name: string;
  /** Candidate parks (WGS84 polygons); each has a stable string `id`. */
  parks: Feature<Polygon>[];
  /** Candidate walking paths (WGS84 lines: a footbridge, a path through a block), added to the walking network. */
  paths?: Feature<LineString>[];
}

export type DrawTool = "off" | "draw" | "path" | "edit";

export interface ScenarioState {
  scenarios: Scenario[];
  activeScenarioId: string | null;
  tool: DrawTool;
  createScenario: (name: string) => string;
  renameScenario: (id: string, name: string) => void;
  deleteScenario: (id: string) => void;
  activateScenario: (id: string | null) => void;
  /** Replaces the active scenario's candidate parks (from the drawing tool). */
  editParks: (parks: Feature<Polygon>[]) => void;
  /** Replaces the active scenario's candidate paths (from the drawing tool). */
  editPaths: (paths: Feature<LineString>[]) => void;
  chooseTool: (tool: DrawTool) => void;
  /** Restores saved scenarios (project file / IndexedDB). */
  loadScenarios: (scenarios: Scenario[], activeScenarioId: string | null) => void;
}

/** Creates the store of planning scenarios (candidate parks) and the drawing tool. */
export function createScenarioStore() {
  let counter = 0;
  return createStore<ScenarioState>()((set, get) => ({
    scenarios: [],
    activeScenarioId: null,
    tool: "off",
    createScenario: (name) => {
      let id = `scenario-${++counter}`;
      while (get().scenarios.some((scenario) => scenario.id === id)) id = `scenario-${++counter}`;
      set((state) => ({ scenarios: [...state.scenarios, { id, name, parks: [] }], activeScenarioId: id }));
      return id;
    },
    renameScenario: (id, name) => set((state) => ({ scenarios: state.scenarios.map((scenario) => (scenario.id === id ? { ...scenario, name } : scenario)) })),
    deleteScenario: (id) =>
      set((state) => ({
        scenarios: state.scenarios.filter((scenario) => scenario.id !== id),
        activeScenarioId: state.activeScenarioId === id ? null : state.activeScenarioId,
        tool: state.activeScenarioId === id ? "off" : state.tool,
      })),
    activateScenario: (activeScenarioId) => set({ activeScenarioId, tool: activeScenarioId ? get().tool : "off" }),
    editParks: (parks) =>
      set((state) => ({
        scenarios: state.scenarios.map((scenario) => (scenario.id === state.activeScenarioId ? { ...scenario, parks } : scenario)),
      })),
    editPaths: (paths) =>
      set((state) => ({
        scenarios: state.scenarios.map((scenario) => (scenario.id === state.activeScenarioId ? { ...scenario, paths } : scenario)),
      })),
    chooseTool: (tool) => set((state) => ({ tool: state.activeScenarioId ? tool : "off" })),
    loadScenarios: (scenarios, activeScenarioId) => set({ scenarios, activeScenarioId, tool: "off" }),
  }));
}

export type ScenarioStore = ReturnType<typeof createScenarioStore>;

/** The active scenario, if any. */
export const selectActiveScenario = (state: ScenarioState): Scenario | null =>
  state.scenarios.find((scenario) => scenario.id === state.activeScenarioId) ?? null;
