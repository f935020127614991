import { useState } from "react";
import { analysisStore, layersStore } from "../../state/app-stores";
import { loadServiceAreas } from "../../state/service-actions";
import {
  EXPORT_CRS_KINDS,
  type ExportCrs,
  type ExportCrsKind,
  exportCrsFor,
  exportFileName,
  type ExportKind,
  exportMapImage,
  exportMetricsCsv,
  exportMetricsXlsx,
  exportPolygonsGeoJson,
  exportPolygonsShapefile,
  exportPolygonsWktCsv,
  loadBlindSpots,
} from "../../state/export-actions";
import { useAnalysis, useCurrentRegion } from "../../state/hooks";
import { ExportZoneSelect } from "./export-zone-select";
import { useTranslate } from "../use-translate";
import { currentAttribution } from "./current-attribution";
import "./export-panel.css";
import { currentMapLegend } from "./current-map-legend";
import { ReportView } from "./report-view";
import { saveBlob } from "./save-blob";
import { useExportText } from "./use-export-text";

const DPI_CHOICES = [96, 150, 300] as const;

const polygonExports = [
  { kind: "blind-spots-geojson", label: "export.blindSpotsGeojson", baseName: "blind-spots", format: "geojson" },
  { kind: "blind-spots-shapefile", label: "export.blindSpotsShapefile", baseName: "blind-spots", format: "shapefile" },
  { kind: "service-areas-geojson", label: "export.serviceAreasGeojson", baseName: "service-areas", format: "geojson" },
  { kind: "service-areas-shapefile", label: "export.serviceAreasShapefile", baseName: "service-areas", format: "shapefile" },
  { kind: "blind-spots-csv", label: "export.blindSpotsCsv", baseName: "blind-spots", format: "csv" },
  { kind: "service-areas-csv", label: "export.serviceAreasCsv", baseName: "service-areas", format: "csv" },
] as const;

type Status = { kind: "busy" } | { kind: "done"; message: string } | { kind: "error"; message: string } | null;

/**
 * Export buttons: metrics as CSV/XLSX, blind spots and park service areas as GeoJSON/Shapefile, the map as PNG,
 * and the print report.
 */
export function ExportPanel() {
  const { t, pick, language } = useTranslate();
  const text = useExportText();
  const [dpi, setDpi] = useState<number>(150);
  const region = useCurrentRegion();
  /** The title the user typed; null until then, so the default follows the region and the language. */
  const [typedTitle, setTypedTitle] = useState<string | null>(null);
  const mapTitle = typedTitle ?? t("export.mapTitleDefault", { region: region ? pick(region.name) : "" });
  const [crsKind, setCrsKind] = useState<ExportCrsKind>("wgs84");
  /** The Gauss-Krüger zone the planner chose; undefined: the zone of the exported data's centre. */
  const [zone, setZone] = useState<number | undefined>(undefined);
  const crsWords = (crs: ExportCrs) =>
    crs.gaussKruger
      ? t("export.crsZone", { width: crs.gaussKruger.family.zoneWidthDeg, zone: crs.gaussKruger.zone, epsg: crs.epsg, cm: crs.gaussKruger.centralMeridianDeg })
      : t(`export.crs.${crs.kind}`);
  const [status, setStatus] = useState<Status>(null);
  const [isReportOpen, setReportOpen] = useState(false);
  const blindSpotCount = useAnalysis((state) => (state.scenarioReport ?? state.report)?.blindSpotCount ?? 0);
  const hasReport = useAnalysis((state) => (state.scenarioReport ?? state.report) !== null);
  const run = async (kind: ExportKind, make: () => Promise<{ blob: Blob | null; detail?: Record<string, number>; crs?: ExportCrs }>) => {
    setStatus({ kind: "busy" });
    try {
      const { blob, detail, crs } = await make();
      if (!blob) {
        setStatus({ kind: "error", message: t(kind.startsWith("service-areas") ? "export.noServiceAreas" : "export.noBlindSpots") });
        return;
      }
      const file = exportFileName(kind);
      saveBlob(blob, file);
      const message = detail ? t("export.mapDone", { file, ...detail }) : t("export.done", { file });
      setStatus({ kind: "done", message: crs ? `${message} ${t("export.crsUsed", { crs: crsWords(crs) })}` : message });
    } catch (error) {
      setStatus({ kind: "error", message: t("export.failed", { error: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const blindSpots = async () => loadBlindSpots(analysisStore.getState());
  const isBusy = status?.kind === "busy";
  return (
    <section className="export-panel" aria-labelledby="export-title" data-testid="export-panel">
      <h3 id="export-title">{t("export.title")}</h3>
      <label className="export-crs">
        {t("export.crs")}
        <select
          value={crsKind}
          onChange={(event) => {
            setCrsKind(event.target.value as ExportCrsKind);
            setZone(undefined);
          }}
          data-testid="export-crs"
        >
          {EXPORT_CRS_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`export.crs.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {(crsKind === "gk3" || crsKind === "gk6") && (
        <>
          <ExportZoneSelect kind={crsKind} zone={zone} onChange={setZone} />
          <p className="hint" data-testid="export-crs-note">
            {t("export.crsProjectedNote")}
          </p>
        </>
      )}
      <div className="export-buttons">
        <button
          type="button"
          disabled={isBusy}
          data-testid="export-metrics-csv"
          onClick={() => void run("metrics-csv", async () => ({ blob: await exportMetricsCsv(analysisStore.getState(), text) }))}
        >
          {t("export.metricsCsv")}
        </button>
        <button
          type="button"
          disabled={isBusy}
          data-testid="export-metrics-xlsx"
          onClick={() =>
            void run("metrics-xlsx", async () => ({ blob: await exportMetricsXlsx(analysisStore.getState(), layersStore.getState(), text, language) }))
          }
        >
          {t("export.metricsXlsx")}
        </button>
        {polygonExports.map(({ kind, label, baseName, format }) => (
          <button
            key={kind}
            type="button"
            data-testid={`export-${kind}`}
            disabled={isBusy || (baseName === "blind-spots" ? blindSpotCount === 0 : !hasReport)}
            onClick={() =>
              void run(kind, async () => {
                const collection = baseName === "blind-spots" ? await blindSpots() : await loadServiceAreas();
                if (!collection) return { blob: null };
                const crs = exportCrsFor(crsKind, collection, zone);
                const blob =
                  format === "geojson"
                    ? exportPolygonsGeoJson(collection, crs)
                    : format === "csv"
                      ? await exportPolygonsWktCsv(collection, crs)
                      : exportPolygonsShapefile(collection, baseName, new Date(), crs);
                return { crs, blob };
              })
            }
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div className="export-map-row">
        <label className="export-map-title">
          {t("export.mapTitle")}
          <input type="text" value={mapTitle} maxLength={120} onChange={(event) => setTypedTitle(event.target.value)} data-testid="export-map-title" />
        </label>
        <label>
          {t("export.dpi")}
          <select value={dpi} onChange={(event) => setDpi(Number(event.target.value))} data-testid="export-dpi">
            {DPI_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={isBusy}
          data-testid="export-map-png"
          onClick={() =>
            void run("map-png", async () => {
              const image = await exportMapImage({ dpi, title: mapTitle, legend: currentMapLegend(), attribution: currentAttribution() });
              return { blob: image.blob, detail: { width: image.widthPx, height: image.heightPx, dpi: image.dpi } };
            })
          }
        >
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
