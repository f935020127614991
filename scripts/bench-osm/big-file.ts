/**
 * The ≈ 100 MB PBF of the OSM benchmarks: Andorra as OPL, `BIG_COPIES` copies shifted 0.5° east per copy with ids
 * offset by 1e10 each, written by `osmium cat` and put in id order by `osmium sort` (as extracts are, and as
 * `osmium export` needs).
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ANDORRA = fileURLToPath(new URL("../../../shared/data/osm/andorra-latest_2021-10-28.osm.pbf", import.meta.url));
export const BIG_COPIES = 56;

/**
 * Writes the big file of `copies` copies into `dir` (or returns it when a previous run left it there) and returns
 * its path.
 */
export async function makeBigFile(dir: string, copies = BIG_COPIES): Promise<string> {
  const out = join(dir, `andorra-${copies}-copies.osm.pbf`);
  if (existsSync(out)) return out;
  const unsorted = join(dir, "big-unsorted.osm.pbf");
  const opl = execFileSync("osmium", ["cat", ANDORRA, "-f", "opl"], { maxBuffer: 1 << 30 }).toString("utf8");
  const writer = spawn("osmium", ["cat", "-F", "opl", "-", "-o", unsorted, "-O", "--output-format", "pbf"], { stdio: ["pipe", "inherit", "inherit"] });
  for (let copy = 0; copy < copies; copy++) {
    const text = shiftedCopy(opl, copy);
    if (!writer.stdin.write(text)) await new Promise<void>((resolve) => writer.stdin.once("drain", () => resolve()));
  }
  writer.stdin.end();
  await new Promise<void>((resolve, reject) => writer.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`osmium cat exited ${code}`)))));
  execFileSync("osmium", ["sort", unsorted, "-o", `${out}.part`, "-O", "-f", "pbf"], { stdio: "inherit" });
  renameSync(`${out}.part`, out);
  rmSync(unsorted);
  return out;
}

/**
 * Copy `copy` of an OPL text: every object id and every reference to one (a way's node list after ` N`, a relation's
 * member list after ` M`, then comma-separated) offset by `copy` × 1e10, and node longitudes moved `copy` × 0.5° east.
 */
export function shiftedCopy(opl: string, copy: number): string {
  const offset = copy * 1e10;
  return opl
    .replace(/(^|[ ,]| [NM])([nwr])(\d+)(?=[ ,@\n]|$)/gm, (_, before: string, type: string, id: string) => `${before}${type}${Number(id) + offset}`)
    .replace(/ x(-?[\d.]+) /g, (_, x: string) => ` x${(Number(x) + copy * 0.5).toFixed(7)} `);
}
