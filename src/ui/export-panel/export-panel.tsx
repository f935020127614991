import { useState } from "react";
import { analysisStore, layersStore } from "../../state/app-stores";
import {
  exportBlindSpotsGeoJson, exportBlindSpotsShapefile, exportFileName, type ExportKind, exportMapImage, exportMetricsCsv,
  exportMetricsXlsx, loadBlindSpots,
} from "../../state/export-actions";
import { useAnalysis } from "../../state/hooks";
import { useTranslate } from "../use-translate";
import { currentAttribution } from "./current-attribution";
import "./export-panel.css";
import { ReportView } from "./report-view";
import { saveBlob } from "./save-blob";
import { useExportText } from "./use-export-text";

export const DPI_CHOICES = [96, 150, 300] as const;

type Status = { kind: "busy" } | { kind: "done"; message: string } | { kind: "error"; message: string } | null;

/** Export buttons: metrics as CSV/XLSX, blind spots as GeoJSON/Shapefile, the map as PNG, and the print report. */
export function ExportPanel() {
  const { t, language } = useTranslate();
  const text = useExportText();
  const [dpi, setDpi] = useState<number>(150);
  const [status, setStatus] = useState<Status>(null);
  const [isReportOpen, setReportOpen] = useState(false);
  const blindSpotCount = useAnalysis((state) => (state.scenarioReport ?? state.report)?.blindSpotCount ?? 0);
  const run = async (kind: ExportKind, make: () => Promise<{ blob: Blob | null; detail?: Record<string, number> }>) => {
    setStatus({ kind: "busy" });
    try {
      const { blob, detail } = await make();
      if (!blob) {
        setStatus({ kind: "error", message: t("export.noBlindSpots") });
        return;
      }
      const file = exportFileName(kind);
      saveBlob(blob, file);
      setStatus({ kind: "done", message: detail ? t("export.mapDone", { file, ...detail }) : t("export.done", { file }) });
    } catch (error) {
      setStatus({ kind: "error", message: t("export.failed", { error: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const blindSpots = async () => loadBlindSpots(analysisStore.getState());
  const isBusy = status?.kind === "busy";
  return (
    <section className="export-panel" aria-labelledby="export-title" data-testid="export-panel">
      <h3 id="export-title">{t("export.title")}</h3>
      <div className="export-buttons">
        <button type="button" disabled={isBusy} data-testid="export-metrics-csv"
          onClick={() => void run("metrics-csv", async () => ({ blob: await exportMetricsCsv(analysisStore.getState(), text) }))}>
          {t("export.metricsCsv")}
        </button>
        <button type="button" disabled={isBusy} data-testid="export-metrics-xlsx"
          onClick={() => void run("metrics-xlsx", async () => ({ blob: await exportMetricsXlsx(analysisStore.getState(), layersStore.getState(), text, language) }))}>
          {t("export.metricsXlsx")}
        </button>
        <button type="button" disabled={isBusy || blindSpotCount === 0} data-testid="export-blind-spots-geojson"
          onClick={() => void run("blind-spots-geojson", async () => {
            const collection = await blindSpots();
            return { blob: collection && exportBlindSpotsGeoJson(collection) };
          })}>
          {t("export.blindSpotsGeojson")}
        </button>
        <button type="button" disabled={isBusy || blindSpotCount === 0} data-testid="export-blind-spots-shapefile"
          onClick={() => void run("blind-spots-shapefile", async () => {
            const collection = await blindSpots();
            return { blob: collection && exportBlindSpotsShapefile(collection) };
          })}>
          {t("export.blindSpotsShapefile")}
        </button>
      </div>
      <div className="export-map-row">
        <label>
          {t("export.dpi")}
          <select value={dpi} onChange={(event) => setDpi(Number(event.target.value))} data-testid="export-dpi">
            {DPI_CHOICES.map((choice) => <option key={choice} value={choice}>{choice}</option>)}
          </select>
        </label>
        <button type="button" disabled={isBusy} data-testid="export-map-png"
          onClick={() => void run("map-png", async () => {
            const image = await exportMapImage({ dpi, attribution: currentAttribution() });
            return { blob: image.blob, detail: { width: image.widthPx, height: image.heightPx, dpi: image.dpi } };
          })}>
          {t("export.mapPng")}
        </button>
      </div>
      <button type="button" className="export-report-button" data-testid="open-report" onClick={() => setReportOpen(true)}>
        {t("export.openReport")}
      </button>
      {status && (
        <p className={status.kind === "error" ? "error-text" : "hint"} role={status.kind === "error" ? "alert" : "status"} data-testid="export-status">
          {status.kind === "busy" ? t("export.busy") : status.message}
        </p>
      )}
      <p className="hint">{t("export.hint")}</p>
      {isReportOpen && <ReportView dpi={dpi} onClose={() => setReportOpen(false)} />}
    </section>
  );
}
