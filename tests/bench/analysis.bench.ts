/**
 * `npx vitest bench --project unit tests/bench` — engine micro-benchmarks on the golden fixtures and the seeded
 * synthetic S city. The full S/M/L comparison with PostGIS is `npm run bench:coverage` (figures in docs/benchmarks.md).
 */
import { readdirSync, readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { bench, describe } from "vitest";
import { computeMetrics, MetricsSession } from "../../src/analysis/index";
import { generateSyntheticCity } from "../../src/analysis/synthetic/synthetic-city";

const city = generateSyntheticCity("S", 1);
const session = new MetricsSession({ residential: city.residential, parks: city.parks }, { ruleSetId: "qingdao-300-500" });
session.previewRatio(300);
const firstPark = city.parks.features[0];
if (!firstPark) throw new Error("the synthetic S city has no park");

describe("coverage engine", () => {
  bench("synthetic S city, qingdao-300-500", () => {
    computeMetrics({ residential: city.residential, parks: city.parks }, { ruleSetId: "qingdao-300-500" });
  });
  bench("move one park (incremental)", () => {
    session.setPark(0, firstPark);
  });
  bench("radius slider step (preview)", () => {
    session.previewRatio(250 + Math.random() * 500);
  });
  const goldenDir = new URL("../golden/in/", import.meta.url);
  for (const name of readdirSync(goldenDir)) {
    const fixture = JSON.parse(readFileSync(new URL(name, goldenDir), "utf8")) as FeatureCollection;
    const pick = (layer: string): FeatureCollection => ({ type: "FeatureCollection", features: fixture.features.filter((f) => f.properties?.layer === layer) });
    bench(`golden ${name}`, () => {
      computeMetrics({ residential: pick("residential-land"), parks: pick("park") }, { ruleSetId: "qingdao-300-500" });
    });
  }
});
