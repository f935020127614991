/**
 * Every fixture made by GDAL's ogr2ogr (tests/fixtures/make-fixtures.sh) must
 * import to the same features as its hand-written WGS84 original: same
 * count and order, every vertex within 1 cm, same attributes.
 */
import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { readLayerFile } from "../../src/io/read-layer-file";
import { maximumVertexOffsetM, readFixtureBytes, readFixtureJson } from "./fixture-helpers";

const ONE_CENTIMETRE_M = 0.01;

interface Case {
  file: string;
  original: "parks.geojson" | "parks-points.geojson";
  format: string;
  crs: string;
  /** Issue codes that must be present (e.g. the CRS was only assumed). */
  expectIssues?: string[];
}

const CASES: Case[] = [
  { file: "parks-epsg4549-gbk.zip", original: "parks.geojson", format: "shapefile", crs: "EPSG:4549" },
  { file: "parks-epsg4528-gbk.zip", original: "parks.geojson", format: "shapefile", crs: "EPSG:4528" },
  { file: "parks-epsg4528-gbk-nocpg.zip", original: "parks.geojson", format: "shapefile", crs: "EPSG:4528", expectIssues: ["encoding-assumed"] },
  { file: "parks-epsg4549-noprj.zip", original: "parks.geojson", format: "shapefile", crs: "EPSG:4549", expectIssues: ["crs-assumed"] },
  { file: "parks.gpkg", original: "parks.geojson", format: "geopackage", crs: "EPSG:4326" },
  { file: "parks-epsg4549.gpkg", original: "parks.geojson", format: "geopackage", crs: "EPSG:4549" },
  { file: "parks.kml", original: "parks.geojson", format: "kml", crs: "EPSG:4326" },
  { file: "parks.kmz", original: "parks.geojson", format: "kmz", crs: "EPSG:4326" },
  { file: "parks-epsg4528-legacy-crs.geojson", original: "parks.geojson", format: "geojson", crs: "EPSG:4528" },
  { file: "parks-points.gpx", original: "parks-points.geojson", format: "gpx", crs: "EPSG:4326" },
  { file: "parks-points.csv", original: "parks-points.geojson", format: "csv", crs: "EPSG:4326", expectIssues: ["crs-assumed"] },
  { file: "parks-points-zh.csv", original: "parks-points.geojson", format: "csv", crs: "EPSG:4326", expectIssues: ["crs-assumed"] },
  { file: "parks-points-epsg4549.csv", original: "parks-points.geojson", format: "csv", crs: "EPSG:4549", expectIssues: ["crs-assumed"] },
  { file: "parks-points-zh.xlsx", original: "parks-points.geojson", format: "xlsx", crs: "EPSG:4326", expectIssues: ["crs-assumed"] },
];

/** The attributes of a read feature; GeoPackage keeps the original "id" as its primary key (feature id). */
function attributesOf(feature: Feature): Record<string, unknown> {
  const properties = { ...feature.properties };
  if (!("id" in properties) && feature.id !== undefined) properties.id = feature.id;
  return properties;
}

describe.each(CASES)("$file", ({ file, original, format, crs, expectIssues }) => {
  it(`reads as ${format} in ${crs} with the original's features within 1 cm and the same attributes`, async () => {
    const expected = readFixtureJson(original).features;
    const result = await readLayerFile(readFixtureBytes(file), file);
    expect(result.issues.filter((issue) => issue.severity === "fatal")).toEqual([]);
    expect(result.format).toBe(format);
    expect(result.detectedCrs?.crs).toBe(crs);
    const features = result.featureCollection.features;
    expect(features).toHaveLength(expected.length);
    features.forEach((feature, index) => {
      expect(maximumVertexOffsetM(feature, expected[index]!)).toBeLessThan(ONE_CENTIMETRE_M);
      expect(attributesOf(feature)).toMatchObject(expected[index]!.properties!);
    });
    for (const code of expectIssues ?? []) expect(result.issues.map((issue) => issue.code)).toContain(code);
  });
});

describe("GBK attributes", () => {
  it("decodes full-width punctuation and Chinese field names from a GBK .dbf", async () => {
    const result = await readLayerFile(readFixtureBytes("parks-epsg4549-gbk.zip"), "parks.zip");
    const names = result.featureCollection.features.map((feature) => feature.properties?.name);
    expect(names).toContain("浮山森林公园（东、西两片）");
    expect(result.featureCollection.features[0]!.properties).toHaveProperty("类型", "综合公园");
  });

  it("reads garbage instead of Chinese when forced to the wrong encoding (the encoding matters)", async () => {
    const result = await readLayerFile(readFixtureBytes("parks-epsg4549-gbk.zip"), "parks.zip", { attributeEncoding: "utf-8" });
    expect(result.featureCollection.features[0]!.properties?.name).not.toBe("中山公园");
  });
});
