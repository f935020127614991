import { createStore } from "zustand/vanilla";
import type { RegionId } from "../domain/layer-meta";
import { DEFAULT_RULE_SET_ID } from "../domain/rule-sets";
import type { SnapshotRepair } from "./project-snapshot-guard";

export type Language = "zh" | "en";

/** A feature the user picked on the map: its layer and its index in that layer's data. */
/** Whether the computed blind-spot layer is drawn, and its opacity (0–1). */
export interface BlindSpotView {
  isVisible: boolean;
  opacityRatio: number;
}

export interface FeatureSelection {
  layerId: string;
  featureIndex: number;
}

/** A request for the map to fit a WGS84 box; `nonce` makes repeated requests distinct. */
interface ViewRequest {
  bbox: [number, number, number, number];
  nonce: number;
}

/** The on-map measuring tool. */
export type MeasureTool = "off" | "distance" | "area";

/** The last finished measurement, on the WGS84 ellipsoid. */
export interface Measurement {
  lengthM: number;
  /** Polygon area in m² (area measurements only). */
  areaM2: number | null;
}

export type PanelTab = "layers" | "metrics" | "dashboard" | "table";

export type BasemapKind = "off" | "osm" | "tianditu";

/** Who the screen is for: the planner's workbench or the calm public viewer. */
export type AppMode = "planner" | "public";

/** The map camera: centre [lon, lat] and zoom. */
export interface CameraView {
  center: [number, number];
  zoom: number;
}

/** An optional online raster basemap. Off by default: the app then stays on localhost. */
export interface BasemapSettings {
  kind: BasemapKind;
  /** XYZ template for "osm", e.g. https://tile.example.org/{z}/{x}/{y}.png */
  urlTemplate: string;
  /** User-supplied 天地图 key for "tianditu". */
  tiandituKey: string;
  attribution: string;
}

export interface UiState {
  mode: AppMode;
  language: Language;
  /** Last camera the map reported (after a move ended). */
  mapView: CameraView | null;
  /** Whether the map has painted its first frame (see map/startup-paint-gate.ts). */
  hasMapPainted: boolean;
  /** Whether the map's drawing tools (measuring, candidate parks) have loaded and take clicks. */
  isDrawToolReady: boolean;
  /** A camera the map should jump to (permalinks, back/forward); `nonce` makes repeats distinct. */
  viewTarget: (CameraView & { nonce: number }) | null;
  region: RegionId;
  selection: FeatureSelection | null;
  /** The other features under the click that selected `selection`, topmost first (the inspector lists them). */
  selectionAlternatives: FeatureSelection[];
  viewRequest: ViewRequest | null;
  isLayerPanelOpen: boolean;
  /** Whether the blind-spot overlay (服务盲区) is drawn, and its opacity (0–1), as the layer panel sets them. */
  blindSpotView: BlindSpotView;
  toggleBlindSpots: () => void;
  changeBlindSpotOpacity: (opacityRatio: number) => void;
  /** Whether the walking view (walking service areas, "radius yes, walking no" land) is drawn, and its opacity; off at first. */
  walkingView: BlindSpotView;
  toggleWalking: () => void;
  changeWalkingOpacity: (opacityRatio: number) => void;
  panelTab: PanelTab;
  basemap: BasemapSettings;
  /** An online basemap an opened project file asks for; used only once the user accepts it. */
  pendingBasemap: BasemapSettings | null;
  /** What the last opened or restored project held that was repaired or dropped (shown to the user). */
  projectRepairs: { origin: "file" | "storage"; items: SnapshotRepair[] } | null;
  /** Address (permalink) parameters that were ignored as invalid (shown to the user). */
  ignoredLinkParameters: string[];
  /** The place a resident asked about ("is there a park near here?"), WGS84 [lon, lat]. */
  probeLonLat: [number, number] | null;
  /** The last failure to save or restore the project (quota, private mode), shown to the user. */
  storageError: string | null;
  measureTool: MeasureTool;
  measurement: Measurement | null;
  /** The park service-radius rule set in use (see analysis/rules). */
  ruleSetId: string;
  /** The rule set chosen before the current one (what 撤销 after applying a custom radius returns to). */
  previousRuleSetId: string | null;
  switchLanguage: () => void;
  switchMode: (mode: AppMode) => void;
  reportMapView: (view: CameraView) => void;
  reportMapPainted: () => void;
  jumpTo: (view: CameraView) => void;
  chooseRegion: (region: RegionId, bbox: [number, number, number, number]) => void;
  selectFeature: (selection: FeatureSelection | null, alternatives?: FeatureSelection[]) => void;
  requestView: (bbox: [number, number, number, number]) => void;
  toggleLayerPanel: () => void;
  openPanelTab: (tab: PanelTab) => void;
  configureBasemap: (basemap: BasemapSettings) => void;
  /** Accepts (uses) or declines the basemap an opened project asked for. */
  answerPendingBasemap: (isAccepted: boolean) => void;
  reportProjectRepairs: (repairs: UiState["projectRepairs"]) => void;
  reportIgnoredLinkParameters: (names: string[]) => void;
  probePlace: (lonLat: [number, number] | null) => void;
  chooseRuleSet: (ruleSetId: string) => void;
  reportStorageError: (message: string | null) => void;
  reportDrawToolReady: () => void;
  chooseMeasureTool: (tool: MeasureTool) => void;
  reportMeasurement: (measurement: Measurement | null) => void;
}

