/**
 * `npm run bench:coverage [-- --scales S,M,L] [--no-postgis] [--no-turf]`: times the coverage engine on the
 * seeded synthetic city (S/M/L), PostGIS on the same data (throwaway cluster) and naive Turf at S, and prints
 * times, ratios and agreement in percentage points. Engine runs happen in child processes so peak memory is
 * per scale. Times are wall-clock; CPU time is printed too because the machine is shared.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateSyntheticCity, type SyntheticScale } from "../../src/analysis/synthetic/synthetic-city";
import { ensurePostgis, startCluster, type PostgisCluster } from "./postgis-cluster";
import { loadCity, postgisCoverage, type PostgisResult } from "./postgis-coverage";

const { values } = parseArgs({
  options: { scales: { type: "string", default: "S,M,L" }, "no-postgis": { type: "boolean", default: false }, "no-turf": { type: "boolean", default: false } },
});
const scales = values.scales.split(",").filter((s): s is SyntheticScale => s === "S" || s === "M" || s === "L");
const withPostgis = !values["no-postgis"];
const withTurf = !values["no-turf"];

function runChild(script: string, args: string[], timeoutMs: number): Record<string, unknown> | undefined {
  const file = fileURLToPath(new URL(script, import.meta.url));
  const result = spawnSync(process.execPath, ["--import", "tsx", file, ...args], { encoding: "utf8", timeout: timeoutMs, maxBuffer: 1 << 24 });
  const line = result.stdout?.trim().split("\n").pop();
  if (result.status !== 0 || !line) {
    console.error(`  ${script} ${args.join(" ")} failed or timed out: ${(result.stderr ?? "").split("\n")[0]}`);
    return undefined;
  }
  return JSON.parse(line);
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const pp = (a: number, b: number) => `${(a - b) * 100 >= 0 ? "+" : ""}${((a - b) * 100).toFixed(4)} pp`;
const pct = (a: number, b: number) => `${((a - b) / b) * 100 >= 0 ? "+" : ""}${(((a - b) / b) * 100).toFixed(4)} %`;

let cluster: PostgisCluster | undefined;
if (withPostgis) {
  const status = ensurePostgis();
  if (status.ok) cluster = await startCluster();
  else console.log(`PostGIS skipped: ${status.reason}`);
}
try {
  for (const scale of scales) {
    console.log(`\n== scale ${scale} ==`);
    const engine = runChild("./engine-run.ts", [scale, scale === "L" ? "1" : "3"], 15 * 60_000) as
      | {
          wallMs: number;
          cpuMs: number;
          maxRssMB: number;
          ratio: number;
          residentialAreaM2: number;
          coveredAreaM2: number;
          greenwayLengthKm: number;
          parcels: number;
          parks: number;
          fullWallMs: number;
          incremental?: { addMs: number; moveMs: number; previewMs: number; previewPrepareMs: number };
        }
      | undefined;
    if (engine) {
      console.log(
        `engine   ${engine.parcels} parcels, ${engine.parks} parks: ${fmt(engine.wallMs)} wall, ${fmt(engine.cpuMs)} CPU (median), ` +
          `peak RSS ${engine.maxRssMB.toFixed(0)} MB, ratio ${(engine.ratio * 100).toFixed(4)} %`,
      );
      console.log(`         with greenways + districts: ${fmt(engine.fullWallMs)}`);
      if (engine.incremental) {
        const i = engine.incremental;
        console.log(
          `         add one park ${i.addMs.toFixed(2)} ms, move one park ${i.moveMs.toFixed(2)} ms, ` +
            `slider step ${i.previewMs.toFixed(3)} ms (distance field built once in ${fmt(i.previewPrepareMs)})`,
        );
      }
    }
    let postgis: PostgisResult | undefined;
    if (cluster) {
      try {
        loadCity(cluster, generateSyntheticCity(scale, 1));
        postgis = postgisCoverage(cluster, scale === "L" ? 600 : 300);
        console.log(`PostGIS  ${fmt(postgis.ms)}, ratio ${(postgis.ratio * 100).toFixed(4)} %`);
      } catch (error) {
        console.log(`PostGIS  failed: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    if (engine && postgis) {
      console.log(
        `agreement ratio ${pp(engine.ratio, postgis.ratio)}, residential area ${pct(engine.residentialAreaM2, postgis.residentialAreaM2)}, ` +
          `covered area ${pct(engine.coveredAreaM2, postgis.coveredAreaM2)}, greenway length ${pct(engine.greenwayLengthKm, postgis.greenwayLengthKm)}`,
      );
      console.log(`speed    engine/PostGIS = ${(engine.wallMs / postgis.ms).toFixed(2)}× (wall)`);
    }
    if (scale === "S" && withTurf) {
      const turf = runChild("./turf-naive.ts", [], 10 * 60_000) as { ms: number; ratio: number } | undefined;
      if (turf) {
        console.log(
          `naive Turf ${fmt(turf.ms)}, ratio ${(turf.ratio * 100).toFixed(4)} %` +
            (engine ? ` (${pp(turf.ratio, engine.ratio)} vs engine; engine ${(turf.ms / engine.wallMs).toFixed(0)}× faster)` : ""),
        );
      }
    }
  }
} finally {
  cluster?.stop();
}
