import { describe, expect, it } from "vitest";
import { allProj4Definitions } from "./crs-definitions";
import { createFromWgs84, createToWgs84, describeCrs } from "./crs-registry";

/** Reference definitions printed by GDAL 3.6.2 `gdalsrsinfo -o proj4 EPSG:n` (projection part). */
const GDAL_REFERENCE: Record<string, string> = {
  "EPSG:4549": "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80",
  "EPSG:4528": "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=40500000 +y_0=0 +ellps=GRS80",
  "EPSG:4510": "+proj=tmerc +lat_0=0 +lon_0=123 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80",
  "EPSG:4491": "+proj=tmerc +lat_0=0 +lon_0=75 +k=1 +x_0=13500000 +y_0=0 +ellps=GRS80",
  "EPSG:4554": "+proj=tmerc +lat_0=0 +lon_0=135 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80",
  "EPSG:2334": "+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=20500000 +y_0=0 +a=6378140 +rf=298.257",
  "EPSG:2385": "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +a=6378140 +rf=298.257",
  "EPSG:2437": "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=krass",
  "EPSG:2416": "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=40500000 +y_0=0 +ellps=krass",
  "EPSG:21460": "+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=500000 +y_0=0 +ellps=krass",
  "EPSG:21420": "+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=20500000 +y_0=0 +ellps=krass",
};

describe("Gauss-Krüger registry table", () => {
  it.each(Object.entries(GDAL_REFERENCE))("%s matches GDAL's definition", (code, reference) => {
    expect(allProj4Definitions()[code]).toContain(reference);
  });

  it("registers the deprecated Beijing 1954 CM codes 21473–21483 as aliases of 21453–21463", () => {
    const definitions = allProj4Definitions();
    expect(definitions["EPSG:21480"]).toBe(definitions["EPSG:21460"]);
  });

  it("labels EPSG:4528 and EPSG:4549 as in the EPSG registry", () => {
    expect(describeCrs("EPSG:4528")?.label).toBe("CGCS2000 / 3-degree Gauss-Kruger zone 40");
    expect(describeCrs("EPSG:4549")?.label).toBe("CGCS2000 / 3-degree Gauss-Kruger CM 120E");
  });
});

describe("transforms", () => {
  // GDAL/PROJ computed this pair: parks-points-epsg4549.csv (ogr2ogr -t_srs EPSG:4549) row 1.
  const wgs84: [number, number] = [120.350811, 36.061217];
  const gdalEpsg4549: [number, number] = [531606.010807192, 3992392.23956963];

  it("projects to EPSG:4549 as GDAL/PROJ does (within 1 mm)", () => {
    const [x, y] = createFromWgs84("EPSG:4549")!(wgs84);
    expect(Math.abs(x - gdalEpsg4549[0])).toBeLessThan(0.001);
    expect(Math.abs(y - gdalEpsg4549[1])).toBeLessThan(0.001);
  });

  it("EPSG:4528 eastings are EPSG:4549 eastings with the zone number 40 prefixed", () => {
    const withPrefix = createFromWgs84("EPSG:4528")!(wgs84);
    const withoutPrefix = createFromWgs84("EPSG:4549")!(wgs84);
    expect(withPrefix[0] - withoutPrefix[0]).toBeCloseTo(40_000_000, 6);
    expect(withPrefix[1]).toBeCloseTo(withoutPrefix[1], 6);
  });

  // gcoord's BD-09 inverse is an approximation good to about 6 cm here.
  it.each([
    ["EPSG:4528", 0.01],
    ["EPSG:4549", 0.01],
    ["EPSG:2385", 0.01],
    ["EPSG:2437", 0.01],
    ["EPSG:3857", 0.01],
    ["GCJ-02", 0.01],
    ["BD-09", 0.1],
  ] as const)("round-trips a Qingdao point through %s within %f m", (crs, toleranceM) => {
    const back = createToWgs84(crs)!(createFromWgs84(crs)!(wgs84));
    expect(Math.abs(back[0] - wgs84[0]) * 90_000).toBeLessThan(toleranceM);
    expect(Math.abs(back[1] - wgs84[1]) * 111_000).toBeLessThan(toleranceM);
  });

  it("offsets GCJ-02 about 460 m (400–550 m) east-north-east of WGS84 in Qingdao", () => {
    const [lon, lat] = createFromWgs84("GCJ-02")!(wgs84);
    const eastM = (lon - wgs84[0]) * 111_320 * Math.cos((wgs84[1] * Math.PI) / 180);
    const northM = (lat - wgs84[1]) * 110_574;
    expect(Math.hypot(eastM, northM)).toBeGreaterThan(400);
    expect(Math.hypot(eastM, northM)).toBeLessThan(550);
    expect(eastM).toBeGreaterThan(Math.abs(northM));
  });

  it("returns undefined for a CRS it does not support", () => {
    expect(createToWgs84("EPSG:2000")).toBeUndefined();
  });
});
