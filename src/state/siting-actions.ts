/**
 * Actions of the "建议新增公园" tool: run the siting in its worker for the current region (existing and scenario
 * parks counted as built), cancel it, accept suggested sites as candidate parks of a scenario, and export them.
 */
import type { Feature, FeatureCollection, Point, Polygon } from "geojson";
import { writeCsvText } from "../io/export/csv-text";
import { reprojectFromWgs84, resolveExportCrs } from "../io/export/export-crs";
import { writeGeoJsonText } from "../io/export/geojson-text";
import type { TableCell } from "../io/export/metric-table";
import { writeShapefileZip } from "../io/export/shapefile/shapefile-zip";
import { resolveRuleSet } from "../domain/rule-sets";
import { buildMetricsInput } from "./analysis-input";
import { getSitingClient, layerSource, layersStore, scenarioStore, sitingStore, uiStore } from "./app-stores";
import { layerJsonUrl } from "../services/layer-json-url";
import { selectActiveScenario } from "./scenario-store";

/**
 * Runs the siting with the tool's settings; the result (or the error) lands in the siting store, then, for a greedy
 * answer, its LP-relaxation bound.
 */
export async function runSiting(): Promise<void> {
  const store = sitingStore.getState();
  const { settings } = store;
  const region = uiStore.getState().region;
  const built = buildMetricsInput(layersStore.getState(), layerSource, region, layerJsonUrl);
  if (!built) {
    store.failed("layers-loading");
    return;
  }
  const candidateData = settings.candidateLayerId ? layersStore.getState().data[settings.candidateLayerId] : undefined;
  const networkData = settings.networkLayerId ? layersStore.getState().data[settings.networkLayerId] : undefined;
  const scenario = selectActiveScenario(scenarioStore.getState());
  store.started();
  try {
    const outcome = await getSitingClient().suggestSites(
      { ...built.refs, extraParks: scenario?.parks ?? [] },
      {
        ruleSetId: uiStore.getState().ruleSetId,
        radiusM: settings.radiusM,
        ...(settings.goal === "count" ? { count: settings.count } : { targetRatio: settings.targetRatio }),
        ...(candidateData ? { candidates: [{ data: candidateData }] } : { spacingM: settings.spacingM }),
        ...(networkData ? { network: [{ data: networkData }] } : {}),
      },
      (fraction) => sitingStore.getState().progressed(fraction),
    );
    if (outcome.status !== "done") return;
    sitingStore.getState().finished(outcome.value);
    // The sites are on screen; the LP-relaxation bound of a greedy answer follows (cancellable).
    if (outcome.value.lpBoundStatus !== "computing") return;
    const bound = await getSitingClient().lpBound();
    if (sitingStore.getState().report !== outcome.value) return;
    if (bound.status === "done") sitingStore.getState().boundFinished(bound.value);
    else if (bound.status === "failed") sitingStore.getState().boundFinished(null);
  } catch (error) {
    sitingStore.getState().failed(error instanceof Error ? error.message : String(error));
  }
}

/** Stops the run in flight. */
export function cancelSiting(): void {
  getSitingClient().cancel();
  sitingStore.getState().cancelled();
}

/** Side of the square drawn for an accepted site: twice the smallest area of its radius class, at least 30 m. */
function siteSideM(radiusM: number): number {
  const ruleSet = resolveRuleSet(uiStore.getState().ruleSetId);
  const minAreaM2 = ruleSet.classes.find((radiusClass) => radiusClass.radiusM === radiusM)?.minAreaM2 ?? 400;
  return Math.max(30, Math.ceil(Math.sqrt(minAreaM2 * 2)));
}

function squareAround(lon: number, lat: number, sideM: number): Polygon {
  const dLat = sideM / 2 / 111_320;
  const dLon = sideM / 2 / (111_320 * Math.cos((lat * Math.PI) / 180));
  return {
    type: "Polygon",
    coordinates: [
      [
        [lon - dLon, lat - dLat],
        [lon + dLon, lat - dLat],
        [lon + dLon, lat + dLat],
        [lon - dLon, lat + dLat],
        [lon - dLon, lat - dLat],
      ],
    ],
  };
}

