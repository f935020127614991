/**
 * Benchmark (not a test): main-thread blocking while the coverage engine re-runs (issue: "the main thread never
 * blocks for more than 50 ms"). Opens the metrics panel on the shipped dataset, switches the rule set three times
 * and records every main-thread task over 50 ms with a Chrome trace, in both compositor set-ups (software
 * compositing as the e2e tests run, and GPU compositing on SwiftShader; see bench-lib/main-thread-trace.ts).
 * Each long task is attributed (bench-lib/main-thread-trace.ts): "readback" (mostly GLES2::ReadPixels waiting for
 * the GPU process), "gc", "harness" (the test driver's scripts and DevTools messages) or "app" (our JavaScript, MapLibre's,
 * message decoding, layout); the longest app tasks are printed with the page functions of most self time in them
 * (V8 CPU profile).
 * Run: npm run bench:main-thread
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_PATH } from "../tests/e2e/chromium";
import { isMapReady } from "../tests/e2e/map-ready";
import { printLongestAppTasks, startProfiler } from "./bench-lib/cpu-profile";
import { COMPOSITOR_MODES, describeLongTasks, traceMainThread } from "./bench-lib/main-thread-trace";

const RULE_SETS = ["who-2016", "gb50563-2010", "qingdao-300-500"];

execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], { stdio: "inherit" });
const server = await preview({ preview: { host: "127.0.0.1", port: 4419, strictPort: false }, logLevel: "warn" });
const url = server.resolvedUrls?.local[0] ?? "";

async function switchRuleSets(page: Page): Promise<void> {
  for (const ruleSetId of RULE_SETS) {
    await page.getByTestId("rule-set").selectOption(ruleSetId);
    await page.waitForFunction((id) => document.querySelector("[data-testid=coverage-rule]")?.textContent?.includes(id), ruleSetId, {
      timeout: 120_000,
      polling: 250,
    });
    await page.waitForFunction(isMapReady, undefined, { timeout: 120_000, polling: 250 });
    await page.waitForTimeout(500);
  }
}

for (const mode of COMPOSITOR_MODES) {
  const userDataDir = mkdtempSync(join(tmpdir(), "shanhai-bench-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: mode.args,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByTestId("tab-metrics").click();
  await page.getByTestId("coverage-ratio").waitFor({ timeout: 120_000 });
  await page.waitForFunction(isMapReady, undefined, { timeout: 120_000 });
  await page.waitForTimeout(2000);
  const profiler = await startProfiler(context, page);
  const trace = await traceMainThread(context, page);
  await switchRuleSets(page);
  const tasks = await trace.stop();
  const profile = await profiler.stop();
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
  console.log(`${mode.label}: tasks > 50 ms during ${RULE_SETS.length} rule-set changes — ${describeLongTasks(tasks)}`);
  printLongestAppTasks(profile, trace.windows());
}
await server.close();
