/**
 * Golden metrics (Turf fixture pattern): each `in/<case>.geojson` holds features tagged with `properties.layer`
 * and a top-level `analysis` member (rule sets, greenway radius, hand-computed `expected` values). The test runs
 * `computeMetrics` per rule set, checks the hand-computed values, and compares the rounded report with
 * `out/<case>.json`. `REGEN=1` rewrites `out/<case>.json` and `out/<case>.geojson` (blind spots red, inputs blue).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, test } from "vitest";
import { computeMetrics, type MetricsInput } from "../../src/analysis/index";
import type { MetricsReport } from "../../src/domain/metrics-report";
import { rounded } from "./rounding";

const IN = new URL("./in/", import.meta.url);
const OUT = new URL("./out/", import.meta.url);
const REGEN = process.env.REGEN === "1";

const LAYER_KEYS: Record<string, keyof MetricsInput> = {
  "residential-land": "residential",
  park: "parks",
  greenway: "greenways",
  "ecological-red-line": "redLine",
  district: "districts",
  shoreline: "shoreline",
};

interface Fixture extends FeatureCollection {
  analysis: { ruleSetIds: string[]; greenwayRadiusM?: number; expected: Record<string, Record<string, unknown>> };
}

function inputOf(fixture: Fixture): MetricsInput {
  const input: Partial<Record<keyof MetricsInput, FeatureCollection>> = {};
  for (const feature of fixture.features) {
    const key = LAYER_KEYS[String(feature.properties?.layer)];
    if (!key) throw new Error(`unknown layer ${String(feature.properties?.layer)}`);
    (input[key] ??= { type: "FeatureCollection", features: [] }).features.push(feature);
  }
  return input as MetricsInput;
}

function checkExpected(report: MetricsReport, expected: Record<string, unknown>): void {
  const close = (actual: number | undefined, wanted: unknown, tolerance: number) =>
    expect(actual, JSON.stringify(wanted)).toBeCloseTo(wanted as number, tolerance);
  const coverage = report.parkCoverage;
  // 256-segment arcs are inscribed: circle areas are 0.01 % low, so ratios are checked to 2e-4 relative.
  if ("ratio" in expected) expect(Math.abs((coverage?.ratio ?? 0) / (expected.ratio as number) - 1)).toBeLessThan(2e-4);
  if ("residentialAreaM2" in expected) expect(Math.abs((coverage?.residentialAreaM2 ?? 0) / (expected.residentialAreaM2 as number) - 1)).toBeLessThan(2e-4);
  if ("byClass" in expected) (expected.byClass as number[]).forEach((ratio, c) => close(coverage?.byClass[c]?.ratio, ratio, 4));
  if ("byDistrict" in expected) {
    for (const wanted of expected.byDistrict as { name: string; ratio: number }[]) {
      close(coverage?.byDistrict?.find((d) => d.name === wanted.name)?.ratio, wanted.ratio, 3);
    }
  }
  if ("parksAreaM2" in expected) expect(Math.abs((report.parks?.areaM2 ?? 0) / (expected.parksAreaM2 as number) - 1)).toBeLessThan(2e-4);
  if ("parksCount" in expected) expect(report.parks?.count).toBe(expected.parksCount);
  if ("parksCountedCount" in expected) expect(report.parks?.countedCount).toBe(expected.parksCountedCount);
  if ("greenwayLengthKm" in expected) close(report.greenways?.lengthKm, expected.greenwayLengthKm, 3);
  if ("redLineAreaKm2" in expected) close(report.redLine?.areaKm2, expected.redLineAreaKm2, 3);
  if ("redLineLandAreaKm2" in expected) close(report.redLine?.landAreaKm2, expected.redLineLandAreaKm2, 3);
  if ("redLineSeaAreaKm2" in expected) close(report.redLine?.seaAreaKm2, expected.redLineSeaAreaKm2, 3);
  if ("shorelineNaturalRatio" in expected) close(report.shoreline?.naturalRatio, expected.shorelineNaturalRatio, 4);
}

const cases = readdirSync(IN)
  .filter((name) => name.endsWith(".geojson"))
  .map((name) => name.replace(/\.geojson$/, ""));

describe("golden metrics", () => {
  test.each(cases)("%s", (name) => {
    const fixture = JSON.parse(readFileSync(new URL(`${name}.geojson`, IN), "utf8")) as Fixture;
    const input = inputOf(fixture);
    const outputs: Record<string, unknown> = {};
    const debugFeatures: Feature[] = fixture.features.map((f) => ({ ...f, properties: { ...f.properties, stroke: "#1f6feb", fill: "#1f6feb" } }));
    for (const ruleSetId of fixture.analysis.ruleSetIds) {
      const report = computeMetrics(input, { ruleSetId, greenwayRadiusM: fixture.analysis.greenwayRadiusM, blindSpots: true });
      checkExpected(report, fixture.analysis.expected[ruleSetId] ?? {});
      const { blindSpots, ...numbers } = report;
      outputs[ruleSetId] = rounded(numbers);
      for (const spot of blindSpots ?? []) debugFeatures.push({ ...spot, properties: { ...spot.properties, ruleSetId, stroke: "#d1242f", fill: "#d1242f" } });
    }
    const outJson = new URL(`${name}.json`, OUT);
    if (REGEN) {
      writeFileSync(outJson, `${JSON.stringify(outputs, null, 2)}\n`);
      writeFileSync(new URL(`${name}.geojson`, OUT), `${JSON.stringify({ type: "FeatureCollection", features: debugFeatures })}\n`);
    }
    expect(existsSync(outJson), `${outJson.pathname} is missing: write it with REGEN=1`).toBe(true);
    expect(outputs).toEqual(JSON.parse(readFileSync(outJson, "utf8")));
  });
});