export const DEFAULT_BASEMAP: BasemapSettings = {
  kind: "off",
  urlTemplate: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  tiandituKey: "",
  attribution: "© OpenStreetMap contributors",
};

/** Creates the store for UI chrome: language, region, selection and basemap. */
export function createUiStore(initial: Partial<Pick<UiState, "language" | "region" | "basemap" | "mode">> = {}) {
  return createStore<UiState>()((set) => ({
    mode: initial.mode ?? "planner",
    language: initial.language ?? "zh",
    mapView: null,
    hasMapPainted: false,
    isDrawToolReady: false,
    viewTarget: null,
    region: initial.region ?? "qingdao",
    selection: null,
    selectionAlternatives: [],
    viewRequest: null,
    isLayerPanelOpen: false,
    panelTab: "layers",
    basemap: initial.basemap ?? DEFAULT_BASEMAP,
    pendingBasemap: null,
    projectRepairs: null,
    ignoredLinkParameters: [],
    probeLonLat: null,
    storageError: null,
    measureTool: "off",
    measurement: null,
    ruleSetId: DEFAULT_RULE_SET_ID,
    previousRuleSetId: null,
    blindSpotView: { isVisible: true, opacityRatio: 1 },
    toggleBlindSpots: () => set((state) => ({ blindSpotView: { ...state.blindSpotView, isVisible: !state.blindSpotView.isVisible } })),
    changeBlindSpotOpacity: (opacityRatio) =>
      set((state) => ({ blindSpotView: { ...state.blindSpotView, opacityRatio: Math.min(1, Math.max(0, opacityRatio)) } })),
    walkingView: { isVisible: false, opacityRatio: 1 },
    toggleWalking: () => set((state) => ({ walkingView: { ...state.walkingView, isVisible: !state.walkingView.isVisible } })),
    changeWalkingOpacity: (opacityRatio) => set((state) => ({ walkingView: { ...state.walkingView, opacityRatio: Math.min(1, Math.max(0, opacityRatio)) } })),
    switchLanguage: () => set((state) => ({ language: state.language === "zh" ? "en" : "zh" })),
    switchMode: (mode) => set({ mode }),
    reportMapView: (mapView) => set({ mapView }),
    reportMapPainted: () => set({ hasMapPainted: true }),
    reportDrawToolReady: () => set({ isDrawToolReady: true }),
    jumpTo: (view) => set((state) => ({ viewTarget: { ...view, nonce: (state.viewTarget?.nonce ?? 0) + 1 } })),
    chooseRegion: (region, bbox) => set((state) => ({ region, viewRequest: { bbox, nonce: (state.viewRequest?.nonce ?? 0) + 1 } })),
    selectFeature: (selection, alternatives = []) => set({ selection, selectionAlternatives: selection ? alternatives : [] }),
    requestView: (bbox) => set((state) => ({ viewRequest: { bbox, nonce: (state.viewRequest?.nonce ?? 0) + 1 } })),
    toggleLayerPanel: () => set((state) => ({ isLayerPanelOpen: !state.isLayerPanelOpen })),
    openPanelTab: (panelTab) => set({ panelTab }),
    configureBasemap: (basemap) => set({ basemap, pendingBasemap: null }),
    answerPendingBasemap: (isAccepted) =>
      set((state) => (isAccepted && state.pendingBasemap ? { basemap: state.pendingBasemap, pendingBasemap: null } : { pendingBasemap: null })),
    reportProjectRepairs: (projectRepairs) => set({ projectRepairs }),
    reportIgnoredLinkParameters: (ignoredLinkParameters) => set({ ignoredLinkParameters }),
    probePlace: (probeLonLat) => set({ probeLonLat }),
    chooseRuleSet: (ruleSetId) => set((state) => (ruleSetId === state.ruleSetId ? {} : { ruleSetId, previousRuleSetId: state.ruleSetId })),
    reportStorageError: (storageError) => set({ storageError }),
    chooseMeasureTool: (measureTool) => set({ measureTool, measurement: null }),
    reportMeasurement: (measurement) => set({ measurement }),
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
