import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readLayerFileSet } from "./read-layer-file-set";

const FIXTURES = fileURLToPath(new URL("../../tests/fixtures/import/", import.meta.url));

describe("readLayerFileSet", () => {
  it("combines loose .shp/.shx/.dbf/.prj/.cpg parts into one layer and reads other files separately", async () => {
    const parts = unzipSync(new Uint8Array(readFileSync(`${FIXTURES}parks-epsg4549-gbk.zip`)));
    const files = Object.entries(parts).map(([name, bytes]) => ({ name, bytes }));
    files.push({ name: "points.csv", bytes: new TextEncoder().encode("lon,lat\n120.35,36.06\n") });
    const results = await readLayerFileSet(files);
    expect(results.map((result) => [result.fileName, result.format, result.featureCollection.features.length])).toEqual([
      ["parks_4549.shp", "shapefile", 5],
      ["points.csv", "csv", 1],
    ]);
    expect(results[0]!.detectedCrs?.crs).toBe("EPSG:4549");
    expect(results[0]!.featureCollection.features[0]!.properties?.name).toBe("中山公园");
  });

  it("reports a .dbf dropped without its .shp", async () => {
    const [result] = await readLayerFileSet([{ name: "parks.dbf", bytes: new Uint8Array(64) }]);
    expect(result!.issues[0]).toMatchObject({ code: "missing-part", severity: "fatal" });
  });
});
