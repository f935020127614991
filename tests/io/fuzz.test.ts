/**
 * Seeded fuzzing of every import reader (see fuzz-runner.ts): ~480 mutated or
 * truncated files. Runs in a child process with a hard timeout, so an endless
 * loop fails the test (naming the case) instead of hanging the suite.
 * Requirements checked for every case: no exception escapes, bounded time,
 * well-formed issues, only finite WGS84 coordinates out, and never a silent
 * loss — fewer features than the intact file always comes with an issue, and
 * an empty result with a fatal one.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const RUNNER = fileURLToPath(new URL("./fuzz-runner.ts", import.meta.url));
const SEED = 20240607;
const MUTATIONS_PER_FILE = 25;
const RUN_TIMEOUT_MS = 180_000;
const CASE_LIMIT_MS = 5_000;

interface CaseResult {
  index: number;
  file: string;
  how: string;
  ms: number;
  threw?: string;
  featureCount: number;
  expectedCount: number;
  issueCount: number;
  fatal: boolean;
  badCoordinates: number;
  wellFormedIssues: boolean;
}

function runFuzzer(): Promise<CaseResult[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", RUNNER, String(SEED), String(MUTATIONS_PER_FILE)],
      { timeout: RUN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const lastCase = stderr
            .trim()
            .split("\n")
            .filter((line) => line.startsWith("case "))
            .at(-1);
          reject(new Error(`fuzz runner failed or hung (${error.message.split("\n")[0]}); last case started: ${lastCase}\n${stderr.slice(-2000)}`));
          return;
        }
        resolve(
          stdout
            .trim()
            .split("\n")
            .map((line) => JSON.parse(line) as CaseResult),
        );
      },
    );
  });
}

describe("import readers under fuzzing", () => {
  it(
    `survive ${MUTATIONS_PER_FILE} seeded mutations per fixture (seed ${SEED}) without crash, hang or silent loss`,
    async () => {
      const results = await runFuzzer();
      expect(results.length).toBeGreaterThan(300);
      expect(results.filter((result) => result.threw)).toEqual([]);
      expect(results.filter((result) => result.ms > CASE_LIMIT_MS)).toEqual([]);
      expect(results.filter((result) => !result.wellFormedIssues)).toEqual([]);
      expect(results.filter((result) => result.badCoordinates > 0)).toEqual([]);
      expect(results.filter((result) => result.featureCount < result.expectedCount && result.issueCount === 0)).toEqual([]);
      expect(results.filter((result) => result.featureCount === 0 && !result.fatal)).toEqual([]);
      // The mutations must actually break things, or the test proves nothing.
      expect(results.filter((result) => result.fatal).length).toBeGreaterThan(results.length / 4);
    },
    RUN_TIMEOUT_MS + 10_000,
  );
});
