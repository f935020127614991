import { useEffect } from "react";
import { DEFAULT_RULE_SET_ID } from "../domain/rule-sets";
import { MapView } from "../map/map-view";
import { scenarioStore, uiStore } from "../state/app-stores";
import { useUi } from "../state/hooks";
import { ErrorBoundary } from "./error-boundary";
import { Notices } from "./notices";
import { BasemapSettings } from "./basemap-settings";
import { CoordinateBar } from "./coordinate-bar";
import { FeatureInspector } from "./feature-inspector";
import { HeaderBar } from "./header-bar";
import { ImportPanel, useStartImport } from "./import/import-panel";
import { PanelTabs } from "./panel-tabs";
import { ProjectControls } from "./project-controls";
import { LayerPanel } from "./layer-panel/layer-panel";
import { LazyPart, lazyModule, preloadLazyParts } from "./lazy-panel";
import { MeasureBar } from "./measure-bar";
import { PublicShell } from "./public/public-shell";
import { useTranslate } from "./use-translate";

// The other tabs than the layer list are loaded when first opened.
const metricsPanel = lazyModule(async () => (await import("./metrics-panel/metrics-panel")).MetricsPanel);
const dashboardTab = lazyModule(async () => (await import("./dashboard-tab")).DashboardTab);
const attributeTable = lazyModule(async () => (await import("./attribute-table/attribute-table")).AttributeTable);

/** The metrics tabs' own choices back to their defaults: the rule set, and no active scenario. */
const resetMetricsChoices = () => {
  uiStore.getState().chooseRuleSet(DEFAULT_RULE_SET_ID);
  scenarioStore.getState().activateScenario(null);
};

/** The planner's screen: header, side panel with layers, the map, the inspector and the coordinate bar. */
export function AppShell() {
  const { t, language } = useTranslate();
  const isPanelOpen = useUi((state) => state.isLayerPanelOpen);
  const mode = useUi((state) => state.mode);
  const panelTab = useUi((state) => state.panelTab);
  const hasMapPainted = useUi((state) => state.hasMapPainted);
  const startImport = useStartImport();
  useEffect(() => {
    document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  }, [language]);
  // Once the map has painted, the lazy tabs and forms are fetched in idle time, so they open at once when asked for.
  useEffect(() => (hasMapPainted && mode === "planner" ? preloadLazyParts() : undefined), [hasMapPainted, mode]);
  if (mode === "public") return <PublicShell />;
  return (
    <div className="app-shell">
      <HeaderBar />
      <div className="app-body">
        <aside id="side-panel" className={`side-panel tab-${panelTab}${isPanelOpen ? " is-open" : ""}`} aria-label={t("panel.layers")}>
          <PanelTabs />
          <div role="tabpanel" id={`tabpanel-${panelTab}`} aria-labelledby={`tab-${panelTab}`} className="tab-body">
            <Notices />
            {panelTab === "layers" && (
              <>
                <ErrorBoundary key="layers">
                  <LayerPanel />
                </ErrorBoundary>
                <ErrorBoundary key="import">
                  <ImportPanel />
                </ErrorBoundary>
                <ProjectControls />
                <BasemapSettings />
              </>
            )}
            {panelTab === "metrics" && (
              <ErrorBoundary key="metrics" onReset={resetMetricsChoices}>
                <LazyPart part={metricsPanel} />
              </ErrorBoundary>
            )}
            {panelTab === "dashboard" && (
              <ErrorBoundary key="dashboard" onReset={resetMetricsChoices}>
                <LazyPart part={dashboardTab} />
              </ErrorBoundary>
            )}
            {panelTab === "table" && (
              <ErrorBoundary key="table">
                <LazyPart part={attributeTable} />
              </ErrorBoundary>
            )}
          </div>
        </aside>
        <main
          className="map-area"
          onDragOver={(event) => event.preventDefault()}
          onDrop={(event) => {
            event.preventDefault();
            const file = event.dataTransfer.files[0];
            if (file) void startImport(file);
          }}
        >
          <MapView label={t("app.subtitle")} />
          <ErrorBoundary key="inspector">
            <FeatureInspector />
          </ErrorBoundary>
          <MeasureBar />
          <CoordinateBar />
        </main>
      </div>
    </div>
  );
}
