/**
 * Benchmark (not a test): the walking-network figures in the app as a planner gets them on the shipped Qingdao
 * dataset (its schematic walking network is read whenever the region has one) — the metrics tab opened, the radius
 * figure, then the 步行 figure from the walking worker; then the layer panel's 步行可达 switch turned on and the
 * walking view drawn. The page's main thread is recorded in two phases (metrics tab → 步行 figure, switch → view
 * drawn); each prints its tasks over 50 ms by cause (see bench-lib/main-thread-trace.ts), and the longest app tasks
 * with the page functions that took most self time inside them (V8 CPU profile).
 *   npm run bench:walking-app                 minified build
 *   npm run bench:walking-app -- --no-minify  unminified, so the profile names the app's functions
 */
import type { BrowserContext, Page } from "playwright-core";
import { isMapReady } from "../tests/e2e/map-ready";
import { withAppPage } from "./bench-lib/app-page";
import { isCode, printLongestAppTasks, selfTimes, startProfiler } from "./bench-lib/cpu-profile";
import { describeLongTasks, traceMainThread } from "./bench-lib/main-thread-trace";

const TIMEOUT_MS = 600_000;

/** Records the page's main thread and CPU profile while `act` runs; prints what it found under `label`. */
async function recordPhase(context: BrowserContext, page: Page, label: string, act: () => Promise<void>): Promise<void> {
  const profiler = await startProfiler(context, page);
  const trace = await traceMainThread(context, page);
  const started = performance.now();
  await act();
  const wallMs = performance.now() - started;
  const profile = await profiler.stop();
  const tasks = await trace.stop();
  console.log(`${label}: ${(wallMs / 1000).toFixed(1)} s; main-thread tasks > 50 ms: ${describeLongTasks(tasks)}`);
  console.log("  page functions with the most self time (ms):");
  for (const { name, ms } of selfTimes(profile).filter(isCode).slice(0, 10)) console.log(`    ${ms.toFixed(0).padStart(6)}  ${name}`);
  const windows = trace.windows().sort((a, b) => a.startUs - b.startUs);
  const firstUs = windows[0]?.startUs ?? 0;
  console.log(
    `  timeline (wall/CPU ms): ${windows.map((task) => `+${((task.startUs - firstUs) / 1e6).toFixed(1)}s ${task.kind} ${((task.endUs - task.startUs) / 1000).toFixed(0)}/${task.cpuMs}`).join(", ")}`,
  );
  printLongestAppTasks(profile, windows);
}

await withAppPage("walking-app", 4423, TIMEOUT_MS, async (page, context) => {
  await page.waitForTimeout(2000);
  await recordPhase(context, page, "metrics tab → 步行 figure", async () => {
    await page.getByTestId("tab-metrics").click();
    await page.getByTestId("coverage-ratio").waitFor({ timeout: TIMEOUT_MS });
    await page.getByTestId("coverage-walking-ratio").waitFor({ timeout: TIMEOUT_MS });
    await page.waitForTimeout(2000);
  });
  await page.getByTestId("tab-layers").click();
  await page.waitForFunction(isMapReady, undefined, { timeout: TIMEOUT_MS, polling: 250 });
  await page.waitForTimeout(1000);
  await recordPhase(context, page, "步行可达 switch → walking view drawn", async () => {
    await page.getByTestId("toggle-walking").click();
    // The map loads the view's tiles once the worker has made it (no queries meanwhile: they are long tasks too).
    await page.waitForFunction(() => !window.__shanhai?.isIdle(), undefined, { timeout: TIMEOUT_MS, polling: "raf" });
    await page.waitForFunction(isMapReady, undefined, { timeout: TIMEOUT_MS, polling: 250 });
    await page.waitForTimeout(2000);
  });
  const drawn = await page.evaluate(() => window.__shanhai?.walking().serviceAreas ?? 0);
  console.log(`walking service-area polygons rendered in the viewport: ${drawn}`);
  if (drawn === 0) process.exitCode = 1;
});
