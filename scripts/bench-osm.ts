/**
 * Benchmark (not a test): read + map + clip of an OSM extract in Node, against `osmium export` of the same file
 * to GeoJSON in the same run, with the ratio. Each of our runs is a fresh process (cold: module load and JIT
 * included in the wall time, as an import meets it), reporting wall and CPU time and peak RSS.
 *   npm run bench:osm                        Andorra (../shared/data/osm), clipped to Andorra (relation 9407)
 *   npm run bench:osm -- --big               also a ≈ 100 MB PBF: shifted copies of Andorra merged by osmium
 *   npm run bench:osm -- FILE [RELATION_ID]  any extract
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ANDORRA, BIG_COPIES, makeBigFile } from "./bench-osm/big-file";

const RUNNER = fileURLToPath(new URL("./bench-osm/read-once.ts", import.meta.url));
const RUNS = 3;

interface Run {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  features: number;
  clipped: number;
}

function ours(file: string, relationId: string | undefined, heapMb = 4096): Run {
  const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, "--import", "tsx", RUNNER, file, relationId ?? ""], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`read-once failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!) as Run;
}

function osmiumExportMs(file: string, dir: string): number {
  const started = performance.now();
  execFileSync("osmium", ["export", file, "-f", "geojson", "-o", join(dir, "export.geojson"), "-O"], { stdio: "ignore" });
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function bench(label: string, file: string, relationId: string | undefined, dir: string, runs: number): void {
  const mb = statSync(file).size / 1e6;
  const ourRuns = Array.from({ length: runs }, () => ours(file, relationId));
  const wall = median(ourRuns.map((r) => r.wallMs));
  const cpu = median(ourRuns.map((r) => r.cpuMs));
  console.log(`${label}: ${mb.toFixed(1)} MB, ${ourRuns[0]!.features} features (${ourRuns[0]!.clipped} cut by the clip)`);
  console.log(
    `  ours  read+map+clip: wall ${wall.toFixed(0)} ms, CPU ${cpu.toFixed(0)} ms, peak RSS ${Math.max(...ourRuns.map((r) => r.peakRssMb)).toFixed(0)} MB (median of ${runs} fresh processes)`,
  );
  const osmium = median(Array.from({ length: runs }, () => osmiumExportMs(file, dir)));
  console.log(`  osmium export → GeoJSON: wall ${osmium.toFixed(0)} ms (median of ${runs})`);
  console.log(`  ratio ours / osmium (wall): ${(wall / osmium).toFixed(2)}`);
}

const args = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "shanhai-bench-osm-"));
try {
  const file = args.find((arg) => !arg.startsWith("--")) ?? ANDORRA;
  const relationId = args.filter((arg) => !arg.startsWith("--"))[1] ?? (file === ANDORRA ? "9407" : undefined);
  bench(file === ANDORRA ? "Andorra" : file, file, relationId, dir, RUNS);
  if (args.includes("--big")) {
    const big = await makeBigFile(dir);
    bench(`${BIG_COPIES} shifted copies of Andorra`, big, undefined, dir, 1);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
