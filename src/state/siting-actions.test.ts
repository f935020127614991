import { describe, expect, it } from "vitest";
import { polygonsAreaM2 } from "../analysis/geometry/ellipsoidal";
import { readLayerFile } from "../io/read-layer-file";
import type { SitingReport } from "../worker/siting-client";
import { scenarioStore, sitingStore } from "./app-stores";
import { acceptSites, exportSites } from "./siting-actions";
import { selectActiveScenario } from "./scenario-store";

const report: SitingReport = {
  method: "greedy",
  goal: "coverage",
  boundKind: "greedy",
  lpBoundStatus: "settled",
  sites: [
    { id: "g1_2", rank: 1, addedWeight: 900, lon: 120.38, lat: 36.07 },
    { id: "g5_9", rank: 2, addedWeight: 400, lon: 120.39, lat: 36.08 },
    { id: "g7_1", rank: 3, addedWeight: 100, lon: 120.4, lat: 36.09 },
  ],
  coveredWeight: 9400,
  totalWeight: 10_000,
  coveredRatio: 0.94,
  uncoveredCount: 12,
  bound: 9500,
  gapRatio: 100 / 9500,
  curve: [0.8, 0.89, 0.93, 0.94],
  byGroup: [{ group: "市南区", addedWeight: 1400 }],
};

describe("siting actions", () => {
  it("accepts the selected sites as candidate parks of a new scenario, squares big enough for their class", () => {
    sitingStore.getState().finished(report);
    expect(sitingStore.getState().selectedRanks).toEqual([1, 2, 3]);
    sitingStore.getState().toggleSite(2);
    expect(acceptSites("建议新增公园")).toBe(2);
    const scenario = selectActiveScenario(scenarioStore.getState());
    expect(scenario?.name).toBe("建议新增公园");
    expect(scenario?.parks.map((park) => park.properties?.siteId)).toEqual(["g1_2", "g7_1"]);
    for (const park of scenario?.parks ?? []) {
      expect(String(park.id)).toMatch(/^[0-9a-f-]{36}$/);
      // qingdao-300-500's 300 m class starts at 400 m²: the square is twice that.
      expect(polygonsAreaM2([park.geometry.coordinates])).toBeGreaterThan(800);
      expect(polygonsAreaM2([park.geometry.coordinates])).toBeLessThan(900);
    }
    expect(sitingStore.getState().report).toBeNull();
  });

  it("exports the sites as GeoJSON, a Shapefile that reads back, and CSV with WGS84 and CGCS2000 Gauss–Krüger", async () => {
    sitingStore.getState().finished(report);
    const geojson = JSON.parse(await (await exportSites("geojson"))!.text());
    expect(geojson.features.map((feature: { properties: { rank: number } }) => feature.properties.rank)).toEqual([1, 2, 3]);
    const zip = new Uint8Array(await (await exportSites("shapefile"))!.arrayBuffer());
    const read = await readLayerFile(zip, "suggested-sites.zip");
    expect(read.featureCollection.features).toHaveLength(3);
    const [lon, lat] = (read.featureCollection.features[0]?.geometry as { coordinates: number[] } | undefined)?.coordinates ?? [];
    expect(lon).toBeCloseTo(120.38, 6);
    expect(lat).toBeCloseTo(36.07, 6);
    const csv = (await (await exportSites("csv"))!.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toBe("rank,id,added_weight,lon_wgs84,lat_wgs84,x_EPSG:4549,y_EPSG:4549");
    const [, , , , , x, y] = (csv[1] ?? "").split(",").map(Number);
    // 120.38°E lies 0.38° east of the 120°E central meridian of CGCS2000 3° zone 40 (EPSG:4549, false easting 500 km).
    expect(x).toBeGreaterThan(534_000);
    expect(x).toBeLessThan(535_000);
    expect(y).toBeGreaterThan(3_992_000);
    expect(y).toBeLessThan(3_994_000);
  });
});
