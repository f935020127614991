import type { Feature, Polygon } from "geojson";
import { describe, expect, test } from "vitest";
import { computeMetrics, MetricsSession } from "./metrics-session";
import { generateSyntheticCity } from "./synthetic/synthetic-city";

function parkAt(city: ReturnType<typeof generateSyntheticCity>, index: number): Feature<Polygon> {
  const park = city.parks.features[index];
  if (!park) throw new Error(`the synthetic city has no park ${index}`);
  return park;
}

function shifted(feature: Feature, dLon: number): Feature<Polygon> {
  const polygon = feature.geometry as Polygon;
  return {
    ...feature,
    geometry: {
      type: "Polygon",
      coordinates: polygon.coordinates.map((ring) => ring.map((position) => position.map((value, axis) => (axis === 0 ? value + dLon : value)))),
    },
  };
}

describe("metrics session", () => {
  test("moving, adding and removing a park incrementally equals a full recomputation", () => {
    const city = generateSyntheticCity("S", 7);
    const input = { residential: city.residential, parks: city.parks };
    const session = new MetricsSession(input, { ruleSetId: "qingdao-300-500" });
    const moved = shifted(parkAt(city, 3), 0.003);
    const added = shifted(parkAt(city, 5), -0.004);
    session.setPark(3, moved);
    session.setPark(city.parks.features.length, added);
    session.setPark(10, null);
    const incremental = session.setPark(11, parkAt(city, 11)).parkCoverage;
    if (!incremental) throw new Error("no park coverage with residential land");
    const features = [...city.parks.features];
    features[3] = moved;
    features.push(added);
    features.splice(10, 1);
    const full = computeMetrics({ ...input, parks: { type: "FeatureCollection", features } }, { ruleSetId: "qingdao-300-500" });
    expect(incremental.ratio).toBeCloseTo(full.parkCoverage?.ratio ?? NaN, 9);
    incremental.byClass.forEach((c, i) => expect(c.ratio).toBeCloseTo(full.parkCoverage?.byClass[i]?.ratio ?? NaN, 9));
  });

  test("the radius preview is monotone and close to the exact single-radius result", () => {
    const city = generateSyntheticCity("S", 3);
    const input = { residential: city.residential, parks: city.parks };
    const session = new MetricsSession(input, { ruleSetId: "custom:400=300" });
    const exact = computeMetrics(input, { ruleSetId: "custom:400=300" }).parkCoverage?.ratio ?? NaN;
    expect(Math.abs(session.previewRatio(300) - exact)).toBeLessThan(0.02);
    expect(session.previewRatio(200)).toBeLessThanOrEqual(session.previewRatio(300));
    expect(session.previewRatio(0)).toBeLessThan(0.05);
  });

  test("population-weighted and district ratios are reported when the input carries them", () => {
    const city = generateSyntheticCity("S", 2);
    const report = computeMetrics({ residential: city.residential, parks: city.parks, districts: city.districts }, { ruleSetId: "who-2016" });
    expect(report.parkCoverage?.populationRatio).toBeGreaterThan(0);
    const districts = report.parkCoverage?.byDistrict ?? [];
    expect(districts.map((d) => d.name)).toEqual(["甲区", "乙区", "丙区", "丁区"]);
    const summed = districts.reduce((sum, d) => sum + d.residentialAreaM2, 0);
    expect(summed / (report.parkCoverage?.residentialAreaM2 ?? NaN)).toBeCloseTo(1, 6);
  });
  test("without residential land, reports what the other layers allow and no coverage", () => {
    const city = generateSyntheticCity("S", 7);
    const report = computeMetrics({ parks: city.parks, greenways: city.greenways }, { ruleSetId: "qingdao-300-500", blindSpots: true });
    expect(report.parkCoverage).toBeUndefined();
    expect(report.blindSpots).toBeUndefined();
    expect(report.parks?.count).toBe(city.parks.features.length);
    expect(report.greenways?.lengthKm).toBeGreaterThan(0);
    expect(report.greenways?.coverageRatio).toBeUndefined();
    const session = new MetricsSession({ parks: city.parks }, { ruleSetId: "qingdao-300-500" });
    expect(session.setPark(0, null)).toEqual({ parks: expect.objectContaining({ count: city.parks.features.length - 1 }) });
    expect(computeMetrics({}, { ruleSetId: "qingdao-300-500" })).toEqual({ ruleSet: expect.objectContaining({ id: "qingdao-300-500" }) });
  });
});
