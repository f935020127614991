import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { createLocalProjection } from "../geometry/local-projection";
import { networkCoverage } from "./network-coverage";
import { radiusCoverage, type SitingPoint } from "./point-coverage";

const projection = createLocalProjection(120.4, 36.1);
const at = (id: string, x: number, y: number): SitingPoint => {
  const [lon, lat] = projection.inverse(x, y);
  return { id, lon, lat };
};
const line = (...points: [number, number][]) => ({
  type: "Feature" as const,
  properties: {},
  geometry: { type: "LineString" as const, coordinates: points.map(([x, y]) => projection.inverse(x, y)) },
});

describe("walking-network coverage", () => {
  // Two parallel streets 100 m apart, joined only at their east end (a river between them elsewhere).
  const network: FeatureCollection = { type: "FeatureCollection", features: [line([0, 0], [400, 0]), line([0, 100], [400, 100]), line([400, 0], [400, 100])] };
  const candidate = [at("c", 0, -10)];
  const demand = [at("same-street", 390, -5), at("across-the-river", 0, 110), at("off-network", 2000, 2000)];

  it("counts the walk along the network, not the straight line", () => {
    expect([...networkCoverage(network, 500)(demand, candidate)[0]!]).toEqual([0]);
    expect([...networkCoverage(network, 1000)(demand, candidate)[0]!]).toEqual([0, 1]);
    expect([...radiusCoverage(500)(demand, candidate)[0]!]).toEqual([0, 1]);
  });

  it("adds the steps on and off the network (10 + 400 + 100 + 400 + 10 = 920 m across the river)", () => {
    expect([...networkCoverage(network, 919)(demand, candidate)[0]!]).toEqual([0]);
    expect([...networkCoverage(network, 921)(demand, candidate)[0]!]).toEqual([0, 1]);
  });

  it("serves nothing from a candidate too far from the network", () => {
    expect([...networkCoverage(network, 5000, 100)(demand, [at("far", 3000, 3000)])[0]!]).toEqual([]);
  });
});
