import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { expect, it } from "vitest";
import { computeMetrics } from "../src/analysis/index";
import { cli } from "./cli-test-helpers";

const LAYERS = {
  residential: "layers/residential-land/data.geojson",
  parks: "layers/park/data.geojson",
  greenways: "layers/greenway/data.geojson",
  redLine: "layers/ecological-red-line/data.geojson",
  districts: "layers/district/data.geojson",
  shoreline: "layers/shoreline/data.geojson",
};
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as FeatureCollection;

it("prints exactly the documented JSON keys for the shipped dataset, with the engine's own figures", () => {
  const { code, stdout, stderr } = cli([
    "--residential",
    LAYERS.residential,
    "--parks",
    LAYERS.parks,
    "--greenways",
    LAYERS.greenways,
    "--red-line",
    LAYERS.redLine,
    "--districts",
    LAYERS.districts,
    "--shoreline",
    LAYERS.shoreline,
    "--rules",
    "qingdao-300-500",
  ]);
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  const output = JSON.parse(stdout);
  expect(Object.keys(output).sort()).toEqual(["greenways", "inputs", "parkCoverage", "parks", "redLine", "ruleSet", "shoreline"]);
  expect(Object.keys(output.inputs).sort()).toEqual(["districts", "greenways", "parks", "redLine", "residential", "shoreline"]);
  expect(Object.values(output.inputs).map((input) => (input as { crs: string }).crs)).toEqual(Array(6).fill("EPSG:4326"));
  expect(Object.keys(output.ruleSet).sort()).toEqual(["classes", "id"]);
  expect(Object.keys(output.parkCoverage).sort()).toEqual(["byClass", "byDistrict", "coveredAreaM2", "populationRatio", "ratio", "residentialAreaM2"]);
  expect(Object.keys(output.parks).sort()).toEqual(["areaM2", "count", "countedCount"]);
  expect(Object.keys(output.greenways).sort()).toEqual(["coverageRatio", "lengthKm", "radiusM"]);
  expect(Object.keys(output.redLine).sort()).toEqual(["areaKm2", "landAreaKm2", "seaAreaKm2"]);
  expect(Object.keys(output.shoreline).sort()).toEqual(["lengthKm", "naturalLengthKm", "naturalRatio"]);

  const engine = computeMetrics(
    {
      residential: read(LAYERS.residential),
      parks: read(LAYERS.parks),
      greenways: read(LAYERS.greenways),
      redLine: read(LAYERS.redLine),
      districts: read(LAYERS.districts),
      shoreline: read(LAYERS.shoreline),
    },
    { ruleSetId: "qingdao-300-500" },
  );
  expect(output.parkCoverage.ratio).toBeCloseTo(engine.parkCoverage?.ratio ?? -1, 6);
  expect(output.parks.count).toBe(engine.parks?.count);
  expect(output.redLine.areaKm2).toBeCloseTo(engine.redLine?.areaKm2 ?? -1, 3);
  expect(output.parkCoverage.byDistrict.map((district: { name: string }) => district.name)).toContain("市南区");
}, 120_000);
