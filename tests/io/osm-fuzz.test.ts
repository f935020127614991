/**
 * Seeded fuzzing of the OSM readers (see osm-fuzz-runner.ts) in a child process with a hard timeout, so an
 * endless loop fails the test instead of hanging it. Every case either reads (finite WGS84 coordinates only) or
 * fails with an `OsmReadError` whose one-line message names the file — never another exception.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const RUNNER = fileURLToPath(new URL("./osm-fuzz-runner.ts", import.meta.url));
const SEED = 20261206;
const PER_KIND = 12;
const RUN_TIMEOUT_MS = 180_000;

interface Case {
  index: number;
  file: string;
  how: string;
  ok: boolean;
  code?: string | null;
  message?: string;
  badCoordinates?: number;
  ms: number;
}

function runFuzzer(): Promise<Case[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", RUNNER, String(SEED), String(PER_KIND)],
      { timeout: RUN_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`OSM fuzz runner failed or hung (${error.message.split("\n")[0]}); last: ${stderr.trim().split("\n").at(-1)}`));
          return;
        }
        resolve(
          stdout
            .trim()
            .split("\n")
            .map((line) => JSON.parse(line) as Case),
        );
      },
    );
  });
}

describe("OSM readers under fuzzing", () => {
  it(
    `give a result or a clear OsmReadError for ${PER_KIND} seeded mutations of each kind (seed ${SEED})`,
    async () => {
      const cases = await runFuzzer();
      expect(cases.length).toBe(PER_KIND * 15);
      expect(cases.filter((c) => !c.ok && !c.code)).toEqual([]);
      expect(cases.filter((c) => !c.ok && !(c.message!.startsWith(`${c.file}: `) && !c.message!.includes("\n")))).toEqual([]);
      expect(cases.filter((c) => c.ok && c.badCoordinates! > 0)).toEqual([]);
      expect(cases.filter((c) => c.ms > 5_000)).toEqual([]);
      const failed = (how: string) => cases.filter((c) => c.how === how && !c.ok);
      // The targeted damage must be caught, or the test proves nothing.
      expect(failed("truncate-at-block").map((c) => c.code)).toEqual(Array(PER_KIND).fill("osm-truncated"));
      expect(new Set(failed("cut-inside-block").map((c) => c.code))).toEqual(new Set(["osm-truncated"]));
      expect(failed("wrong-compression").length).toBe(PER_KIND);
      expect(cases.filter((c) => c.how === "damaged-block-content").every((c) => c.ok || c.code === "osm-corrupt")).toBe(true);
      expect(failed("gzip-body-flip").length).toBeGreaterThan(PER_KIND / 2);
      expect(failed("bad-xml").length).toBeGreaterThan(PER_KIND / 2);
      expect(failed("not-gzip-of-osm").map((c) => c.code)).toEqual(Array(PER_KIND).fill("osm-not-osm"));
    },
    RUN_TIMEOUT_MS + 10_000,
  );
});
