import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { computeMetrics } from "../analysis/metrics-session";
import { generateSyntheticCity } from "../analysis/synthetic/synthetic-city";
import type { LayerMeta } from "../domain/layer-meta";
import { readLayerFile } from "../io/read-layer-file";
import {
  type AnalysisForExport,
  attributionText,
  exportPolygonsShapefile,
  exportFileName,
  exportMetricsCsv,
  exportMetricsXlsx,
  loadBlindSpots,
  selectProvenance,
} from "./export-actions";

const city = generateSyntheticCity("S", 5);
const { blindSpots = [], ...summary } = computeMetrics(
  { residential: city.residential, parks: city.parks, districts: city.districts },
  { ruleSetId: "qingdao-300-500", blindSpots: true },
);
const blindSpotCollection: FeatureCollection = { type: "FeatureCollection", features: blindSpots };
const report = {
  ...summary,
  blindSpotsUrl: "blob:blind-spots",
  blindSpotCount: blindSpots.length,
  blindSpotAreaM2: blindSpots.reduce((sum, feature) => sum + feature.properties.areaM2, 0),
};
const analysis: AnalysisForExport = { report, scenarioReport: null, inputLayerIds: ["park"] };
const text = (key: string) => `«${key}»`;

const meta = (id: string, schematic: boolean): LayerMeta => ({
  id,
  title: { zh: `图层${id}`, en: `Layer ${id}` },
  kind: "park",
  group: "green",
  geometryType: "Polygon",
  regions: ["qingdao"],
  style: { color: "#00aa00" },
  source: { zh: "来源", en: "Source" },
  licence: "CC-BY-4.0",
  attribution: `© ${id}`,
  schematic,
  declaredCrs: "EPSG:4326",
  defaultVisible: true,
  drawOrder: 1,
  featureCount: 1,
  bbox: [120, 36, 121, 37],
});
const layers = {
  order: ["park", "district", "hidden"],
  metas: { park: meta("park", true), district: meta("district", false), hidden: meta("hidden", false) },
  views: { park: { isVisible: false, opacityRatio: 1 }, district: { isVisible: true, opacityRatio: 1 }, hidden: { isVisible: false, opacityRatio: 1 } },
};

describe("export actions", () => {
  it("names files by kind and local date", () => {
    expect(exportFileName("metrics-csv", new Date(2025, 0, 31))).toBe("shanhai-metrics-20250131.csv");
    expect(exportFileName("blind-spots-shapefile", new Date(2025, 11, 1))).toBe("shanhai-blind-spots-shp-20251201.zip");
  });

  it("lists the layers the report read and the visible ones, and their attribution once each", () => {
    const metas = selectProvenance(layers, analysis.inputLayerIds);
    expect(metas.map((item) => item.id)).toEqual(["park", "district"]);
    expect(attributionText([...metas, metas[0]!], "© OpenStreetMap")).toBe("© park · © district · © OpenStreetMap");
  });

  it("exports the metrics as CSV with the coverage ratio of the report", async () => {
    expect(await exportMetricsCsv({ report: null, scenarioReport: null }, text)).toBeNull();
    const blob = await exportMetricsCsv(analysis, text);
    const csv = await blob!.text();
    const line = csv.split("\r\n").find((row) => row.includes("«metric.coverageRatio»"));
    const ratio = Number(line?.split(",")[3]);
    expect(ratio).toBeCloseTo(summary.parkCoverage!.ratio * 100, 2);
    expect(csv).toContain(`«metric.blindSpotCount»,,${blindSpots.length},`);
  });

  it("exports an XLSX with a metrics and a provenance sheet", async () => {
    const blob = await exportMetricsXlsx(analysis, layers, text, "zh");
    expect(blob!.size).toBeGreaterThan(1000);
  });

  it("loads the blind spots from the report's URL and zips them as a Shapefile that reads back", async () => {
    const fakeFetch = (async (url: string) => {
      expect(url).toBe("blob:blind-spots");
      return new Response(JSON.stringify(blindSpotCollection));
    }) as typeof fetch;
    const loaded = await loadBlindSpots(analysis, fakeFetch);
    expect(loaded?.features).toHaveLength(blindSpots.length);
    const zip = new Uint8Array(await exportPolygonsShapefile(loaded!, "blind-spots").arrayBuffer());
    const result = await readLayerFile(zip, "blind-spots.zip");
    expect(result.featureCollection.features).toHaveLength(blindSpots.length);
    const areaM2 = result.featureCollection.features.reduce((sum, feature) => sum + Number(feature.properties?.areaM2), 0);
    expect(areaM2).toBeCloseTo(report.blindSpotAreaM2, -1);
    expect(await loadBlindSpots({ report: { ...report, blindSpotsUrl: null }, scenarioReport: null }, fakeFetch)).toBeNull();
  });
});
