/**
 * Running the CLI as users do — the plain JavaScript that `npm run build:cli` makes, in a child process — and
 * the check every bad input must pass. Each test file builds its own copy into a temporary folder, so a test
 * never runs a stale or shared build.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { buildCli } from "../scripts/build-cli";

/** The built entry script (`shanhai.js`) of this test file's copy of the CLI. */
const CLI_ENTRY = await buildCli(join(mkdtempSync(join(tmpdir(), "shanhai-cli-build-")), "dist-cli"));
export const CLI_TIMEOUT_MS = 120_000;
/** C0 controls (ESC, BEL, CR…), DEL and C1 controls: none may reach the terminal from a file. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function cli(args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [CLI_ENTRY, ...args], { encoding: "utf8", timeout: CLI_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, ...options });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Exit code 2, nothing on stdout, one line on stderr matching `message`, no stack and no raw control character. */
export function expectOneLineExit2(result: ReturnType<typeof cli>, message: RegExp): void {
  expect(result.stderr).toMatch(message);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).not.toMatch(/internal failure|\bat .*\.[jt]s:\d+/);
  expect(result.stderr).not.toMatch(RAW_CONTROL);
}
