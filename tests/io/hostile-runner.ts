/**
 * Reads one generated hostile file (tests/io/hostile-files.ts) with `readLayerFile` and prints a JSON summary
 * on stdout. Run as a child process by hostile-readers.test.ts so that a reader that never finishes is killed
 * by a timeout instead of hanging the test run.
 *
 * Usage: node --import tsx tests/io/hostile-runner.ts <case>
 */
import { readLayerFile } from "../../src/io/read-layer-file";
import { geoPackageBytes, shapefileClaimingHugeDbf, shapefileWithManyRings, xlsxWithFarCells } from "./hostile-files";

const CASES: Record<string, () => Promise<[Uint8Array, string, { layerName?: string }?]>> = {
  "dbf-huge-record-count": async () => [shapefileClaimingHugeDbf(3), "parks.zip"],
  "gpkg-recursive-view": async () => [await geoPackageBytes({ recursiveView: true }), "parks.gpkg"],
  "gpkg-recursive-view-chosen": async () => [await geoPackageBytes({ recursiveView: true }), "parks.gpkg", { layerName: "a_endless" }],
  "gpkg-only-recursive-view": async () => [await geoPackageBytes({ table: false, recursiveView: true }), "view.gpkg"],
  "gpkg-contents-is-view": async () => [await geoPackageBytes({ contentsAsView: true }), "contents.gpkg"],
  "xlsx-far-cells": async () => [xlsxWithFarCells(20_000), "far.xlsx"],
  "shp-many-rings": async () => [shapefileWithManyRings(80_000), "rings.zip"],
};

const name = process.argv[2] ?? "";
const make = CASES[name];
if (!make) throw new Error(`unknown case ${name}`);
const [bytes, fileName, options] = await make();
const started = performance.now();
const result = await readLayerFile(bytes, fileName, options);
process.stdout.write(
  `${JSON.stringify({
    ms: Math.round(performance.now() - started),
    featureCount: result.featureCollection.features.length,
    names: result.featureCollection.features.map((feature) => feature.properties?.name ?? feature.properties?.NAME ?? null),
    issues: result.issues.map(({ code, severity, message }) => ({ code, severity, message })),
    heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
  })}\n`,
);
