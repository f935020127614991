/**
 * `npm run bench:cli [-- --scale M] [--runs 7]`: whole-process wall time of `shanhai` (the built CLI, process start
 * and parsing included, blind spots written) against the indexed-JS + Clipper baseline
 * (`baseline-indexed-clipper.mjs`, plain Node as well) on the seeded synthetic city, runs interleaved, medians
 * compared; the TypeScript-loader entry is timed too. Also `shanhai --help` start-up against `node -e 0`.
 * CPU time (user + system, from GNU time when installed) is printed because the machine is shared.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSyntheticCity, type SyntheticScale } from "../../src/analysis/synthetic/synthetic-city";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1]! : fallback);
const scale = option("--scale", "M") as SyntheticScale;
const runs = Number(option("--runs", "7"));
const dir = join(ROOT, ".bench", `cli-${scale}`);
mkdirSync(dir, { recursive: true });
const city = generateSyntheticCity(scale, 1);
for (const name of ["residential", "parks"] as const) writeFileSync(join(dir, `${name}.geojson`), JSON.stringify(city[name]));
const entry = join(ROOT, "dist-cli", "shanhai.js");
if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build:cli first`);
const residential = join(dir, "residential.geojson"),
  parks = join(dir, "parks.geojson");

const COMMANDS: Record<string, string[]> = {
  shanhai: [entry, "--residential", residential, "--parks", parks, "--blind-spots", join(dir, "blind-shanhai.geojson"), "--quiet"],
  baseline: [join(ROOT, "scripts/bench-cli/baseline-indexed-clipper.mjs"), residential, parks, join(dir, "blind-baseline.geojson")],
  "shanhai via tsx": [
    "--import",
    "tsx",
    join(ROOT, "src/cli/main.ts"),
    "--residential",
    residential,
    "--parks",
    parks,
    "--blind-spots",
    join(dir, "blind-tsx.geojson"),
    "--quiet",
  ],
  "shanhai --help": [entry, "--help"],
  "node -e 0": ["-e", "0"],
};
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

function timeOnce(args: string[]): { wallMs: number; cpuMs?: number; stdout: string } {
  const started = performance.now();
  const result = GNU_TIME
    ? spawnSync(GNU_TIME, ["-f", "%U %S", process.execPath, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  const times = GNU_TIME ? result.stderr.trim().split("\n").pop()!.split(" ").map(Number) : undefined;
  return { wallMs, cpuMs: times ? (times[0]! + times[1]!) * 1000 : undefined, stdout: result.stdout };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const samples: Record<string, { wall: number[]; cpu: number[] }> = Object.fromEntries(Object.keys(COMMANDS).map((name) => [name, { wall: [], cpu: [] }]));
const last: Record<string, string> = {};
for (let run = 0; run < runs; run++) {
  for (const [name, args] of Object.entries(COMMANDS)) {
    if (name === "shanhai via tsx" && run >= 3) continue;
    const { wallMs, cpuMs, stdout } = timeOnce(args);
    samples[name]!.wall.push(wallMs);
    if (cpuMs !== undefined) samples[name]!.cpu.push(cpuMs);
    last[name] = stdout;
  }
}
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
console.log(`scale ${scale}: ${city.residential.features.length} parcels, ${city.parks.features.length} parks; ${runs} interleaved runs, medians`);
for (const [name, { wall, cpu }] of Object.entries(samples)) {
  console.log(
    `${name.padEnd(16)} wall ${fmt(median(wall)).padStart(8)} (${fmt(Math.min(...wall))}–${fmt(Math.max(...wall))})${cpu.length ? `, CPU ${fmt(median(cpu))}` : ""}`,
  );
}
const ratio = (a: string, b: string, key: "wall" | "cpu") => median(samples[a]![key]) / median(samples[b]![key]);
console.log(
  `shanhai ÷ baseline: ${ratio("shanhai", "baseline", "wall").toFixed(2)}× wall${GNU_TIME ? `, ${ratio("shanhai", "baseline", "cpu").toFixed(2)}× CPU` : ""}`,
);
const engineRatio = Number(/"ratio": ([\d.]+)/.exec(last.shanhai ?? "")?.[1]);
const baselineRatio = (JSON.parse(last.baseline ?? "{}") as { ratio?: number }).ratio ?? NaN;
console.log(
  `coverage ratio: shanhai ${(engineRatio * 100).toFixed(4)} %, baseline ${(baselineRatio * 100).toFixed(4)} % (${((engineRatio - baselineRatio) * 100).toFixed(4)} pp)`,
);
