/**
 * Exports of the planner's results: metrics as CSV and XLSX, blind spots and park service areas as GeoJSON and
 * zipped Shapefile,
 * the map as PNG. Reads the stores' state, calls the pure writers in `io/export`, and returns Blobs; the UI
 * decides how to save them. Labels come from the UI's translation tables through `label`.
 */
import type { FeatureCollection } from "geojson";
import type { LayerMeta } from "../domain/layer-meta";
import { writeCsvText } from "../io/export/csv-text";
import { bboxOf } from "../analysis/bbox";
import { type ExportCrs, type ExportCrsKind, reprojectFromWgs84, resolveExportCrs } from "../io/export/export-crs";
import { writeGeoJsonText, writeProjectedGeoJsonText } from "../io/export/geojson-text";
import { type ExportLabelKey, metricTable, type MetricRowPair, pairMetricRows, type TableCell } from "../io/export/metric-table";
import { writeShapefileZip } from "../io/export/shapefile/shapefile-zip";
import type { ReportForExport } from "../io/export/report-for-export";
import { writeWktCsvText } from "../io/export/wkt-csv-text";
import { writeXlsxWorkbook } from "../io/export/xlsx-workbook";
import type { LayersState } from "./layers-store";
import type { WalkingGeometryUrls } from "../worker/analysis-client";
import { getMapExporter, type MapImage, type MapImageRequest } from "./map-exporter-registry";

export type { MetricRowPair } from "../io/export/metric-table";
export type { ExportCrs, ExportCrsKind } from "../io/export/export-crs";
export { exportZoneChoices, gaussKrugerZoneOf } from "../io/export/export-crs";

/** The export CRS choices, in the order the panel lists them. */
export const EXPORT_CRS_KINDS: readonly ExportCrsKind[] = ["wgs84", "cgcs2000", "gk3", "gk6"];

/**
 * Resolves an export CRS choice for `collection`: the Gauss-Krüger zone is `zone` when the planner chose one,
 * otherwise the zone of the centre of the collection's extent.
 */
export function exportCrsFor(kind: ExportCrsKind, collection: FeatureCollection, zone?: number): ExportCrs {
  const bbox = bboxOf(collection);
  const centreLongitudeDeg = bbox ? (bbox[0] + bbox[2]) / 2 : 120;
  const crs = resolveExportCrs(kind, centreLongitudeDeg, zone);
  if (!crs) throw new Error(`No ${kind} zone covers longitude ${centreLongitudeDeg.toFixed(2)}°.`);
  return crs;
}
export { METRIC_SECTIONS } from "../io/export/metric-rows";

const PROVENANCE_COLUMNS = ["layer", "source", "licence", "attribution", "schematic"] as const;
/** Every text an export needs; the UI translates `export.<key>`. */
export type ExportTextKey = ExportLabelKey | `provenance.${(typeof PROVENANCE_COLUMNS)[number]}` | "sheet.metrics" | "sheet.provenance" | "yes" | "no";
export type ExportText = (key: ExportTextKey) => string;

/** A report as the analysis store holds it: figures, plus an object URL of its blind spots (GeoJSON). */
type StoredReport = ReportForExport & { blindSpotsUrl?: string | null };

/** The part of the analysis store the exports read (`analysisStore.getState()` fits). */
export interface AnalysisForExport {
  report: StoredReport | null;
  scenarioReport: StoredReport | null;
  inputLayerIds: string[];
}

export type ExportKind =
  | "metrics-csv"
  | "metrics-xlsx"
  | "blind-spots-geojson"
  | "blind-spots-shapefile"
  | "service-areas-geojson"
  | "service-areas-shapefile"
  | "blind-spots-csv"
  | "service-areas-csv"
  | "walking-areas-geojson"
  | "radius-only-geojson"
  | "map-png";

const EXTENSIONS: Record<ExportKind, string> = {
  "metrics-csv": "metrics.csv",
  "metrics-xlsx": "metrics.xlsx",
  "blind-spots-geojson": "blind-spots.geojson",
  "blind-spots-shapefile": "blind-spots-shp.zip",
  "service-areas-geojson": "service-areas.geojson",
  "service-areas-shapefile": "service-areas-shp.zip",
  "blind-spots-csv": "blind-spots-wkt.csv",
  "service-areas-csv": "service-areas-wkt.csv",
  "walking-areas-geojson": "walking-service-areas.geojson",
  "radius-only-geojson": "radius-yes-walking-no.geojson",
  "map-png": "map.png",
};

