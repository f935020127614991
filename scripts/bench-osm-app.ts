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
 * Also prints the peak resident memory of the browser's renderer (the page and its workers) and of all its processes,
 * and the largest JavaScript heap sampled in each of the renderer's threads (bench-lib/thread-heaps.ts).
 */
import { mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMapReady } from "../tests/e2e/map-ready";
import { withAppPage } from "./bench-lib/app-page";
import { isCode, printLongestAppTasks, selfTimes, startProfiler } from "./bench-lib/cpu-profile";
import { describeLongTasks, traceMainThread } from "./bench-lib/main-thread-trace";
import { sampleThreadHeaps } from "./bench-lib/thread-heaps";
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

await withAppPage("osm-app", 4421, TIMEOUT_MS, async (page, context) => {
  // The browser is found by its user-data directory, which withAppPage names after the benchmark.
  const memory = sampleChromiumMemory(join(tmpdir(), "shanhai-bench-osm-app-"));
  /** Prints a step as it is reached, with the memory peak so far (a run that never ends still tells how far it got). */
  const progress = (step: string) => {
    const { rendererMb, totalMb } = memory.peak();
    console.error(`  … ${step}; peak so far: renderer ${rendererMb.toFixed(0)} MB, all ${totalMb.toFixed(0)} MB`);
  };
  await page.getByTestId("tab-metrics").click();
  await page.getByTestId("coverage-ratio").waitFor({ timeout: TIMEOUT_MS });
  const before = await page.getByTestId("coverage-ratio").textContent();
  const peakBefore = memory.peak();
  await page.getByTestId("tab-layers").click();

  const heaps = await sampleThreadHeaps(context, page);
  const profiler = await startProfiler(context, page);
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
  const profile = await profiler.stop();
  const tasks = await trace.stop();
  const peak = memory.stop();
  const threadPeaks = await heaps.stop();

  console.log(`${file} (${(statSync(file).size / 1e6).toFixed(1)} MB)`);
  console.log(`  file chosen → mapping step: ${mappingMs.toFixed(0)} ms`);
  console.log(`  confirm → layer rows ${layersMs.toFixed(0)} ms, → map idle ${drawnMs.toFixed(0)} ms, → coverage figure ${figureMs.toFixed(0)} ms`);
  console.log(`  main-thread tasks > 50 ms from the choice of the file to the figure: ${describeLongTasks(tasks)}`);
  console.log(`  app tasks > 100 ms: ${tasks.app.filter((ms) => ms > 100).length}`);
  console.log(
    `  peak resident memory: renderer (page + workers) ${peak.rendererMb.toFixed(0)} MB, all browser processes ${peak.totalMb.toFixed(0)} MB` +
      ` (before the import: ${peakBefore.rendererMb.toFixed(0)} MB, ${peakBefore.totalMb.toFixed(0)} MB)`,
  );
  const threads = [...threadPeaks.entries()].map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`).join(", ");
  console.log(`  largest JavaScript heap sampled per thread (used, garbage included): ${threads}`);
  console.log("  page functions with the most self time (ms):");
  for (const { name, ms } of selfTimes(profile).filter(isCode).slice(0, 15)) console.log(`    ${ms.toFixed(0).padStart(6)}  ${name}`);
  printLongestAppTasks(profile, trace.windows());
});
