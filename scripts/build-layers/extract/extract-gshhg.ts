import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BASE_BOX, INPUT_FILES } from "../config";
import { DEBIAN_PYTHON, ensureAptPackages } from "./ensure-apt";

const POLYGONIZE_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "gshhg-polygonize.py");

/**
 * Extraction stage for GSHHG: dumps the full-resolution shoreline pieces in the base box with
 * `gmt coast -Df -W -M`, polygonizes them into land polygons (GEOS via python3-gdal, faces classified
 * with `gmt select`) and writes the committed intermediate `inputs/gshhg-land.geojson`.
 */
export function extractGshhgLand(outputFile: string = INPUT_FILES.gshhgLand): void {
  ensureAptPackages();
  const [west, south, east, north] = BASE_BOX;
  const work = mkdtempSync(path.join(tmpdir(), "shanhai-gshhg-"));
  try {
    const segments = execFileSync("gmt", ["coast", `-R${west}/${east}/${south}/${north}`, "-Df", "-W", "-M", "--FORMAT_FLOAT_OUT=%.9f"], {
      encoding: "utf8",
      cwd: work,
      maxBuffer: 256 * 1024 * 1024,
    });
    const segmentsFile = path.join(work, "shoreline-segments.txt");
    writeFileSync(segmentsFile, segments);
    mkdirSync(path.dirname(outputFile), { recursive: true });
    execFileSync(DEBIAN_PYTHON, [POLYGONIZE_SCRIPT, segmentsFile, String(west), String(south), String(east), String(north), outputFile], {
      stdio: ["ignore", "inherit", "inherit"],
      cwd: work,
    });
    console.log(`[build-layers] wrote ${path.relative(process.cwd(), outputFile)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
