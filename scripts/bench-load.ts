/**
 * Benchmark (not a test): time from navigation to the first rendered frame with all default layers,
 * median of 5 runs in headless Chromium, plus the gzipped size of the initial JS.
 * Run: npm run bench:load
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/chromium";
import { isMapReady } from "../tests/e2e/map-ready";

const RUNS = 5;

execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], { stdio: "inherit" });
const html = readFileSync("dist/index.html", "utf8");
const initialScripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
const initialJsGzipBytes = initialScripts.reduce((sum, path) => sum + gzipSync(readFileSync(join("dist", path))).length, 0);

const server = await preview({ preview: { host: "127.0.0.1", port: 4417, strictPort: false }, logLevel: "warn" });
const url = server.resolvedUrls?.local[0] ?? "";
const timesMs: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const userDataDir = mkdtempSync(join(tmpdir(), "shanhai-bench-"));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(isMapReady, undefined, { timeout: 120_000, polling: 20 });
  timesMs.push(await page.evaluate(() => performance.now()));
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
await server.close();
const sorted = [...timesMs].sort((a, b) => a - b);
const medianMs = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
console.log(`first render with all default layers: median ${(medianMs / 1000).toFixed(2)} s over ${RUNS} runs (runs: ${timesMs.map((time) => (time / 1000).toFixed(2)).join(", ")} s; target ≤ 2.5 s)`);
console.log(`initial JS: ${(initialJsGzipBytes / 1024).toFixed(1)} KB gzipped in ${initialScripts.length} file(s) (target ≤ 600 KB)`);
