import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef } from "react";
import { REGIONS } from "../domain/regions";
import { selectShownReport } from "../state/analysis-store";
import { analysisStore, layersStore, pointerStore, scenarioStore, uiStore } from "../state/app-stores";
import { isPlaceInRegion, selectGreenProximity } from "../state/green-proximity";
import type { LayersState } from "../state/layers-store";
import { measureGeometry } from "../state/measure";
import { selectActiveScenario } from "../state/scenario-store";
import type { DrawController } from "./draw-controller";
import { registerMapImageExporter } from "./export-image";
import { MapAdapter, type NearestParkView } from "./map-adapter";
import { installTestHook } from "./test-hook";

const dataOfKind = (state: LayersState, kind: string) => {
  const id = state.order.find((candidate) => state.metas[candidate]?.kind === kind);
  return id ? state.data[id] : undefined;
};

/** The public viewer's nearest park to the probed place, or null (no place, planner mode, outside the region). */
function nearestParkView(): NearestParkView | null {
  const ui = uiStore.getState();
  if (ui.mode !== "public" || !ui.probeLonLat) return null;
  const layers = layersStore.getState();
  const answer = selectGreenProximity(ui.probeLonLat, ui.ruleSetId, dataOfKind(layers, "park"), dataOfKind(layers, "greenway"));
  const nearest = answer?.nearestPark;
  const region = REGIONS.find((candidate) => candidate.id === ui.region);
  if (!answer || !nearest || !answer.nearestParkLonLat) return null;
  if (region && !isPlaceInRegion(ui.probeLonLat, region, dataOfKind(layers, "district"), nearest.distanceM)) return null;
  const label = `${Math.round(nearest.distanceM).toLocaleString(ui.language === "zh" ? "zh-CN" : "en")} m`;
  return { park: nearest.feature, from: ui.probeLonLat, to: answer.nearestParkLonLat, distanceM: nearest.distanceM, label };
}

/** The map: creates one `MapAdapter` and pushes store changes into it; React never re-renders for map data. */
export function MapView({ label }: { label: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const ui = uiStore.getState();
    const region = REGIONS.find((candidate) => candidate.id === ui.region) ?? REGIONS[0];
    const adapter = new MapAdapter(container, {
      bbox: region?.bbox ?? [119.5, 35.57, 121.07, 37.15],
      camera: ui.viewTarget ?? undefined,
      basemap: ui.basemap,
      // The adapter picks nothing while a drawing or measuring tool is on (see `applyPicking`).
      onPick: (selection, alternatives) => uiStore.getState().selectFeature(selection, alternatives),
      onCursor: (lonLat) => pointerStore.getState().moveCursor(lonLat),
      onCameraChange: (view) => uiStore.getState().reportMapView(view),
      onTap: (lonLat) => {
        if (uiStore.getState().mode === "public") uiStore.getState().probePlace(lonLat);
      },
      onFirstPaint: () => uiStore.getState().reportMapPainted(),
    });
    adapter.sync(layersStore.getState());
    const applyPicking = () =>
      adapter.setPicking(scenarioStore.getState().tool === "off" && uiStore.getState().measureTool === "off");
    applyPicking();
    const stopPickingSync = [scenarioStore.subscribe(applyPicking), uiStore.subscribe(applyPicking)];
    registerMapImageExporter(adapter.map);
    let shownNearest: NearestParkView | null = null;
    const updateNearest = () => {
      const next = nearestParkView();
      const isSame = next === shownNearest || (next !== null && shownNearest !== null && next.park === shownNearest.park && next.from === shownNearest.from && next.label === shownNearest.label);
      if (isSame) return;
      shownNearest = next;
      adapter.showNearestPark(next);
    };
    const unsubscribeLayers = layersStore.subscribe((next) => {
      adapter.sync(next);
      updateNearest();
    });
    const unsubscribeUi = uiStore.subscribe((next, previous) => {
      if (next.viewRequest && next.viewRequest !== previous.viewRequest) adapter.fitBounds(next.viewRequest.bbox);
      if (next.viewTarget && next.viewTarget !== previous.viewTarget) adapter.jumpTo(next.viewTarget);
      if (next.selection !== previous.selection) adapter.showSelection(next.selection);
      if (next.basemap !== previous.basemap) adapter.setBasemap(next.basemap);
      if (next.probeLonLat !== previous.probeLonLat) adapter.showProbe(next.probeLonLat);
      updateNearest();
      if (next.blindSpotView !== previous.blindSpotView) adapter.setBlindSpotView(next.blindSpotView);
    });
    const uninstallTestHook = installTestHook(adapter);
    adapter.setBlindSpotView(uiStore.getState().blindSpotView);
    adapter.showBlindSpots(selectShownReport(analysisStore.getState())?.blindSpotsUrl ?? null);
    const unsubscribeAnalysis = analysisStore.subscribe((next, previous) => {
      const url = selectShownReport(next)?.blindSpotsUrl ?? null;
      if (url !== (selectShownReport(previous)?.blindSpotsUrl ?? null)) adapter.showBlindSpots(url);
    });
    // terra-draw loads only when a planner first draws, measures or opens a scenario (kept out of the first load).
    let drawController: DrawController | null = null;
    let stopScenarios = () => {};
    const needsDrawing = () =>
      scenarioStore.getState().tool !== "off" ||
      scenarioStore.getState().activeScenarioId !== null ||
      uiStore.getState().measureTool !== "off";
    const startDrawing = () => {
      if (drawController || uiStore.getState().mode !== "planner" || !needsDrawing()) return;
      stopWatchingForDrawing();
      adapter.whenReady(async (map) => {
        const { DrawController: Controller } = await import("./draw-controller");
        const controller = new Controller(
          map,
          (parks) => scenarioStore.getState().editParks(parks),
          (geometry) => uiStore.getState().reportMeasurement(measureGeometry(geometry)),
        );
        drawController = controller;
        controller.load(selectActiveScenario(scenarioStore.getState())?.parks ?? []);
        controller.setTool(scenarioStore.getState().tool);
        controller.setMeasureTool(uiStore.getState().measureTool);
        uiStore.getState().reportDrawToolReady();
        const stopToolSync = scenarioStore.subscribe((next, previous) => {
          if (next.tool !== previous.tool) controller.setTool(next.tool);
          if (next.activeScenarioId !== previous.activeScenarioId) controller.load(selectActiveScenario(next)?.parks ?? []);
        });
        const stopMeasureSync = uiStore.subscribe((next, previous) => {
          if (next.measureTool !== previous.measureTool) controller.setMeasureTool(next.measureTool);
        });
        stopScenarios = () => {
          stopToolSync();
          stopMeasureSync();
        };
      });
    };
    const watchers = [scenarioStore.subscribe(startDrawing), uiStore.subscribe(startDrawing)];
    const stopWatchingForDrawing = () => {
      for (const stop of watchers.splice(0)) stop();
    };
    startDrawing();
    return () => {
      stopWatchingForDrawing();
      stopScenarios();
      drawController?.destroy();
      unsubscribeAnalysis();
      for (const stop of stopPickingSync) stop();
      unsubscribeLayers();
      unsubscribeUi();
      uninstallTestHook();
      adapter.destroy();
    };
  }, []);
  return <div ref={containerRef} className="map-container" role="application" aria-label={label} data-testid="map" />;
}
