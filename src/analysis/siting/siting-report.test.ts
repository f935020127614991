import type { Feature, FeatureCollection, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { resolveRuleSet } from "../../domain/rule-sets";
import { createLocalProjection } from "../geometry/local-projection";
import { citySitingInstance } from "./city-instance";
import { sitingReport } from "./siting-report";
import { suggestSites } from "./suggest-sites";

const projection = createLocalProjection(120.4, 36.1);
function square(cx: number, cy: number, halfM: number, properties: Record<string, unknown>): Feature<Polygon> {
  const ring = [
    [cx - halfM, cy - halfM],
    [cx + halfM, cy - halfM],
    [cx + halfM, cy + halfM],
    [cx - halfM, cy + halfM],
    [cx - halfM, cy - halfM],
  ].map(([x = 0, y = 0]) => projection.inverse(x, y));
  return { type: "Feature", properties, geometry: { type: "Polygon", coordinates: [ring] } };
}
const collection = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });

describe("city siting report", () => {
  // Two districts side by side; parcels in both; one existing 1 ha park serving the west district's first parcel.
  const districts = collection([square(-1500, 0, 1500, { name: "西区" }), square(1500, 0, 1500, { name: "东区" })]);
  const residential = collection([
    square(-2000, 0, 40, { district: "西区", population: 500 }),
    square(-600, 0, 40, { district: "西区", population: 300 }),
    square(800, 800, 40, { district: "东区", population: 700 }),
    square(1900, -900, 40, { district: "东区", population: 200 }),
  ]);
  const parks = collection([square(-2000, 200, 50, { areaM2: 10_000 })]);
  const siting = citySitingInstance({ residential, parks, districts, excluded: [], ruleSet: resolveRuleSet("qingdao-300-500"), radiusM: 300 });

  it("counts demand an existing park serves as covered and generates candidates only near the rest", () => {
    expect([...siting.instance.alreadyCovered]).toEqual([1, 0, 0, 0]);
    expect(siting.candidates.length).toBeGreaterThan(0);
    expect(siting.instance.coverage.every((units) => !units.includes(0))).toBe(true);
  });

  it("measures coverage along a walking network when one is given (none here: nothing can be reached on foot)", () => {
    const walking = citySitingInstance({
      residential,
      parks,
      districts,
      excluded: [],
      ruleSet: resolveRuleSet("qingdao-300-500"),
      radiusM: 300,
      network: collection([]),
    });
    expect(walking.candidates.length).toBe(siting.candidates.length);
    expect(walking.instance.coverage.every((units) => units.length === 0)).toBe(true);
  });

  it("gives a rising coverage curve ending at the covered ratio, and the gain per district", () => {
    const report = sitingReport(siting, suggestSites(siting.instance, { count: 3, method: "greedy" }), "settled");
    expect(report.curve[0]).toBeCloseTo(500 / 1700, 12);
    expect(report.curve.at(-1)).toBeCloseTo(1, 12);
    expect(report.curve).toEqual([...report.curve].sort((a, b) => a - b));
    expect(report.byGroup).toEqual([
      { group: "东区", addedWeight: 900 },
      { group: "西区", addedWeight: 300 },
    ]);
    expect(report.sites.map((site) => site.addedWeight)).toEqual([700, 300, 200]);
    for (const site of report.sites) expect(Math.abs(site.lon - 120.4)).toBeLessThan(0.05);
  });
});
