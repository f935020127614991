import { useStore } from "zustand";
import { useShallow } from "zustand/react/shallow";
import { analysisStore, importStore, layersStore, pointerStore, scenarioStore, sitingStore, uiStore } from "./app-stores";
import type { SitingState } from "./siting-store";
import type { ScenarioState } from "./scenario-store";
import type { AnalysisState } from "./analysis-store";
import type { ImportState } from "./import-store";
import { type LayersState, selectRegion, selectRegions } from "./layers-store";
import type { Region } from "../domain/regions";
import type { PointerState } from "./pointer-store";
import type { UiState } from "./ui-store";

/** Subscribes a component to one slice of the layers store. */
export function useLayers<T>(selector: (state: LayersState) => T): T {
  return useStore(layersStore, selector);
}

/** Like `useLayers` for selectors that return new arrays/objects (shallow-compared). */
export function useLayersShallow<T>(selector: (state: LayersState) => T): T {
  return useStore(layersStore, useShallow(selector));
}

/** Subscribes a component to one slice of the UI store. */
export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(uiStore, selector);
}

/** Subscribes a component to one slice of the pointer store (the cursor over the map). */
export function usePointer<T>(selector: (state: PointerState) => T): T {
  return useStore(pointerStore, selector);
}

/** Subscribes a component to one slice of the import store. */
export function useImport<T>(selector: (state: ImportState) => T): T {
  return useStore(importStore, selector);
}

/** Subscribes a component to one slice of the analysis store. */
export function useAnalysis<T>(selector: (state: AnalysisState) => T): T {
  return useStore(analysisStore, selector);
}

/** Subscribes a component to one slice of the scenario store. */
export function useScenarios<T>(selector: (state: ScenarioState) => T): T {
  return useStore(scenarioStore, selector);
}

/** Subscribes a component to one slice of the siting store. */
export function useSiting<T>(selector: (state: SitingState) => T): T {
  return useStore(sitingStore, selector);
}

/** Every region the region switch offers (built-in and the project's own). */
export function useRegions(): Region[] {
  return useStore(layersStore, selectRegions);
}

/** The region the metrics and the map are set to (undefined while a restored project region is missing). */
export function useCurrentRegion(): Region | undefined {
  const id = useStore(uiStore, (state) => state.region);
  return useStore(layersStore, (state) => selectRegion(state, id));
}
