/** Running the metrics CLI in a child process, and the check every bad input must pass. */
import { spawnSync } from "node:child_process";
import { expect } from "vitest";

const MAIN = new URL("./main.ts", import.meta.url).pathname;
export const CLI_TIMEOUT_MS = 120_000;
/** C0 controls (ESC, BEL, CR…), DEL and C1 controls: none may reach the terminal from a file. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function cli(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], { encoding: "utf8", timeout: CLI_TIMEOUT_MS });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
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
