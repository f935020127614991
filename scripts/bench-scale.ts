/**
 * `npm run bench:scale [-- --cities 16 --parcels 50000 --parks 5000]`: a generated province (each city a seeded
 * synthetic city; residential land and parks) computed three ways in one run — the built CLI's `batch` over the
 * cities' GeoJSON files with 2 jobs, `--engine postgis --by-city` on one PostGIS server, and the same on the
 * three-server layout of scripts/pg-cluster (cities spread over the servers, postgres_fdw partitions) — with the
 * CLI's wall time and peak memory (GNU time), the time of each city, and the agreement of the three.
 * Loading the province into PostGIS is timed apart (it is the bureau's database, loaded once).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateSyntheticCity } from "../src/analysis/synthetic/synthetic-city";
import { createProvince, type ProvinceCity } from "./pg-cluster/province";
import { startServers } from "./pg-cluster/servers";

const { values } = parseArgs({
  options: { cities: { type: "string", default: "16" }, parcels: { type: "string", default: "50000" }, parks: { type: "string" } },
});
const cityCount = Number(values.cities),
  parcels = Number(values.parcels),
  parks = Number(values.parks ?? Math.round(parcels / 10));
const CLI = resolve("dist-cli/shanhai.js");
const OUT = resolve(".bench/scale");
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

type Json = Record<string, unknown>;
interface Run {
  label: string;
  wallS: number;
  peakMb?: number;
  cities: Json[];
}

function runCli(label: string, args: string[]): Run {
  const started = performance.now();
  const command = GNU_TIME ? [GNU_TIME, "-f", "%M", process.execPath, CLI, ...args] : [process.execPath, CLI, ...args];
  const result = spawnSync(command[0] as string, command.slice(1), { encoding: "utf8", maxBuffer: 1 << 28 });
  const wallS = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  const peakKb = GNU_TIME ? Number(result.stderr.trim().split("\n").pop()) : undefined;
  const parsed = JSON.parse(result.stdout) as { cities: Json[] };
  return { label, wallS, ...(peakKb ? { peakMb: peakKb / 1024 } : {}), cities: parsed.cities };
}

console.error(`generating ${cityCount} cities × ${parcels} parcels, ${parks} parks …`);
const cities: ProvinceCity[] = [];
const manifest: { cities: Json[] } = { cities: [] };
for (let i = 0; i < cityCount; i++) {
  const name = `city-${String(i + 1).padStart(2, "0")}`;
  const city = generateSyntheticCity({ parcels, parks, greenways: 0 }, 100 + i);
  cities.push({ name, residential: city.residential, parks: city.parks });
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "residential.geojson"), JSON.stringify(city.residential));
  writeFileSync(join(dir, "parks.geojson"), JSON.stringify(city.parks));
  manifest.cities.push({ name, residential: `${name}/residential.geojson`, parks: `${name}/parks.geojson` });
}
writeFileSync(join(OUT, "cities.json"), JSON.stringify(manifest));

const runs: Run[] = [];
runs.push(runCli("CLI batch, 2 jobs (JS engine)", ["batch", "--manifest", join(OUT, "cities.json"), "--jobs", "2", "--format", "json"]));
console.error(`batch: ${runs[0]!.wallS.toFixed(1)} s`);

const byCity = (url: string, jobs: number) => [
  "--engine",
  "postgis",
  "--db",
  url,
  "--table-residential",
  "province.residential",
  "--table-parks",
  "province.parks",
  "--by-city",
  "--jobs",
  String(jobs),
];
const loads: string[] = [];
for (const [serverCount, jobs] of [
  [1, 2],
  [3, 3],
] as const) {
  const servers = await startServers(serverCount);
  try {
    const started = performance.now();
    createProvince(servers, cities);
    loads.push(`${serverCount} server(s): ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const label = serverCount === 1 ? "PostGIS, one server (--jobs 2)" : "PostGIS, three servers (postgres_fdw partitions, --jobs 3)";
    runs.push(runCli(label, byCity(servers[0]!.url, jobs)));
    console.error(`${label}: ${runs[runs.length - 1]!.wallS.toFixed(1)} s`);
  } finally {
    for (const server of servers) server.stop();
  }
}

const coverage = (city: Json | undefined) => city?.parkCoverage as { ratio: number; residentialAreaM2: number; coveredAreaM2: number } | undefined;
let worstPp = 0,
  worstArea = 0;
const lines = [`| city | ${runs.map((run) => run.label).join(" | ")} | ratio (JS) |`, `| --- |${runs.map(() => " --- |").join("")} --- |`];
for (const city of cities) {
  const rows = runs.map((run) => run.cities.find((entry) => entry.name === city.name));
  const base = coverage(rows[0]);
  for (const row of rows.slice(1)) {
    const other = coverage(row);
    if (!base || !other) throw new Error(`${city.name}: missing result (${String(row?.error ?? rows[0]?.error)})`);
    worstPp = Math.max(worstPp, Math.abs(base.ratio - other.ratio) * 100);
    worstArea = Math.max(
      worstArea,
      Math.abs(base.coveredAreaM2 / other.coveredAreaM2 - 1) * 100,
      Math.abs(base.residentialAreaM2 / other.residentialAreaM2 - 1) * 100,
    );
  }
  lines.push(
    `| ${city.name} | ${rows.map((row) => `${Number(row?.seconds).toFixed(1)} s${row?.server ? ` (${String(row.server)})` : ""}`).join(" | ")} | ${base?.ratio} |`,
  );
}
console.log(`province: ${cityCount} cities × ${parcels} parcels, ${parks} parks each (${cityCount * parcels} parcels)`);
console.log(`loading into PostGIS (untimed below): ${loads.join(", ")}`);
console.log("");
console.log("| run | wall | CLI peak RSS |");
console.log("| --- | --- | --- |");
for (const run of runs) console.log(`| ${run.label} | ${run.wallS.toFixed(1)} s | ${run.peakMb ? `${run.peakMb.toFixed(0)} MB` : "n/a"} |`);
console.log("");
console.log(lines.join("\n"));
console.log("");
console.log(`agreement with the JS engine: ratio ≤ ${worstPp.toFixed(4)} pp, areas ≤ ${worstArea.toFixed(4)} %`);
