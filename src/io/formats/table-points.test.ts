import { describe, expect, it } from "vitest";
import { readLayerFile } from "../read-layer-file";

const encode = (text: string) => new TextEncoder().encode(text);

describe("CSV/XLSX point tables", () => {
  it("finds 经度/纬度 columns and keeps the other columns as typed attributes", async () => {
    const result = await readLayerFile(encode("名称,经度,纬度,人口\n中山公园,120.35,36.06,1200\n"), "points.csv");
    expect(result.featureCollection.features[0]).toMatchObject({
      geometry: { type: "Point", coordinates: [120.35, 36.06] },
      properties: { 名称: "中山公园", 人口: 1200 },
    });
  });

  it("accepts lng/lat, tab separators and a UTF-8 BOM", async () => {
    const result = await readLayerFile(encode("\uFEFFname\tlng\tlat\nA\t120.35\t36.06\n"), "points.tsv");
    expect(result.featureCollection.features[0]!.geometry).toEqual({ type: "Point", coordinates: [120.35, 36.06] });
  });

  it("swaps surveying X (north) / Y (east) columns when only the swap lands in Qingdao, and says so", async () => {
    // EPSG:4549: easting 531606 m, northing 3992392 m — written as X = northing, Y = easting.
    const result = await readLayerFile(encode("X,Y,name\n3992392.24,531606.01,A\n3992955.32,529621.29,B\n"), "survey.csv");
    expect(result.issues.map((issue) => issue.code)).toContain("columns-swapped");
    expect(result.detectedCrs?.crs).toBe("EPSG:4549");
    const [lon, lat] = (result.featureCollection.features[0]!.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(120.350811, 5);
    expect(lat).toBeCloseTo(36.061217, 5);
  });

  it("reads one row with longitude and latitude swapped the right way round and names its line", async () => {
    const csv = "名称,经度,纬度\nA,120.350811,36.061217\nB,120.327734,36.056902\nC,36.059611,120.384207\nD,120.400913,36.082468\n";
    const result = await readLayerFile(encode(csv), "points.csv");
    expect(result.issues.filter((issue) => issue.severity !== "info").map((issue) => issue.code)).toEqual(["row-swapped"]);
    expect(result.issues.find((issue) => issue.code === "row-swapped")?.featureIds).toEqual([4]);
    expect(result.detectedCrs?.crs).toBe("EPSG:4326");
    expect(result.featureCollection.features[2]!.geometry).toEqual({ type: "Point", coordinates: [120.384207, 36.059611] });
  });

  it("skips rows without numeric coordinates and lists their line numbers", async () => {
    const result = await readLayerFile(encode("lon,lat\n120.35,36.06\nabc,36.07\n120.36,\n"), "points.csv");
    expect(result.featureCollection.features).toHaveLength(1);
    expect(result.issues.find((issue) => issue.code === "row-skipped")?.featureIds).toEqual([3, 4]);
  });

  it("reads GBK-encoded CSV (Excel on Chinese Windows) and reports the assumption", async () => {
    const gbk = new Uint8Array([...encode("lon,lat,name\n120.35,36.06,"), 0xd6, 0xd0, 0xc9, 0xbd, 0x0a]);
    const result = await readLayerFile(gbk, "gbk.csv");
    expect(result.featureCollection.features[0]!.properties).toEqual({ name: "中山" });
    expect(result.issues.map((issue) => issue.code)).toContain("encoding-assumed");
  });

  it("fails clearly when no coordinate columns exist", async () => {
    const result = await readLayerFile(encode("名称,面积\nA,1\n"), "table.csv");
    expect(result.issues).toEqual([expect.objectContaining({ code: "columns-missing", severity: "fatal" })]);
    expect(result.featureCollection.features).toEqual([]);
  });

  it("keeps columns with leading zeros as text", async () => {
    const result = await readLayerFile(encode("lon,lat,code\n120.35,36.06,0532\n120.36,36.07,12\n"), "points.csv");
    expect(result.featureCollection.features.map((feature) => feature.properties?.code)).toEqual(["0532", "12"]);
  });
});
