import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SUPPORTED_EXTENSIONS } from "./formats/format-registry";
import { readLayerFile } from "./read-layer-file";

const encode = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
const POINT = { type: "Feature", properties: { name: "五四广场" }, geometry: { type: "Point", coordinates: [120.384, 36.06] } };

describe("readLayerFile", () => {
  it("reads RFC 7946 GeoJSON as WGS84 without CRS questions", async () => {
    const result = await readLayerFile(encode({ type: "FeatureCollection", features: [POINT] }), "a.geojson");
    expect(result).toMatchObject({ format: "geojson", issues: [], detectedCrs: { crs: "EPSG:4326", source: "declared" } });
    expect(result.featureCollection.features).toEqual([POINT]);
  });

  it("reports GPX waypoints without a numeric lat/lon instead of dropping them silently", async () => {
    const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
      <wpt lat="36.06" lon="120.38"><name>A</name></wpt><wpt lat="36.07"><name>B</name></wpt><wpt lat="x" lon="120.4"><name>C</name></wpt></gpx>`;
    const result = await readLayerFile(encode(gpx), "gates.gpx");
    expect(result.featureCollection.features).toHaveLength(1);
    expect(result.issues.find((issue) => issue.code === "coordinate-invalid")).toMatchObject({ count: 2, featureIds: [1, 2] });
  });

  it("accepts a bare Feature or geometry", async () => {
    expect((await readLayerFile(encode(POINT), "a.json")).featureCollection.features).toHaveLength(1);
    expect((await readLayerFile(encode(POINT.geometry), "a.json")).featureCollection.features).toHaveLength(1);
  });

  it.each([
    ["unsupported-format", new Uint8Array([0, 1, 2, 3]), "data.bin"],
    ["parse-error", encode("{ not json"), "broken.geojson"],
    ["parse-error", encode({ hello: "world" }), "other.json"],
    ["empty-layer", encode({ type: "FeatureCollection", features: [] }), "empty.geojson"],
    ["parse-error", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), "broken.zip"],
    ["parse-error", encode("SQLite format 3\0 garbage"), "broken.gpkg"],
    ["parse-error", encode("<kml><Placemark>"), "broken.kml"],
  ])("returns one fatal %s issue and no features for %s", async (code, bytes, name) => {
    const result = await readLayerFile(bytes, name);
    expect(result.featureCollection.features).toEqual([]);
    expect(result.issues.filter((issue) => issue.severity === "fatal").map((issue) => issue.code)).toContain(code);
    expect(result.issues.every((issue) => issue.fileName === name && issue.message.includes(name))).toBe(true);
  });

  it.each([
    [JSON.stringify({ type: "Polygon", coordinates: 5 }), "coordinate-invalid"],
    [JSON.stringify({ type: "MultiPolygon", coordinates: [[5]] }), "coordinate-invalid"],
    [JSON.stringify({ type: "GeometryCollection", geometries: 5 }), "geometry-unsupported"],
    ['{"type":"GeometryCollection","geometries":['.repeat(100_000) + "]}".repeat(100_000), "geometry-unsupported"],
  ])("skips and reports a feature whose geometry is malformed (%#) instead of throwing", async (geometry, code) => {
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":${geometry}},${JSON.stringify(POINT)}]}`;
    const result = await readLayerFile(encode(text), "malformed.geojson");
    expect(result.featureCollection.features).toHaveLength(1);
    expect(result.issues).toContainEqual(expect.objectContaining({ code, featureIndex: 0 }));
  });

  it("sniffs the format when the extension is unknown", async () => {
    const result = await readLayerFile(encode({ type: "FeatureCollection", features: [POINT] }), "download");
    expect(result.format).toBe("geojson");
  });

  it("reads a GeoJSON inside a zip", async () => {
    const zip = zipSync({ "data/parks.geojson": encode({ type: "FeatureCollection", features: [POINT] }) });
    const result = await readLayerFile(zip, "parks.zip");
    expect(result.format).toBe("geojson");
    expect(result.featureCollection.features).toHaveLength(1);
  });

  it("reports Shapefile parts without a .shp", async () => {
    const zip = zipSync({ "parks.dbf": new Uint8Array(40), "parks.prj": encode("GEOGCS[]") });
    const result = await readLayerFile(zip, "parks.zip");
    expect(result.issues[0]).toMatchObject({ code: "missing-part", severity: "fatal" });
  });

  it("returns read-cancelled when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await readLayerFile(encode(POINT), "a.geojson", { signal: controller.signal });
    expect(result.issues.map((issue) => issue.code)).toEqual(["read-cancelled"]);
  });

  it("reports progress up to 1", async () => {
    const fractions: number[] = [];
    await readLayerFile(encode(POINT), "a.geojson", { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.at(-1)).toBe(1);
  });

  it("lists the extensions for file pickers", () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(expect.arrayContaining(["geojson", "json", "zip", "shp", "kml", "kmz", "gpx", "csv", "xlsx", "gpkg"]));
  });
});
