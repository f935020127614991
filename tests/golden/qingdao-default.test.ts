/**
 * Golden case `qingdao-default`: the shipped dataset (layers/residential-land, park, district, greenway,
 * ecological-red-line and shoreline, as `npm run build:layers -- --skip-extract` writes them) under the default rule
 * set and the default greenway radius, as the app and the CLI compute it. The report is rounded like the other
 * golden cases (ratios 4 decimals, m² whole, km 0.01) and compared with `out/qingdao-default.json`, so a change
 * to the shipped numbers is always deliberate: after rebuilding the layers (or changing the engine on purpose),
 * review the diff and run `REGEN=1 npx vitest run --project unit tests/golden/qingdao-default.test.ts`.
 * Independent checks: the totals the layers state themselves (feature counts, `areaM2` sums).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { describe, expect, test } from "vitest";
import { computeMetrics, type MetricsInput } from "../../src/analysis/index";
import { DEFAULT_RULE_SET_ID } from "../../src/domain/rule-sets";
import { rounded } from "./rounding";

const LAYERS = new URL("../../layers/", import.meta.url);
const OUT = new URL("./out/qingdao-default.json", import.meta.url);
const REGEN = process.env.REGEN === "1";

const INPUT_LAYERS: Record<Exclude<keyof MetricsInput, "bays" | "walkingNetwork">, string> = {
  residential: "residential-land",
  parks: "park",
  districts: "district",
  greenways: "greenway",
  redLine: "ecological-red-line",
  shoreline: "shoreline",
};

function read(id: string): FeatureCollection {
  return JSON.parse(readFileSync(new URL(`${id}/data.geojson`, LAYERS), "utf8")) as FeatureCollection;
}

const sumAreaM2 = (collection: FeatureCollection) => collection.features.reduce((sum, f) => sum + Number(f.properties?.areaM2), 0);

describe("golden metrics of the shipped dataset", () => {
  test("qingdao-default", () => {
    const input = Object.fromEntries(Object.entries(INPUT_LAYERS).map(([key, id]) => [key, read(id)])) as Record<
      Exclude<keyof MetricsInput, "bays">,
      FeatureCollection
    >;
    const report = computeMetrics(input, { ruleSetId: DEFAULT_RULE_SET_ID });
    const coverage = report.parkCoverage;
    // Independent of the engine: the generator writes ellipsoidal areaM2 (whole m²) on every parcel and park.
    expect(Math.abs((coverage?.residentialAreaM2 ?? 0) / sumAreaM2(input.residential) - 1)).toBeLessThan(1e-4);
    expect(report.parks?.count).toBe(input.parks.features.length);
    expect(Math.abs((report.parks?.areaM2 ?? 0) / sumAreaM2(input.parks) - 1)).toBeLessThan(1e-4);
    // Each class is part of the overall coverage (300 m: every park ≥ 400 m²; overall: each park at its class radius).
    for (const radiusClass of coverage?.byClass ?? []) expect(radiusClass.ratio).toBeLessThanOrEqual((coverage?.ratio ?? 0) + 1e-9);
    const outputs = { [DEFAULT_RULE_SET_ID]: rounded(report) };
    if (REGEN) writeFileSync(OUT, `${JSON.stringify(outputs, null, 2)}\n`);
    expect(existsSync(OUT), `${OUT.pathname} is missing: write it with REGEN=1 (see the file header)`).toBe(true);
    expect(outputs, "shipped numbers changed: review, then REGEN=1 (see the file header)").toEqual(JSON.parse(readFileSync(OUT, "utf8")));
  });
});