/**
 * Adds the selected suggested sites to the active scenario (a new one when none is active) as ordinary candidate
 * parks — squares of twice the class's minimum area — which the planner can then move or delete.
 * @param scenarioName - name of the scenario created when none is active (also the parks' name)
 * @returns the number of parks added
 */
export function acceptSites(scenarioName: string): number {
  const { report, selectedRanks, settings } = sitingStore.getState();
  if (!report) return 0;
  const chosen = report.sites.filter((site) => selectedRanks.includes(site.rank));
  if (!chosen.length) return 0;
  const scenarios = scenarioStore.getState();
  if (!selectActiveScenario(scenarios)) scenarios.createScenario(scenarioName);
  const active = selectActiveScenario(scenarioStore.getState());
  const sideM = siteSideM(settings.radiusM);
  // The drawing tool (terra-draw) accepts only UUID feature ids.
  const parks: Feature<Polygon>[] = chosen.map((site) => {
    const id = crypto.randomUUID();
    return {
      type: "Feature",
      id,
      properties: { id, name: scenarioName, type: "候选公园", candidate: true, siteId: site.id, rank: site.rank, addedWeight: site.addedWeight },
      geometry: squareAround(site.lon, site.lat, sideM),
    };
  });
  scenarioStore.getState().editParks([...(active?.parks ?? []), ...parks]);
  sitingStore.getState().clear();
  return parks.length;
}

/** The suggested sites as WGS84 points with rank, id and added weight. */
function sitesCollection(): FeatureCollection<Point> | null {
  const report = sitingStore.getState().report;
  if (!report || report.sites.length === 0) return null;
  return {
    type: "FeatureCollection",
    features: report.sites.map((site) => ({
      type: "Feature",
      properties: { rank: site.rank, id: site.id, added: Math.round(site.addedWeight * 100) / 100 },
      geometry: { type: "Point", coordinates: [Math.round(site.lon * 1e7) / 1e7, Math.round(site.lat * 1e7) / 1e7] },
    })),
  };
}

/**
 * Exports the suggested sites: GeoJSON (RFC 7946, WGS84), a zipped Shapefile (WGS84 .prj), or CSV with each site's
 * WGS84 longitude/latitude and its CGCS2000 3° Gauss–Krüger easting/northing (zone of the sites' centre).
 * @param format - file format
 * @returns the file, or null without sites
 */
export async function exportSites(format: "geojson" | "shapefile" | "csv"): Promise<Blob | null> {
  const collection = sitesCollection();
  if (!collection) return null;
  if (format === "geojson") return new Blob([writeGeoJsonText(collection)], { type: "application/geo+json" });
  if (format === "shapefile") return new Blob([writeShapefileZip(collection, "suggested-sites").bytes.slice().buffer], { type: "application/zip" });
  const lons = collection.features.map((feature) => feature.geometry.coordinates[0] ?? 0);
  const crs = resolveExportCrs("gk3", (Math.min(...lons) + Math.max(...lons)) / 2);
  const projected = crs ? reprojectFromWgs84(collection, crs) : collection;
  const rows: TableCell[][] = [["rank", "id", "added_weight", "lon_wgs84", "lat_wgs84", `x_${crs?.code ?? ""}`, `y_${crs?.code ?? ""}`]];
  collection.features.forEach((feature, index) => {
    const [lon = 0, lat = 0] = feature.geometry.coordinates;
    const [x = 0, y = 0] = (projected.features[index]?.geometry as Point | undefined)?.coordinates ?? [];
    rows.push([feature.properties?.rank, feature.properties?.id, feature.properties?.added, lon, lat, Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
  });
  return new Blob([await writeCsvText(rows)], { type: "text/csv;charset=utf-8" });
}
