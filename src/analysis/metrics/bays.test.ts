import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { bayMetrics } from "./bays";

const shipped = JSON.parse(readFileSync("layers/bay/data.geojson", "utf8")) as FeatureCollection;
const ofRegion = (region: string): FeatureCollection => ({
  type: "FeatureCollection",
  features: shipped.features.filter((feature) => feature.properties?.region === region),
});

describe("bayMetrics", () => {
  it("counts Qingdao's bays by status: 灵山湾 is the one built", () => {
    const result = bayMetrics(ofRegion("qingdao"));
    expect(result.count).toBe(10);
    expect(result.beautifulBayNames).toEqual(["灵山湾"]);
    expect(result.withoutStatusCount).toBe(0);
    const byStatus = Object.fromEntries(result.byStatus.map((entry) => [entry.status, entry]));
    expect(byStatus.built).toEqual({ status: "built", count: 1, share: 0.1 });
    expect(result.byStatus.reduce((sum, entry) => sum + entry.count, 0)).toBe(10);
    expect(result.byStatus.reduce((sum, entry) => sum + entry.share, 0)).toBeCloseTo(1, 12);
  });

  it("counts Yantai's four phased bays, none built", () => {
    const result = bayMetrics(ofRegion("yantai"));
    expect(result).toEqual({ count: 4, byStatus: [{ status: "phased", count: 4, share: 1 }], beautifulBayNames: [], withoutStatusCount: 0 });
  });

  it("counts bays without a status apart", () => {
    const layer = ofRegion("yantai");
    const result = bayMetrics({ ...layer, features: layer.features.map((feature) => ({ ...feature, properties: { name: feature.properties?.name } })) });
    expect(result.withoutStatusCount).toBe(4);
    expect(result.byStatus).toEqual([]);
  });
});
