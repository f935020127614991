import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { readLayerFile } from "../read-layer-file";
import { createFromWgs84 } from "./crs-registry";

/** A synthetic round bay (radius ≈ 2 km) off Qingdao, as reference shoreline in WGS84. */
function bayRing(count: number): [number, number][] {
  return Array.from({ length: count + 1 }, (_, index) => {
    const angle = (2 * Math.PI * (index % count)) / count;
    return [120.38 + 0.022 * Math.cos(angle), 36.06 + 0.018 * Math.sin(angle)];
  });
}

const SHORELINE: FeatureCollection = {
  type: "FeatureCollection",
  features: [{ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: bayRing(400) } }],
};

function coastLayer(crs: string): Uint8Array {
  const forward = createFromWgs84(crs)!;
  const coordinates = bayRing(60).map((position) => forward(position));
  const collection = {
    type: "FeatureCollection",
    features: [{ type: "Feature", properties: { name: "岸线" }, geometry: { type: "LineString", coordinates } }],
  };
  return new TextEncoder().encode(JSON.stringify(collection));
}

function csvLayer(crs: string): Uint8Array {
  const forward = createFromWgs84(crs)!;
  const rows = bayRing(60).map((position) => forward(position).join(","));
  return new TextEncoder().encode(["经度,纬度", ...rows].join("\n"));
}

describe("CRS resolution against a reference shoreline", () => {
  it("flags GeoJSON that claims WGS84 but fits the coast only as GCJ-02", async () => {
    const result = await readLayerFile(coastLayer("GCJ-02"), "coast.geojson", { referenceShoreline: SHORELINE });
    expect(result.issues.map((issue) => issue.code)).toContain("crs-doubtful");
    expect(result.detectedCrs?.candidates[0]?.crs).toBe("GCJ-02");
    expect(result.detectedCrs?.confidence).toBeLessThan(0.5);
  });

  it("raises no doubt for a true WGS84 coast", async () => {
    const result = await readLayerFile(coastLayer("EPSG:4326"), "coast.geojson", { referenceShoreline: SHORELINE });
    expect(result.issues.map((issue) => issue.code)).not.toContain("crs-doubtful");
    expect(result.detectedCrs?.candidates[0]?.crs).toBe("EPSG:4326");
  });

  it("chooses GCJ-02 (and says so) for an undeclared CSV whose points fit the coast only as GCJ-02", async () => {
    const result = await readLayerFile(csvLayer("GCJ-02"), "coast.csv", { referenceShoreline: SHORELINE });
    expect(result.detectedCrs?.crs).toBe("GCJ-02");
    expect(result.issues.find((issue) => issue.code === "crs-assumed")?.message).toMatch(/GCJ-02/);
    const first = result.featureCollection.features[0]!.geometry;
    expect(first.type).toBe("Point");
  });

  it("chooses BD-09 for an undeclared CSV in Baidu coordinates", async () => {
    const result = await readLayerFile(csvLayer("BD-09"), "coast.csv", { referenceShoreline: SHORELINE });
    expect(result.detectedCrs?.crs).toBe("BD-09");
  });

  it("uses the user's CRS when given and reports no assumption", async () => {
    const result = await readLayerFile(csvLayer("GCJ-02"), "coast.csv", { sourceCrs: "GCJ-02" });
    expect(result.detectedCrs).toMatchObject({ crs: "GCJ-02", source: "option", confidence: 1 });
    expect(result.detectedCrs?.fit).toMatchObject({ featureCount: 61, insideCount: 61 });
    expect(result.issues.map((issue) => issue.code)).not.toContain("crs-assumed");
  });

  it("checks the user's CRS against the data: outside the regions is a warning naming the detected CRS", async () => {
    const result = await readLayerFile(csvLayer("EPSG:4549"), "coast.csv", { sourceCrs: "EPSG:3857" });
    const outside = result.issues.find((issue) => issue.code === "crs-outside-region");
    expect(outside).toMatchObject({ severity: "warning", count: 61, details: { crs: "EPSG:3857", inside: 0, total: 61, bestCrs: "EPSG:4549" } });
    expect(Number(outside?.details?.distanceKm)).toBeGreaterThan(5000);
    expect(result.detectedCrs).toMatchObject({ crs: "EPSG:3857", source: "option", confidence: 0 });
    // The detected candidates stay offered.
    expect(result.detectedCrs?.candidates.map((candidate) => candidate.crs)).toContain("EPSG:4549");
  });

  it("checks the user's CRS against the data: metres read as degrees are fatal, with the reason", async () => {
    const result = await readLayerFile(csvLayer("EPSG:4549"), "coast.csv", { sourceCrs: "EPSG:4326" });
    expect(result.issues.find((issue) => issue.severity === "fatal")).toMatchObject({
      code: "crs-implausible",
      details: { crs: "EPSG:4326", bestCrs: "EPSG:4549" },
    });
    expect(result.detectedCrs?.crs).toBe("EPSG:4326");
  });

  it("reads undeclared degrees in the regions as WGS84 with an explanation, not a doubt", async () => {
    const result = await readLayerFile(csvLayer("EPSG:4326"), "inland.csv");
    expect(result.detectedCrs).toMatchObject({ crs: "EPSG:4326", confidence: 0.9 });
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([["crs-assumed", "info"]]);
  });

  it("raises no doubt for outlines that meet the coast under no CRS (hand-drawn)", async () => {
    // The bay drawn ≈ 2 km off its coast: BD-09 brings it closer, but nowhere near the shoreline.
    const collection = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: bayRing(60).map(([lon, lat]) => [lon! + 0.016, lat! + 0.012]) } },
      ],
    };
    const result = await readLayerFile(new TextEncoder().encode(JSON.stringify(collection)), "sketch.geojson", { referenceShoreline: SHORELINE });
    expect(result.issues.map((issue) => issue.code)).not.toContain("crs-doubtful");
    expect(result.detectedCrs?.candidates[0]?.crs).toBe("EPSG:4326");
  });

  it("replaces a declared CRS that puts the data far away, and says so", async () => {
    const forward = createFromWgs84("EPSG:4528")!;
    const collection = {
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "EPSG:4549" } },
      features: [{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: forward([120.38, 36.06]) } }],
    };
    const result = await readLayerFile(new TextEncoder().encode(JSON.stringify(collection)), "wrong.geojson");
    expect(result.detectedCrs?.crs).toBe("EPSG:4528");
    expect(result.issues.map((issue) => issue.code)).toContain("crs-doubtful");
  });

  it("refuses (fatal crs-missing, no features) when no CRS places the data in the regions", async () => {
    const csv = new TextEncoder().encode("x,y\n3500000,5800000\n3500100,5800100\n");
    const result = await readLayerFile(csv, "far.csv");
    expect(result.issues.map((issue) => issue.code)).toContain("crs-missing");
    expect(result.featureCollection.features).toEqual([]);
  });
});
