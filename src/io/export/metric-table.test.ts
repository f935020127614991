import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../analysis/metrics-session";
import { generateSyntheticCity } from "../../analysis/synthetic/synthetic-city";
import type { MetricsReport } from "../../domain/metrics-report";
import { metricRows } from "./metric-rows";
import { type ExportLabelKey, metricTable, pairMetricRows } from "./metric-table";
import type { ReportForExport } from "./report-for-export";

const city = generateSyntheticCity("S", 3);
const input = { residential: city.residential, parks: city.parks, greenways: city.greenways, districts: city.districts };
const baseline: MetricsReport = computeMetrics(input, { ruleSetId: "qingdao-300-500", blindSpots: true });
const fewerParks = { ...city.parks, features: city.parks.features.slice(0, 40) };
const scenario: MetricsReport = computeMetrics({ ...input, parks: fewerParks }, { ruleSetId: "qingdao-300-500", blindSpots: true });
// The engine's report is assignable to the part of it the exports read.
const forExport: ReportForExport = baseline;
const label = (key: ExportLabelKey) => `<${key}>`;

describe("metric rows", () => {
  it("lists the rule set, the coverage ratio in percent and one row per district and class", () => {
    const rows = metricRows(forExport);
    const coverage = baseline.parkCoverage!;
    expect(rows[0]).toEqual({ section: "ruleSet", metric: "ruleSet", scope: "", value: "qingdao-300-500", unit: "text" });
    const ratioRow = rows.find((row) => row.metric === "coverageRatio");
    expect(ratioRow?.value).toBeCloseTo(coverage.ratio * 100, 2);
    expect(ratioRow?.unit).toBe("percent");
    expect(rows.filter((row) => row.metric === "districtCoverageRatio").map((row) => row.scope)).toEqual(coverage.byDistrict?.map((district) => district.name));
    expect(rows.filter((row) => row.metric === "classCoverageRatio")).toHaveLength(coverage.byClass.length);
    const residential = rows.find((row) => row.metric === "residentialArea");
    expect(residential?.value).toBeCloseTo(coverage.residentialAreaM2 / 10_000, 1);
    expect(rows.find((row) => row.metric === "blindSpotCount")?.value).toBe(baseline.blindSpots?.length);
    expect(rows.find((row) => row.metric === "greenwayLength")?.value).toBeCloseTo(baseline.greenways!.lengthKm, 2);
  });

  it("leaves out districts without residential land (outside the study area) in every block", () => {
    const coverage = baseline.parkCoverage!;
    const parks = baseline.parks!;
    const outside = { name: "芝罘区", ratio: 0, residentialAreaM2: 0, coveredAreaM2: 0 };
    const widened: ReportForExport = {
      ...baseline,
      parkCoverage: { ...coverage, byDistrict: [...(coverage.byDistrict ?? []), outside] },
      parks: { ...parks, byDistrict: [...(parks.byDistrict ?? []), { name: "芝罘区", count: 0, areaM2: 0 }] },
    };
    const rows = metricRows(widened);
    expect(rows.some((row) => row.scope === "芝罘区")).toBe(false);
    expect(rows.filter((row) => row.metric === "districtParkCount")).toHaveLength(parks.byDistrict?.length ?? 0);
  });

  it("takes the blind-spot count and area from a summary without polygons", () => {
    const rows = metricRows({ ruleSet: baseline.ruleSet, blindSpotCount: 7, blindSpotAreaM2: 25_000 });
    expect(rows.find((row) => row.metric === "blindSpotCount")?.value).toBe(7);
    expect(rows.find((row) => row.metric === "blindSpotArea")?.value).toBe(2.5);
  });

  it("leaves out blocks whose layer was not given", () => {
    const rows = metricRows(forExport);
    expect(rows.some((row) => row.section === "redLine" || row.section === "shoreline")).toBe(false);
  });
});

describe("metric table", () => {
  it("has one labelled header and one line per row without a scenario", () => {
    const pairs = pairMetricRows(baseline, null);
    const table = metricTable(pairs, false, label);
    expect(table[0]).toEqual(["<column.section>", "<column.metric>", "<column.scope>", "<column.value>", "<column.unit>"]);
    expect(table).toHaveLength(pairs.length + 1);
    const coverageLine = table.find((row) => row[1] === "<metric.coverageRatio>");
    expect(coverageLine?.[0]).toBe("<section.parkCoverage>");
    expect(coverageLine?.[4]).toBe("<unit.percent>");
  });

  it("adds the scenario value and the change (scenario − baseline) when a scenario is active", () => {
    const pairs = pairMetricRows(baseline, scenario);
    const table = metricTable(pairs, true, label);
    expect(table[0]).toContain("<column.change>");
    const coverageLine = table.find((row) => row[1] === "<metric.coverageRatio>")!;
    const [before, after, change] = coverageLine.slice(3, 6) as number[];
    expect(after).toBeLessThan(before!);
    expect(change).toBeCloseTo(after! - before!, 2);
    expect(table.find((row) => row[1] === "<metric.ruleSet>")?.[5]).toBeNull();
  });
});
