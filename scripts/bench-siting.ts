/**
 * `npm run bench:siting`: times the siting engine on the shipped Qingdao dataset (300 m pocket parks, generated
 * candidates at 100 m, N = 10 and N = 50, greedy with its bounds; `-- --mip` adds HiGHS's MIP, 60 s limit) and on PySAL spopt's
 * San Francisco instance (exact, 4 sites at 5,000 m), and solves the same San Francisco model with GLPK's
 * `glpsol` (Debian glpk-utils) from the LP file this script writes, when glpsol is installed.
 * Times are wall-clock on a shared machine, each the median of the repeats shown, with this process's CPU time
 * (user + system, `process.cpuUsage`) beside the Qingdao figures: on a loaded machine that is the steadier figure.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FeatureCollection } from "geojson";
import { resolveRuleSet } from "../src/domain/rule-sets";
import { citySitingInstance } from "../src/analysis/siting/city-instance";
import { instanceFromDistances } from "../src/analysis/siting/instance";
import { mclpModel } from "../src/analysis/siting/mip-model";
import { loadHighsSolver } from "../src/analysis/siting/mip-solver";
import { fewestSites, suggestSites, type SitingResult } from "../src/analysis/siting/suggest-sites";

const root = new URL("../", import.meta.url);
const layer = (id: string) => JSON.parse(readFileSync(new URL(`layers/${id}/data.geojson`, root), "utf8")) as FeatureCollection;
const inRegion = (collection: FeatureCollection, region: string): FeatureCollection => ({
  ...collection,
  features: collection.features.filter((feature) => (feature.properties?.region ?? region) === region),
});
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const pct = (ratio: number) => `${(ratio * 100).toFixed(2)} %`;

function timed<T>(run: () => T, repeats = 1): { value: T; ms: number; cpuMs: number } {
  const times: { ms: number; cpuMs: number }[] = [];
  let value!: T;
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    value = run();
    const used = process.cpuUsage(cpu);
    times.push({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
  }
  times.sort((a, b) => a.ms - b.ms);
  return { value, ...times[Math.floor(times.length / 2)]! };
}
const both = (time: { ms: number; cpuMs: number }) => `${fmt(time.ms)} (CPU ${fmt(time.cpuMs)})`;

const describe = (result: SitingResult) =>
  `${result.method}, covered ${pct(result.coveredRatio)}, bound ${pct(result.bound / result.totalWeight)}, gap ${pct(result.gapRatio)}`;

const solver = await loadHighsSolver();

console.log("Qingdao (shipped dataset), 300 m pocket parks, candidates generated at 100 m");
const region = "qingdao";
const build = timed(() =>
  citySitingInstance({
    residential: inRegion(layer("residential-land"), region),
    parks: inRegion(layer("park"), region),
    districts: inRegion(layer("district"), region),
    excluded: [inRegion(layer("ecological-red-line"), region), inRegion(layer("bay"), region), inRegion(layer("river"), region)],
    ruleSet: resolveRuleSet("qingdao-300-500"),
    radiusM: 300,
  }),
);
const { instance } = build.value;
const pairs = instance.coverage.reduce((sum, units) => sum + units.length, 0);
const open = instance.alreadyCovered.reduce((count, flag) => count + (flag ? 0 : 1), 0);
console.log(
  `  instance: ${instance.demandIds.length} parcels (${open} not yet covered), ${instance.candidateIds.length} candidates, ${pairs} pairs — built in ${both(build)}`,
);
for (const count of [10, 50]) {
  const greedy = timed(() => suggestSites(instance, { count, method: "greedy" }));
  const total = { ms: build.ms + greedy.ms, cpuMs: build.cpuMs + greedy.cpuMs };
  console.log(`  N = ${count}: greedy + swap ${both(greedy)} (${describe(greedy.value)}); total with instance ${both(total)}`);
  const withLp = timed(() => suggestSites(instance, { count, method: "greedy", solver }));
  console.log(`  N = ${count}: greedy + LP-relaxation bound ${both(withLp)} (${describe(withLp.value)}, ${withLp.value.boundKind} bound)`);
  if (process.argv.includes("--mip")) {
    const exact = timed(() => suggestSites(instance, { count, method: "exact", solver, timeLimitS: 60 }));
    console.log(`  N = ${count}: HiGHS MIP (60 s limit) ${fmt(exact.ms)} (${describe(exact.value)})`);
  }
}

for (const method of ["greedy", "greedy + LP-relaxation bound"] as const) {
  const fewest = timed(() => fewestSites(instance, { targetRatio: 0.88, method: "greedy", ...(method === "greedy" ? {} : { solver }) }));
  const { sites, bound, boundKind, coveredRatio } = fewest.value;
  console.log(
    `  fewest sites to 88 %: ${method} ${both(fewest)} (${sites.length} sites reach ${pct(coveredRatio)}; at least ${bound} needed, ${boundKind} bound)`,
  );
}

console.log("San Francisco (PySAL spopt: 205 tracts, 16 stores, network distances), 4 sites at 5,000 m");
const fixture = new URL("tests/fixtures/siting/", root);
const rows = (name: string) =>
  readFileSync(new URL(name, fixture), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","));
const demand = rows("sf-tract-population-2000.csv").map(([id, pop]) => ({ id: id!, weight: Number(pop) }));
const distances = rows("sf-network-distance-within-5000m.csv").map(([candidateId, demandId, distance]) => ({
  candidateId: candidateId!,
  demandId: demandId!,
  distanceM: Number(distance),
}));
const sf = instanceFromDistances(demand, [...new Set(distances.map((pair) => pair.candidateId))], distances, 5000);
const sfExact = timed(() => suggestSites(sf, { count: 4, method: "exact", solver }), 5);
console.log(
  `  HiGHS (wasm): ${fmt(sfExact.ms)} median of 5 — ${describe(sfExact.value)}, ${sfExact.value.uncoveredCount} tracts uncovered, sites ${sfExact.value.sites.map((site) => site.id).join(" ")}`,
);
const dir = mkdtempSync(join(tmpdir(), "shanhai-bench-siting-"));
const lpFile = join(dir, "sf-mclp.lp");
writeFileSync(lpFile, mclpModel(sf, 4).text);
const probe = spawnSync("glpsol", ["--version"], { encoding: "utf8" });
if (probe.status !== 0) {
  console.log(`  GLPK: glpsol not installed (apt-get install glpk-utils); the model is at ${lpFile}`);
} else {
  const glpk = timed(() => spawnSync("glpsol", ["--lp", lpFile, "-o", join(dir, "glpk.txt")], { encoding: "utf8" }), 5);
  const objective = /Objective:\s+obj = ([\d.e+]+)/.exec(readFileSync(join(dir, "glpk.txt"), "utf8"))?.[1];
  console.log(
    `  GLPK ${probe.stdout.split("\n")[0]?.replace(/^GLPSOL.*?v/, "v")}: ${fmt(glpk.ms)} median of 5 (process start included), objective ${objective} (HiGHS: ${sfExact.value.coveredWeight})`,
  );
}
