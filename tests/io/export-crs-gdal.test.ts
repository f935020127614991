/**
 * Agreement with GDAL: a layer exported in CGCS2000 3° GK zone 40 (EPSG:4549) by the io writers — Shapefile and
 * GeoJSON with the legacy `crs` member — is read back by ogr2ogr and compared with `ogr2ogr -t_srs EPSG:4549` of
 * the WGS84 export, vertex by vertex, within 1 mm; the WKT CSV is read by GDAL's CSV driver the same way.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { FeatureCollection, Position } from "geojson";
import { afterAll, describe, expect, it } from "vitest";
import { reprojectFromWgs84, resolveExportCrs } from "../../src/io/export/export-crs";
import { writeGeoJsonText, writeProjectedGeoJsonText } from "../../src/io/export/geojson-text";
import { writeShapefileZip } from "../../src/io/export/shapefile/shapefile-zip";
import { writeWktCsvText } from "../../src/io/export/wkt-csv-text";

const OGR2OGR = "/usr/bin/ogr2ogr";
const installed = existsSync(OGR2OGR);
if (!installed) console.warn(`GDAL agreement skipped: ${OGR2OGR} is absent (install gdal-bin).`);

const layer: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { name: "中山公园", areaM2: 812345.67 },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [120.34, 36.05],
            [120.36, 36.05],
            [120.36, 36.07],
            [120.34, 36.07],
            [120.34, 36.05],
          ],
        ],
      },
    },
    {
      type: "Feature",
      properties: { name: "崂山", areaM2: 1 },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [120.6, 36.15],
            [120.65, 36.15],
            [120.62, 36.2],
            [120.6, 36.15],
          ],
        ],
      },
    },
  ],
};

const directory = mkdtempSync(join(tmpdir(), "shanhai-export-crs-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Reads any OGR dataset as GeoJSON in its own CRS (no reprojection) or in `targetSrs`. */
function ogrRead(path: string, targetSrs?: string, extraArgs: string[] = []): FeatureCollection {
  const out = join(directory, `read-${Math.random().toString(36).slice(2)}.geojson`);
  const args = ["-f", "GeoJSON", "-lco", "COORDINATE_PRECISION=6", "-lco", "RFC7946=NO", ...extraArgs];
  if (targetSrs) args.push("-t_srs", targetSrs);
  execFileSync(OGR2OGR, [...args, out, path], { stdio: "pipe" });
  return JSON.parse(readFileSync(out, "utf8")) as FeatureCollection;
}

function vertices(collection: FeatureCollection): Position[] {
  return collection.features.flatMap((feature) => (feature.geometry as { coordinates: Position[][] }).coordinates.flat());
}

/** The largest distance from a vertex of `a` to its nearest vertex of `b` (Shapefile rings run the other way). */
function maxDistanceM(a: FeatureCollection, b: FeatureCollection): number {
  const left = vertices(a);
  const right = vertices(b);
  expect(left.length).toBe(right.length);
  const nearest = (position: Position) => Math.min(...right.map((other) => Math.hypot(position[0]! - other[0]!, position[1]! - other[1]!)));
  return Math.max(...left.map(nearest));
}

describe.skipIf(!installed)("export CRS agreement with GDAL", () => {
  const crs = resolveExportCrs("gk3", 120.4)!;
  const wgs84Path = join(directory, "wgs84.geojson");
  writeFileSync(wgs84Path, writeGeoJsonText(layer));

  it("the Shapefile in EPSG:4549 matches ogr2ogr -t_srs EPSG:4549 within 1 mm, and GDAL reads its .prj", () => {
    const reference = ogrRead(wgs84Path, "EPSG:4549");
    const files = unzipSync(writeShapefileZip(reprojectFromWgs84(layer, crs), "parks", new Date(2025, 0, 31), crs.prjWkt).bytes);
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(directory, name), bytes);
    const shpPath = join(directory, "parks.shp");
    const distanceM = maxDistanceM(ogrRead(shpPath), reference);
    expect(distanceM).toBeLessThan(0.001);
    const info = execFileSync("/usr/bin/ogrinfo", ["-so", shpPath, "parks"], { encoding: "utf8" });
    expect(info).toMatch(/CGCS2000 \/ 3-degree Gauss-Kruger CM 120E|CGCS2000_3_Degree_GK_CM_120E/);
    // GDAL identifies the ESRI WKT as the EPSG code itself.
    const srs = execFileSync("/usr/bin/gdalsrsinfo", ["-e", "-o", "epsg", shpPath], { encoding: "utf8" });
    expect(srs).toContain("EPSG:4549");
  });

  it("the GeoJSON with the legacy crs member matches within 1 mm and GDAL reads it as EPSG:4549", () => {
    const reference = ogrRead(wgs84Path, "EPSG:4549");
    const path = join(directory, "parks-4549.geojson");
    writeFileSync(path, writeProjectedGeoJsonText(reprojectFromWgs84(layer, crs), crs.epsg));
    expect(maxDistanceM(ogrRead(path), reference)).toBeLessThan(0.001);
    expect(maxDistanceM(ogrRead(path, "EPSG:4326"), ogrRead(wgs84Path))).toBeLessThan(1e-8);
  });

  it("the WKT CSV in EPSG:4549 matches within 1 mm, with its attributes, when GDAL's CSV driver reads it", async () => {
    const reference = ogrRead(wgs84Path, "EPSG:4549");
    const path = join(directory, "parks-4549.csv");
    writeFileSync(path, await writeWktCsvText(reprojectFromWgs84(layer, crs), false));
    const read = ogrRead(path, undefined, [
      "-oo",
      "GEOM_POSSIBLE_NAMES=WKT",
      "-oo",
      "KEEP_GEOM_COLUMNS=NO",
      "-oo",
      "AUTODETECT_TYPE=YES",
      "-a_srs",
      "EPSG:4549",
    ]);
    expect(maxDistanceM(read, reference)).toBeLessThan(0.001);
    expect(read.features.map((feature) => feature.properties)).toEqual([
      { name: "中山公园", areaM2: 812345.67 },
      { name: "崂山", areaM2: 1 },
    ]);
  });

  it("the WKT CSV in CGCS2000 (EPSG:4490) keeps lon/lat to 1e-8°", async () => {
    const path = join(directory, "parks-4490.csv");
    writeFileSync(path, await writeWktCsvText(layer, true));
    const read = ogrRead(path, undefined, ["-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO", "-a_srs", "EPSG:4490"]);
    expect(maxDistanceM(read, ogrRead(wgs84Path))).toBeLessThan(1e-8);
  });
});
