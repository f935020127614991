import { useState } from "react";
import { uiStore } from "../../state/app-stores";
import { loadWalkingGeometry } from "../../state/service-actions";
import { useAnalysis, useUi } from "../../state/hooks";
import { saveBlob } from "../export-panel/save-blob";
import { useTranslate } from "../use-translate";
import { LayerToggle, OpacitySlider } from "./layer-controls";

type WalkingExport = {
  kind: "walking-areas-geojson" | "radius-only-geojson";
  which: "serviceAreas" | "radiusOnly";
  label: "layer.walkingExportAreas" | "layer.walkingExportRadiusOnly";
};

const EXPORTS: readonly WalkingExport[] = [
  { kind: "walking-areas-geojson", which: "serviceAreas", label: "layer.walkingExportAreas" },
  { kind: "radius-only-geojson", which: "radiusOnly", label: "layer.walkingExportRadiusOnly" },
];

const WALKING_STATUS_TEXT = {
  none: "layer.walkingNoNetwork",
  running: "layer.walkingRunning",
  ready: "layer.walkingComputed",
  failed: "layer.walkingFailed",
} as const;

/**
 * The walking view (步行可达) as a row of the layer panel: one switch draws the walking service areas and the
 * residential land the radius covers but walking does not; opacity, legend and GeoJSON exports of both. Without a
 * walking network in the region it says so instead.
 */
export function WalkingRow() {
  const { t } = useTranslate();
  const view = useUi((state) => state.walkingView);
  const status = useAnalysis((state) => state.walking.status);
  const hasNetwork = status === "ready";
  const [message, setMessage] = useState<string | null>(null);
  const title = t("layer.walking");
  const actions = uiStore.getState();
  const exportPolygons = async ({ kind, which }: WalkingExport) => {
    try {
      // The export code (file formats, projections) is fetched on the first export, not with the layer panel.
      const { exportFileName, exportPolygonsGeoJson, loadWalkingPolygons } = await import("../../state/export-actions");
      const urls = await loadWalkingGeometry();
      const collection = urls ? await loadWalkingPolygons(urls, which) : null;
      if (!collection) {
        setMessage(t("layer.walkingExportEmpty"));
        return;
      }
      const file = exportFileName(kind);
      saveBlob(exportPolygonsGeoJson(collection), file);
      setMessage(t("export.done", { file }));
    } catch (error) {
      setMessage(t("export.failed", { error: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <li className="layer-row" data-testid="walking-row">
      <div className="layer-head">
        <LayerToggle
          title={title}
          isVisible={view.isVisible}
          swatchClassName="swatch-main swatch-walking"
          testId="toggle-walking"
          onToggle={() => actions.toggleWalking()}
        />
      </div>
      <div className="layer-meta-line">
        <span data-testid="walking-status">{t(WALKING_STATUS_TEXT[status])}</span>
      </div>
      <div className="layer-controls">
        <OpacitySlider
          title={title}
          opacityRatio={view.opacityRatio}
          testId="opacity-walking"
          onChange={(opacityRatio) => actions.changeWalkingOpacity(opacityRatio)}
        />
      </div>
      <ul className="legend" aria-label={t("legend.title")} data-testid="legend-walking">
        <li>
          <span className="swatch swatch-walking" aria-hidden="true" />
          {t("layer.walkingAreasLegend")}
        </li>
        <li>
          <span className="swatch swatch-radius-only" aria-hidden="true" />
          {t("layer.radiusOnlyLegend")}
        </li>
      </ul>
      {hasNetwork && (
        <div className="layer-controls">
          {EXPORTS.map((item) => (
            <button key={item.kind} type="button" data-testid={`export-${item.kind}`} onClick={() => void exportPolygons(item)}>
              {t(item.label)}
            </button>
          ))}
        </div>
      )}
      {message && (
        <p className="hint" role="status" data-testid="walking-export-status">
          {message}
        </p>
      )}
    </li>
  );
}
