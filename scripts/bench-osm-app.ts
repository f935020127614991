/**
 * Benchmark (not a test): an OpenStreetMap import in the app as a person makes it — the extract chosen in the file
 * input, the mapping confirmed with the default roles and the file's extent — with the page's main thread
 * recorded from the choice of the file until the layers are drawn and the coverage figure of the new city is
 * shown. Prints every main-thread task over 50 ms by cause (see bench-lib/main-thread-trace.ts), the wall time to
 * the figure, and the page's JavaScript functions with the most self time while it ran (V8 CPU profile), so a
 * long task can be traced to its code.
 *   npm run bench:osm-app                 Andorra (../shared/data/osm)
 *   npm run bench:osm-app -- FILE         any extract the app reads
 *   npm run bench:osm-app -- --no-minify  build unminified, so the profile names the app's functions
 *   npm run bench:osm-app -- --big        the ≈ 100 MB PBF of `bench:osm -- --big` (built once into the temp folder)
 *   npm run bench:osm-app -- --big --copies N   N shifted copies of Andorra instead of 56 (≈ 1.8 MB each)
 * Also prints the peak resident memory of the browser's renderer (the page and its workers) and of all its processes.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/chromium";
import { isMapReady } from "../tests/e2e/map-ready";
import { describeLongTasks, traceMainThread } from "./bench-lib/main-thread-trace";
import { ANDORRA, makeBigFile } from "./bench-osm/big-file";
import { sampleChromiumMemory } from "./bench-osm/process-memory";

const big = process.argv.includes("--big");
const bigDir = join(tmpdir(), "shanhai-bench-osm-big");
if (big) mkdirSync(bigDir, { recursive: true });
const copiesArg = process.argv.indexOf("--copies");
const copies = copiesArg > 0 ? Number(process.argv[copiesArg + 1]) : undefined;
const file = big
  ? await makeBigFile(bigDir, copies)
  : (process.argv.slice(2).find((arg, index, args) => !arg.startsWith("--") && args[index - 1] !== "--copies") ?? ANDORRA);
const TIMEOUT_MS = big ? 3_600_000 : 600_000;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time per function (name and source position) of the samples within [fromUs, toUs], largest first, in ms. */
function selfTimes(profile: Profile, fromUs = -Infinity, toUs = Infinity): { name: string; ms: number }[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let timeUs = profile.startTime;
  for (let index = 0; index < samples.length; index += 1) {
    timeUs += deltas[index] ?? 0;
    const node = byNode.get(samples[index] ?? -1);
    if (!node || timeUs < fromUs || timeUs > toUs) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || "(anonymous)"} ${url.split("/").pop() ?? ""}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
  }
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

const minify = process.argv.includes("--no-minify") ? ["--minify", "false"] : [];
execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn", ...minify], { stdio: "inherit" });
const server = await preview({ preview: { host: "127.0.0.1", port: 4421, strictPort: false }, logLevel: "warn" });
const url = server.resolvedUrls?.local[0] ?? "";
const userDataDir = mkdtempSync(join(tmpdir(), "shanhai-bench-osm-app-"));
try {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const memory = sampleChromiumMemory(userDataDir);
  /** Prints a step as it is reached, with the memory peak so far (a run that never ends still tells how far it got). */
  const progress = (step: string) => {
    const { rendererMb, totalMb } = memory.peak();
    console.error(`  … ${step}; peak so far: renderer ${rendererMb.toFixed(0)} MB, all ${totalMb.toFixed(0)} MB`);
  };
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(isMapReady, undefined, { timeout: TIMEOUT_MS });
  await page.getByTestId("tab-metrics").click();
  await page.getByTestId("coverage-ratio").waitFor({ timeout: TIMEOUT_MS });
  const before = await page.getByTestId("coverage-ratio").textContent();
  const peakBefore = memory.peak();
  await page.getByTestId("tab-layers").click();

  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: big ? 2_000 : 200 });
  // The profiler starts before the trace: starting it blocks the page for a while, which is not the app's doing.
  await cdp.send("Profiler.start");
  const trace = await traceMainThread(context, page);
  const started = performance.now();
  await page.getByTestId("import-input").setInputFiles(file);
  await page.getByTestId("osm-confirm").waitFor({ timeout: TIMEOUT_MS });
  const mappingMs = performance.now() - started;
  progress(`mapping step after ${mappingMs.toFixed(0)} ms`);
  await page.getByTestId("osm-clip").selectOption("extent");
  const confirmed = performance.now();
  await page.getByTestId("osm-confirm").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-layer-id^="user-osm-"]').length >= 3, undefined, { timeout: TIMEOUT_MS, polling: 100 });
  const layersMs = performance.now() - confirmed;
  progress(`layer rows ${layersMs.toFixed(0)} ms after the confirmation`);
  await page.waitForFunction(isMapReady, undefined, { timeout: TIMEOUT_MS, polling: 250 });
  const drawnMs = performance.now() - confirmed;
  progress(`map idle ${drawnMs.toFixed(0)} ms after the confirmation`);
  await page.getByTestId("tab-metrics").click();
  await page.waitForFunction(
    (old) => {
      const text = document.querySelector("[data-testid=coverage-ratio]")?.textContent;
      return Boolean(text) && text !== old;
    },
    before,
    { timeout: TIMEOUT_MS, polling: 250 },
  );
  const figureMs = performance.now() - confirmed;
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  const tasks = await trace.stop();
  const peak = memory.stop();
  await context.close();

  console.log(`${file} (${(statSync(file).size / 1e6).toFixed(1)} MB)`);
  console.log(`  file chosen → mapping step: ${mappingMs.toFixed(0)} ms`);
  console.log(`  confirm → layer rows ${layersMs.toFixed(0)} ms, → map idle ${drawnMs.toFixed(0)} ms, → coverage figure ${figureMs.toFixed(0)} ms`);
  console.log(`  main-thread tasks > 50 ms from the choice of the file to the figure: ${describeLongTasks(tasks)}`);
  console.log(`  app tasks > 100 ms: ${tasks.app.filter((ms) => ms > 100).length}`);
  console.log(
    `  peak resident memory: renderer (page + workers) ${peak.rendererMb.toFixed(0)} MB, all browser processes ${peak.totalMb.toFixed(0)} MB` +
      ` (before the import: ${peakBefore.rendererMb.toFixed(0)} MB, ${peakBefore.totalMb.toFixed(0)} MB)`,
  );
  console.log("  page functions with the most self time (ms):");
  const isCode = (entry: { name: string }) => !/^\((idle|program|root)\)/.test(entry.name);
  for (const { name, ms } of selfTimes(profile).filter(isCode).slice(0, 15)) console.log(`    ${ms.toFixed(0).padStart(6)}  ${name}`);
  const longest = trace
    .windows()
    .filter((task) => task.kind === "app")
    .sort((a, b) => b.endUs - b.startUs - (a.endUs - a.startUs))
    .slice(0, 5);
  for (const task of longest) {
    const top = selfTimes(profile, task.startUs, task.endUs).filter(isCode).slice(0, 4);
    console.log(`  app task of ${((task.endUs - task.startUs) / 1000).toFixed(0)} ms: ${top.map(({ name, ms }) => `${name} ${ms.toFixed(0)} ms`).join("; ")}`);
    console.log(`    trace events inside: ${task.inside.join("; ")}`);
  }
} finally {
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
