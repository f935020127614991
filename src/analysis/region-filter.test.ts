import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { REGIONS } from "../domain/regions";
import { createRegionLocator, featuresInRegion } from "./region-filter";

const layer = (id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection;
const districts = layer("district");
const locate = createRegionLocator(districts.features, REGIONS);
const point = (lon: number, lat: number, properties: Record<string, unknown> = {}): Feature => ({
  type: "Feature",
  properties,
  geometry: { type: "Point", coordinates: [lon, lat] },
});

describe("createRegionLocator", () => {
  it("takes a feature's region attribute, with null meaning no region", () => {
    expect(locate(point(120.38, 36.07, { region: "yantai" }))).toBe("yantai");
    expect(locate(point(120.38, 36.07, { region: null }))).toBeNull();
  });

  it("locates an untagged feature in the district that contains it", () => {
    expect(locate(point(120.38, 36.07))).toBe("qingdao"); // 市南区
    expect(locate(point(121.4, 37.5))).toBe("yantai"); // 芝罘区
    expect(locate(point(120.0, 36.9))).toBe("qingdao"); // 平度市, inside both regions' extents
    expect(locate(point(120.9, 36.95))).toBe("yantai"); // 莱阳市, inside both regions' extents
  });

  it("places sea features by region extent, and those outside every extent nowhere", () => {
    expect(locate(point(120.2, 35.7))).toBe("qingdao"); // Yellow Sea south of Huangdao
    expect(locate(point(121.0, 38.2))).toBe("yantai"); // Bohai strait
    expect(locate(point(122.5, 37.0))).toBeNull(); // Weihai
  });
});

describe("featuresInRegion", () => {
  it("splits the shipped two-region layers by their region attribute", () => {
    for (const id of ["district", "bay", "shoreline"]) {
      const collection = layer(id);
      for (const region of ["qingdao", "yantai"] as const) {
        const kept = featuresInRegion(collection, region, locate).features;
        expect(kept.length, `${id} ${region}`).toBe(collection.features.filter((feature) => feature.properties?.region === region).length);
        expect(kept.length).toBeGreaterThan(0);
      }
    }
  });

  it("returns the collection itself when every feature is in the region", () => {
    const parks = layer("park");
    expect(featuresInRegion(parks, "qingdao", locate)).toBe(parks);
    expect(featuresInRegion(parks, "yantai", locate).features).toHaveLength(0);
  });
});
