/**
 * `npm run bench:network [-- --scenes andorra,S,M] [--no-pgrouting]`: the walking-network coverage on Andorra (OSM
 * reader) and the synthetic city with its street grid, each engine run in its own process (peak RSS per scene),
 * and PostGIS + pgRouting on the same scene in the same run (scripts/bench-network/pgrouting-network.ts).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { resolveRuleSet } from "../src/domain/rule-sets";
import { ensurePostgis, startCluster, type PostgisCluster } from "./bench-coverage/postgis-cluster";
import { centre } from "./bench-coverage/postgis-coverage";
import { benchScene, RULE_SET_ID } from "./bench-network/engine-run";
import { loadNetworkScene, pgroutingNetworkCoverage } from "./bench-network/pgrouting-network";

const { values } = parseArgs({ options: { scenes: { type: "string", default: "andorra,S,M" }, "no-pgrouting": { type: "boolean", default: false } } });
const scenes = values.scenes.split(",");
const withPgrouting = !values["no-pgrouting"];
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

let cluster: PostgisCluster | undefined;
if (withPgrouting) {
  const status = ensurePostgis();
  if (status.ok) cluster = await startCluster();
  else console.log(`pgRouting skipped: ${status.reason}`);
}
try {
  for (const name of scenes) {
    console.log(`\n== ${name} ==`);
    const file = fileURLToPath(new URL("./bench-network/engine-run.ts", import.meta.url));
    const child = spawnSync(process.execPath, ["--import", "tsx", file, name], { encoding: "utf8", timeout: 20 * 60_000, maxBuffer: 1 << 24 });
    const line = child.stdout?.trim().split("\n").pop();
    if (child.status !== 0 || !line) {
      console.log(`engine run failed: ${(child.stderr ?? "").split("\n").slice(0, 3).join(" ")}`);
      continue;
    }
    const e = JSON.parse(line);
    console.log(
      `engine     ${e.parcels} parcels, ${e.parks} parks, ${e.edges} edges: radius only ${fmt(e.radiusMs)}, radius + walking ${fmt(e.bothMs)} ` +
        `(walking ${fmt(e.networkMs)}), peak RSS ${e.maxRssMB.toFixed(0)} MB`,
    );
    console.log(
      `           radius ${(e.radiusRatio * 100).toFixed(4)} %, walking ${(e.walkRatio * 100).toFixed(4)} %; ` +
        `one park added ${fmt(e.parkEditMs)} / removed ${fmt(e.parkRemoveMs)}, one path added ${fmt(e.pathEditMs)} / removed ${fmt(e.pathRemoveMs)} (median of 5)`,
    );
    if (!cluster) continue;
    try {
      const scene = await benchScene(name);
      loadNetworkScene(cluster, scene, centre(scene.residential));
      const pg = pgroutingNetworkCoverage(cluster, resolveRuleSet(RULE_SET_ID).classes, 30, 50, 1800);
      console.log(
        `pgRouting  ${fmt(pg.ms)}, walking ${(pg.ratio * 100).toFixed(4)} %: Δ ${((e.walkRatio - pg.ratio) * 100).toFixed(4)} pp; ` +
          `engine walking ÷ pgRouting = ${(e.networkMs / pg.ms).toFixed(2)}`,
      );
    } catch (error) {
      console.log(`pgRouting failed: ${(error as Error).message.split("\n")[0]}`);
    }
  }
} finally {
  cluster?.stop();
}
