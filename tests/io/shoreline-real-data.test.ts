/**
 * CRS doubt detection on real data: Qingdao's districts (Amap-derived, GCJ-02,
 * with a WGS84 copy) against the GSHHG full-resolution shoreline. Reads
 * ../shared/data/raw (never copied into the repository); skipped when absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { readLayerFile } from "../../src/io/read-layer-file";

const RAW = fileURLToPath(new URL("../../../shared/data/raw/", import.meta.url));
const SHORELINE = `${RAW}gshhg-full/qingdao_shoreline_gshhg_f.geojson`;
const DISTRICTS = `${RAW}admin-districts-amap-garybikini/qingdao_districts_`;
const available = existsSync(SHORELINE) && existsSync(`${DISTRICTS}gcj02.geojson`);
if (!available) console.warn(`shoreline-real-data: skipped, ${RAW} is not available`);

describe.skipIf(!available)("GCJ-02 detection against the GSHHG shoreline (../shared)", () => {
  const shoreline = () => JSON.parse(readFileSync(SHORELINE, "utf8")) as FeatureCollection;
  const read = (suffix: string) =>
    readLayerFile(new Uint8Array(readFileSync(`${DISTRICTS}${suffix}.geojson`)), `districts_${suffix}.geojson`, { referenceShoreline: shoreline() });

  it("doubts the GCJ-02 districts declared as WGS84 and ranks GCJ-02 first", async () => {
    const result = await read("gcj02");
    expect(result.issues.map((issue) => issue.code)).toContain("crs-doubtful");
    expect(result.detectedCrs?.candidates[0]?.crs).toBe("GCJ-02");
  });

  it("accepts the WGS84 copy without doubt", async () => {
    const result = await read("wgs84");
    expect(result.issues.map((issue) => issue.code)).not.toContain("crs-doubtful");
    expect(result.detectedCrs?.candidates[0]?.crs).toBe("EPSG:4326");
  });
});