/** A file name like `shanhai-metrics-20250131.csv` (local date). */
export function exportFileName(kind: ExportKind, date = new Date()): string {
  const day = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, "0")}${String(date.getDate()).padStart(2, "0")}`;
  const [name, ...extension] = EXTENSIONS[kind].split(".");
  return `shanhai-${name}-${day}.${extension.join(".")}`;
}

/** Baseline rows joined with the active scenario's, or null before the first report. */
export function selectMetricPairs(analysis: Pick<AnalysisForExport, "report" | "scenarioReport">): MetricRowPair[] | null {
  return analysis.report ? pairMetricRows(analysis.report, analysis.scenarioReport) : null;
}

/** The layers a result depends on: those the last report read plus those visible on the map, top first. */
export function selectProvenance(layers: Pick<LayersState, "order" | "metas" | "views">, inputLayerIds: readonly string[]): LayerMeta[] {
  const wanted = new Set(inputLayerIds);
  return layers.order
    .filter((id) => wanted.has(id) || layers.views[id]?.isVisible)
    .map((id) => layers.metas[id])
    .filter((meta): meta is LayerMeta => meta !== undefined);
}

function metricsTable(analysis: Pick<AnalysisForExport, "report" | "scenarioReport">, text: ExportText): TableCell[][] | null {
  const pairs = selectMetricPairs(analysis);
  return pairs ? metricTable(pairs, analysis.scenarioReport !== null, text) : null;
}

/** The metric table as CSV (UTF-8 with BOM), or null when nothing has been computed yet. */
export async function exportMetricsCsv(analysis: Pick<AnalysisForExport, "report" | "scenarioReport">, text: ExportText): Promise<Blob | null> {
  const table = metricsTable(analysis, text);
  return table ? new Blob([await writeCsvText(table)], { type: "text/csv;charset=utf-8" }) : null;
}

/** The metric table and the data provenance (which layers are schematic 示意) as two XLSX sheets. */
export async function exportMetricsXlsx(
  analysis: AnalysisForExport,
  layers: Pick<LayersState, "order" | "metas" | "views">,
  text: ExportText,
  language: "zh" | "en",
): Promise<Blob | null> {
  const table = metricsTable(analysis, text);
  if (!table) return null;
  const provenance: TableCell[][] = [
    PROVENANCE_COLUMNS.map((column) => text(`provenance.${column}`)),
    ...selectProvenance(layers, analysis.inputLayerIds).map((meta) => [
      meta.title[language] || meta.title.zh,
      meta.source[language] || meta.source.zh,
      meta.licence,
      meta.attribution,
      text(meta.schematic ? "yes" : "no"),
    ]),
  ];
  return writeXlsxWorkbook([
    { name: text("sheet.metrics"), rows: table },
    { name: text("sheet.provenance"), rows: provenance },
  ]);
}

const withRoundedArea = (collection: FeatureCollection): FeatureCollection => ({
  ...collection,
  features: collection.features.map((feature) => {
    const areaM2 = feature.properties?.areaM2;
    return typeof areaM2 === "number" ? { ...feature, properties: { ...feature.properties, areaM2: Math.round(areaM2 * 100) / 100 } } : feature;
  }),
});

/** The blind spots on the map (the scenario's when one is active), fetched from the report's object URL. */
export async function loadBlindSpots(
  analysis: Pick<AnalysisForExport, "report" | "scenarioReport">,
  fetchUrl: typeof fetch = fetch,
): Promise<FeatureCollection | null> {
  return loadReportPolygons((analysis.scenarioReport ?? analysis.report)?.blindSpotsUrl, "blind spots", fetchUrl);
}

/**
 * The walking view's polygons (the scenario's when one is active): the walking service areas or the "radius yes,
 * walking no" residential land, fetched from the object URL the walking worker made; null when there are none.
 */
export async function loadWalkingPolygons(
  urls: WalkingGeometryUrls,
  which: "serviceAreas" | "radiusOnly",
  fetchUrl: typeof fetch = fetch,
): Promise<FeatureCollection | null> {
  const url = which === "serviceAreas" ? urls.serviceAreasUrl : urls.radiusOnlyUrl;
  return loadReportPolygons(url, which === "serviceAreas" ? "walking service areas" : "radius-only land", fetchUrl);
}

async function loadReportPolygons(url: string | null | undefined, what: string, fetchUrl: typeof fetch): Promise<FeatureCollection | null> {
  if (!url) return null;
  const response = await fetchUrl(url);
  if (!response.ok) throw new Error(`Could not read the ${what} (${response.status}).`);
  const collection = (await response.json()) as FeatureCollection;
  return collection.features.length > 0 ? collection : null;
}

/**
 * Result polygons (blind spots, service areas) as GeoJSON, areas rounded to 0.01 m²: RFC 7946 (WGS84) unless a
 * projected `crs` is chosen, which is written with the legacy `crs` member.
 */
export function exportPolygonsGeoJson(collection: FeatureCollection, crs?: ExportCrs): Blob {
  const rounded = withRoundedArea(collection);
  const text = crs && !crs.isGeographic ? writeProjectedGeoJsonText(reprojectFromWgs84(rounded, crs), crs.epsg) : writeGeoJsonText(rounded);
  return new Blob([text], { type: "application/geo+json" });
}

/** Result polygons as CSV with a WKT geometry column, in `crs` (WGS84 by default). */
export async function exportPolygonsWktCsv(collection: FeatureCollection, crs?: ExportCrs): Promise<Blob> {
  const rounded = withRoundedArea(collection);
  const text = await writeWktCsvText(crs ? reprojectFromWgs84(rounded, crs) : rounded, crs?.isGeographic ?? true);
  return new Blob([text], { type: "text/csv;charset=utf-8" });
}

/** Result polygons as a zipped Shapefile named `baseName` in `crs` (WGS84 by default; its .prj, UTF-8 .cpg). */
export function exportPolygonsShapefile(collection: FeatureCollection, baseName: "blind-spots" | "service-areas", date = new Date(), crs?: ExportCrs): Blob {
  const rounded = withRoundedArea(collection);
  const { bytes } = crs ? writeShapefileZip(reprojectFromWgs84(rounded, crs), baseName, date, crs.prjWkt) : writeShapefileZip(rounded, baseName, date);
  return new Blob([bytes.slice().buffer], { type: "application/zip" });
}

/** The attribution line of the layers on the map (and of an online basemap), de-duplicated. */
export function attributionText(metas: readonly LayerMeta[], basemapAttribution: string | null): string {
  const lines = [...metas.map((meta) => meta.attribution.trim()), basemapAttribution?.trim() ?? ""].filter(Boolean);
  return [...new Set(lines)].join(" · ");
}

/** Renders the current map to a PNG; rejects when no map is on screen. */
export async function exportMapImage(request: MapImageRequest): Promise<MapImage> {
  const exporter = getMapExporter();
  if (!exporter) throw new Error("The map is not ready yet.");
  return exporter(request);
}
