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
 */
import { fileURLToPath } from "node:url";
import { isMapReady } from "../tests/e2e/map-ready";
import { withAppPage } from "./bench-lib/app-page";
import { isCode, printLongestAppTasks, selfTimes, startProfiler } from "./bench-lib/cpu-profile";
import { describeLongTasks, traceMainThread } from "./bench-lib/main-thread-trace";

const ANDORRA = fileURLToPath(new URL("../../shared/data/osm/andorra-latest_2021-10-28.osm.pbf", import.meta.url));
const file = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? ANDORRA;
const TIMEOUT_MS = 600_000;

await withAppPage("osm-app", 4421, TIMEOUT_MS, async (page, context) => {
  await page.getByTestId("tab-metrics").click();
  await page.getByTestId("coverage-ratio").waitFor({ timeout: TIMEOUT_MS });
  const before = await page.getByTestId("coverage-ratio").textContent();
  await page.getByTestId("tab-layers").click();

  const profiler = await startProfiler(context, page);
  const trace = await traceMainThread(context, page);
  const started = performance.now();
  await page.getByTestId("import-input").setInputFiles(file);
  await page.getByTestId("osm-confirm").waitFor({ timeout: TIMEOUT_MS });
  const mappingMs = performance.now() - started;
  await page.getByTestId("osm-clip").selectOption("extent");
  const confirmed = performance.now();
  await page.getByTestId("osm-confirm").click();
  await page.waitForFunction(() => document.querySelectorAll('[data-layer-id^="user-osm-"]').length >= 3, undefined, { timeout: TIMEOUT_MS, polling: 100 });
  const layersMs = performance.now() - confirmed;
  await page.waitForFunction(isMapReady, undefined, { timeout: TIMEOUT_MS, polling: 250 });
  const drawnMs = performance.now() - confirmed;
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

  console.log(`${file}`);
  console.log(`  file chosen → mapping step: ${mappingMs.toFixed(0)} ms`);
  console.log(`  confirm → layer rows ${layersMs.toFixed(0)} ms, → map idle ${drawnMs.toFixed(0)} ms, → coverage figure ${figureMs.toFixed(0)} ms`);
  console.log(`  main-thread tasks > 50 ms from the choice of the file to the figure: ${describeLongTasks(tasks)}`);
  console.log("  page functions with the most self time (ms):");
  for (const { name, ms } of selfTimes(profile).filter(isCode).slice(0, 15)) console.log(`    ${ms.toFixed(0).padStart(6)}  ${name}`);
  printLongestAppTasks(profile, trace.windows());
});
