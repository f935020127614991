/**
 * Benchmark (not a test): time from navigation to the first rendered frame with all default layers (and to the
 * moment their GeoJSON is loaded too),
 * median of 5 runs in headless Chromium in both compositor set-ups (software compositing as the e2e tests run, and
 * GPU compositing on SwiftShader; see bench-lib/main-thread-trace.ts), plus the gzipped size of the initial JS.
 * On a shared machine the wall times follow the load; the CPU time the page's main thread spent on tasks until the
 * first render (Chromium's TaskDuration counted in thread ticks) and its renderer process's CPU time (main thread and
 * workers) follow only the page's own work, so they compare builds measured under different loads.
 * The page opens in a browser that has finished starting (see BROWSER_WARM_MS below).
 * Run: npm run bench:load — knobs: RUNS=7, MODES=1 (software compositing only), BROWSER_WARM_MS=0 (cold browser).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_PATH } from "../tests/e2e/chromium";
import { isMapReady } from "../tests/e2e/map-ready";
import { COMPOSITOR_MODES } from "./bench-lib/main-thread-trace";

const RUNS = Number(process.env.RUNS ?? 5);
const BROWSER_WARM_MS = Number(process.env.BROWSER_WARM_MS ?? 4000);

execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], { stdio: "inherit" });
const html = readFileSync("dist/index.html", "utf8");
const initialScripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
const initialJsGzipBytes = initialScripts.reduce((sum, path) => sum + gzipSync(readFileSync(join("dist", path))).length, 0);

const server = await preview({ preview: { host: "127.0.0.1", port: 4417, strictPort: false }, logLevel: "warn" });
const url = server.resolvedUrls?.local[0] ?? "";
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const nextFrameAtMs = () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
try {
  for (const mode of COMPOSITOR_MODES.slice(0, Number(process.env.MODES ?? 2))) {
    const timesMs: number[] = [];
    const interactiveMs: number[] = [];
    const mainThreadCpuMs: number[] = [];
    const processCpuMs: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const userDataDir = mkdtempSync(join(tmpdir(), "shanhai-bench-"));
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...mode.args],
        viewport: { width: 1280, height: 800 },
      });
      const page = context.pages()[0] ?? (await context.newPage());
      // Navigate in a browser that has finished starting: a fresh headless Chromium spends its first seconds
      // building its own omnibox WebUI (≈ 2–3 s of CPU on this 2-core machine), which a user's running browser
      // has long done. BROWSER_WARM_MS=0 measures from a cold browser.
      await page.waitForTimeout(BROWSER_WARM_MS);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
      await page.goto(url);
      // The first frame: the start-up paint gate opens only when every default layer is on the map (its tiles
      // loaded); two animation frames later that frame has been painted and handed on.
      await page.waitForFunction(() => window.__shanhai?.firstPaint() === "complete", undefined, { timeout: 120_000, polling: "raf" });
      timesMs.push(await page.evaluate(nextFrameAtMs));
      const { metrics } = await cdp.send("Performance.getMetrics");
      const metricS = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
      mainThreadCpuMs.push(metricS("TaskDuration") * 1000);
      processCpuMs.push(metricS("ProcessTime") * 1000);
      // Interactive: every default layer's GeoJSON is in the store too (inspection, metrics).
      await page.waitForFunction(isMapReady, undefined, { timeout: 120_000, polling: 20 });
      interactiveMs.push(await page.evaluate(nextFrameAtMs));
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
    console.log(
      `${mode.label} — first render with all default layers: median ${seconds(median(timesMs))} s over ${RUNS} runs (runs: ${timesMs.map(seconds).join(", ")} s; target ≤ 2.5 s)`,
    );
    console.log(
      `${mode.label} — CPU until the first render: main thread ${seconds(median(mainThreadCpuMs))} s (runs: ${mainThreadCpuMs.map(seconds).join(", ")} s), renderer process ${seconds(median(processCpuMs))} s (runs: ${processCpuMs.map(seconds).join(", ")} s)`,
    );
    console.log(
      `${mode.label} — interactive (their GeoJSON loaded too): median ${seconds(median(interactiveMs))} s (runs: ${interactiveMs.map(seconds).join(", ")} s)`,
    );
  }
} finally {
  await server.close();
}
console.log(`initial JS: ${(initialJsGzipBytes / 1024).toFixed(1)} KB gzipped in ${initialScripts.length} file(s) (target ≤ 500 KB)`);
