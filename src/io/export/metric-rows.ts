/**
 * Flattens a metrics report into rows (section, metric, scope, value, unit) that the CSV, XLSX and the
 * printed report share, so every export shows the same figures. Values are converted to the units planners
 * report in (GB/T 51346-2019 公园绿地服务半径覆盖率 as %, areas in ha, lengths in km).
 */
import type { ReportForExport } from "./report-for-export";

export const METRIC_SECTIONS = ["ruleSet", "parkCoverage", "blindSpots", "parks", "greenways", "redLine", "shoreline"] as const;
export type MetricSection = (typeof METRIC_SECTIONS)[number];

const METRIC_KEYS = [
  "ruleSet",
  "coverageRatio",
  "coveragePopulationRatio",
  "residentialArea",
  "coveredArea",
  "classCoverageRatio",
  "districtCoverageRatio",
  "districtPopulationRatio",
  "districtResidentialArea",
  "districtCoveredArea",
  "blindSpotCount",
  "blindSpotArea",
  "parkCount",
  "parkCountedCount",
  "parkArea",
  "parkAreaPerCapita",
  "parkTypeCount",
  "parkTypeArea",
  "districtParkCount",
  "districtParkArea",
  "districtParkAreaPerCapita",
  "greenwayLength",
  "greenwayRadius",
  "greenwayCoverageRatio",
  "greenwayLevelLength",
  "districtGreenwayLength",
  "redLineArea",
  "redLineAreaHa",
  "redLineAreaMu",
  "redLineLandArea",
  "redLineSeaArea",
  "redLineLandShare",
  "districtRedLineLandArea",
  "districtRedLineLandShare",
  "shorelineLength",
  "naturalShorelineLength",
  "naturalShorelineRatio",
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

const METRIC_UNITS = ["text", "percent", "hectare", "squareKilometre", "mu", "kilometre", "metre", "count", "squareMetrePerPerson"] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

/** One figure: `scope` is empty for the whole area, else a district, park class, park type or greenway level. */
export interface MetricRow {
  section: MetricSection;
  metric: MetricKey;
  scope: string;
  value: number | string;
  unit: MetricUnit;
}

const percent = (ratio: number) => Math.round(ratio * 10_000) / 100;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const hectares = (areaM2: number) => round(areaM2 / 10_000, 2);

/** Minimum park area of a class as text: m² below 1 ha, else ha. */
function classScope(item: { radiusM: number; minAreaM2: number; label?: string }): string {
  const area = item.minAreaM2 >= 10_000 ? `${round(item.minAreaM2 / 10_000, 2)} ha` : `${item.minAreaM2} m²`;
  return `${item.label ? `${item.label} · ` : ""}≥ ${area} · ${item.radiusM} m`;
}

/** The rows of one report, in a fixed order (whole-area figures first within each section). */
export function metricRows(report: ReportForExport): MetricRow[] {
  const rows: MetricRow[] = [];
  const add = (section: MetricSection, metric: MetricKey, value: number | string | undefined, unit: MetricUnit, scope = "") => {
    if (value === undefined || (typeof value === "number" && !Number.isFinite(value))) return;
    rows.push({ section, metric, scope, value, unit });
  };
  add("ruleSet", "ruleSet", report.ruleSet.id, "text");
  const coverage = report.parkCoverage;
  // Districts without residential land lie outside the study area (e.g. Yantai's in a Qingdao run): their
  // coverage ratio is undefined, and their zero rows would only bury the districts that matter.
  const outside = new Set((coverage?.byDistrict ?? []).filter((district) => district.residentialAreaM2 === 0).map((district) => district.name));
  const inside = <T extends { name: string }>(districts: T[] | undefined): T[] => (districts ?? []).filter((district) => !outside.has(district.name));
  if (coverage) {
    add("parkCoverage", "coverageRatio", percent(coverage.ratio), "percent");
    add("parkCoverage", "coveragePopulationRatio", coverage.populationRatio === undefined ? undefined : percent(coverage.populationRatio), "percent");
    add("parkCoverage", "residentialArea", hectares(coverage.residentialAreaM2), "hectare");
    add("parkCoverage", "coveredArea", hectares(coverage.coveredAreaM2), "hectare");
    for (const item of coverage.byClass) add("parkCoverage", "classCoverageRatio", percent(item.ratio), "percent", classScope(item));
    for (const district of inside(coverage.byDistrict)) {
      add("parkCoverage", "districtCoverageRatio", percent(district.ratio), "percent", district.name);
      add(
        "parkCoverage",
        "districtPopulationRatio",
        district.populationRatio === undefined ? undefined : percent(district.populationRatio),
        "percent",
        district.name,
      );
      add("parkCoverage", "districtResidentialArea", hectares(district.residentialAreaM2), "hectare", district.name);
      add("parkCoverage", "districtCoveredArea", hectares(district.coveredAreaM2), "hectare", district.name);
    }
  }
  const blindSpotCount = report.blindSpotCount ?? report.blindSpots?.length;
  const blindSpotAreaM2 = report.blindSpotAreaM2 ?? report.blindSpots?.reduce((sum, feature) => sum + (feature.properties?.areaM2 ?? 0), 0);
  if (blindSpotCount !== undefined && blindSpotAreaM2 !== undefined) {
    add("blindSpots", "blindSpotCount", blindSpotCount, "count");
    add("blindSpots", "blindSpotArea", hectares(blindSpotAreaM2), "hectare");
  }
  const parks = report.parks;
  if (parks) {
    add("parks", "parkCount", parks.count, "count");
    add("parks", "parkCountedCount", parks.countedCount, "count");
    add("parks", "parkArea", hectares(parks.areaM2), "hectare");
    add("parks", "parkAreaPerCapita", parks.areaPerCapitaM2 === undefined ? undefined : round(parks.areaPerCapitaM2, 2), "squareMetrePerPerson");
    for (const type of parks.byType) {
      add("parks", "parkTypeCount", type.count, "count", type.type);
      add("parks", "parkTypeArea", hectares(type.areaM2), "hectare", type.type);
    }
    for (const district of inside(parks.byDistrict)) {
      add("parks", "districtParkCount", district.count, "count", district.name);
      add("parks", "districtParkArea", hectares(district.areaM2), "hectare", district.name);
      add(
        "parks",
        "districtParkAreaPerCapita",
        district.areaPerCapitaM2 === undefined ? undefined : round(district.areaPerCapitaM2, 2),
        "squareMetrePerPerson",
        district.name,
      );
    }
  }
  const greenways = report.greenways;
  if (greenways) {
    add("greenways", "greenwayLength", round(greenways.lengthKm, 3), "kilometre");
    add("greenways", "greenwayRadius", greenways.radiusM, "metre");
    add("greenways", "greenwayCoverageRatio", greenways.coverageRatio === undefined ? undefined : percent(greenways.coverageRatio), "percent");
    for (const level of greenways.byLevel) add("greenways", "greenwayLevelLength", round(level.lengthKm, 3), "kilometre", level.level);
    for (const district of inside(greenways.byDistrict)) add("greenways", "districtGreenwayLength", round(district.lengthKm, 3), "kilometre", district.name);
  }
  const redLine = report.redLine;
  if (redLine) {
    add("redLine", "redLineArea", round(redLine.areaKm2, 3), "squareKilometre");
    add("redLine", "redLineAreaHa", round(redLine.areaHa, 1), "hectare");
    add("redLine", "redLineAreaMu", Math.round(redLine.areaMu), "mu");
    add("redLine", "redLineLandArea", round(redLine.landAreaKm2, 3), "squareKilometre");
    add("redLine", "redLineSeaArea", round(redLine.seaAreaKm2, 3), "squareKilometre");
    add("redLine", "redLineLandShare", redLine.landShare === undefined ? undefined : percent(redLine.landShare), "percent");
    for (const district of inside(redLine.byDistrict)) {
      add("redLine", "districtRedLineLandArea", round(district.landAreaKm2, 3), "squareKilometre", district.name);
      add("redLine", "districtRedLineLandShare", percent(district.landShare), "percent", district.name);
    }
  }
  const shoreline = report.shoreline;
  if (shoreline) {
    add("shoreline", "shorelineLength", round(shoreline.lengthKm, 3), "kilometre");
    add("shoreline", "naturalShorelineLength", round(shoreline.naturalLengthKm, 3), "kilometre");
    add("shoreline", "naturalShorelineRatio", percent(shoreline.naturalRatio), "percent");
  }
  return rows;
}
