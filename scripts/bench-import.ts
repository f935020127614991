/**
 * Benchmark (not a test): importing a ≈ 200 MB GeoJSON of ≈ 200k parcels in headless Chromium (issue: "a 200 MB
 * GeoJSON (≈ 200k parcels) imports without freezing the page"). Writes the file to a temp dir from the shipped
 * residential parcels (ten shifted copies, each with a ≈ 700-byte note), imports it through the file input,
 * adds it as residential land, and reports the parse time, the main-thread tasks over 50 ms (Chrome trace, sorted by
 * cause: app / gc / frame readback, see bench-lib/main-thread-trace.ts) while reading, after "add" and after a
 * reload, whether IndexedDB kept the layer and its feature count after the reload — in both compositor set-ups.
 * Run: npm run bench:import
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FeatureCollection, Geometry, Position } from "geojson";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_PATH } from "../tests/e2e/chromium";
import { isMapReady } from "../tests/e2e/map-ready";
import { COMPOSITOR_MODES, describeLongTasks, traceMainThread } from "./bench-lib/main-thread-trace";

const COPIES = 10;
const NOTE = "示意地块备注".repeat(40);

async function writeBigFile(path: string): Promise<number> {
  const source = JSON.parse(readFileSync("layers/residential-land/data.geojson", "utf8")) as FeatureCollection;
  const out = createWriteStream(path);
  out.write('{"type":"FeatureCollection","features":[\n');
  let count = 0;
  for (let copy = 0; copy < COPIES; copy++) {
    type Nested = Position | Nested[];
    const shift = (coordinates: Nested): Nested =>
      typeof coordinates[0] === "number"
        ? (coordinates as Position).map((value, axis) => (axis === 0 ? value + copy * 1e-4 : value))
        : (coordinates as Nested[]).map(shift);
    for (const feature of source.features) {
      const geometry = {
        ...feature.geometry,
        coordinates: shift((feature.geometry as Exclude<Geometry, { type: "GeometryCollection" }>).coordinates as Nested),
      };
      if (!out.write(`${count ? ",\n" : ""}${JSON.stringify({ type: "Feature", properties: { ...feature.properties, copy, note: NOTE }, geometry })}`)) {
        await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      }
      count++;
    }
  }
  await new Promise<void>((resolve) => out.end("\n]}\n", () => resolve()));
  return count;
}

const SETTLE_MS = 10_000;
const LAYER_ID = "user-residential-land";
const dir = mkdtempSync(join(tmpdir(), "shanhai-bench-import-"));
const file = join(dir, "parcels-200mb.geojson");
const featureCount = await writeBigFile(file);
console.log(`file: ${(statSync(file).size / 1e6).toFixed(0)} MB, ${featureCount} features`);
execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], { stdio: "inherit" });
const server = await preview({ preview: { host: "127.0.0.1", port: 4421, strictPort: false }, logLevel: "warn" });
const url = server.resolvedUrls?.local[0] ?? "";
try {
  for (const mode of COMPOSITOR_MODES) {
    console.log(`— ${mode.label}`);
    const profile = join(dir, `profile-${COMPOSITOR_MODES.indexOf(mode)}`);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...mode.args],
      viewport: { width: 1280, height: 800 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url);
      await page.waitForFunction(isMapReady, undefined, { timeout: 120_000 });
      // Baseline: what a reload of the app costs the main thread with no imported layer.
      let trace = await traceMainThread(context, page);
      await page.reload();
      await page.waitForFunction(isMapReady, undefined, { timeout: 120_000, polling: 500 });
      console.log(`  baseline reload without the import: tasks > 50 ms: ${describeLongTasks(await trace.stop())}`);
      trace = await traceMainThread(context, page);
      const started = Date.now();
      await page.getByTestId("import-input").setInputFiles(file);
      await page.getByTestId("import-review").waitFor({ timeout: 600_000 });
      const readS = (Date.now() - started) / 1000;
      console.log(
        `  read (parse + validation in the import worker, then the features handed over in slices): ${readS.toFixed(1)} s; tasks > 50 ms: ${describeLongTasks(await trace.stop())}`,
      );
      await page.getByTestId("import-role").selectOption("residential-land");
      trace = await traceMainThread(context, page);
      const added = Date.now();
      await page.getByTestId("import-add").click();
      await page.waitForFunction(isMapReady, undefined, { timeout: 600_000, polling: 500 });
      const drawnS = (Date.now() - added) / 1000;
      await page.waitForTimeout(SETTLE_MS);
      console.log(
        `  add → drawn on the map: ${drawnS.toFixed(1)} s (source: ${await page.evaluate((id) => window.__shanhai?.layerSourceType(id), LAYER_ID)}); tasks > 50 ms until ${SETTLE_MS / 1000} s later (map, metrics, IndexedDB): ${describeLongTasks(await trace.stop())}`,
      );
      const storageError = await page.getByTestId("storage-error").count();
      console.log(`  saved to IndexedDB: ${storageError === 0 ? "yes" : `no — ${await page.getByTestId("storage-error").textContent()}`}`);
      trace = await traceMainThread(context, page);
      const reloaded = Date.now();
      await page.reload();
      await page.locator(`[data-layer-id="${LAYER_ID}"] .layer-meta-line`).waitFor({ timeout: 600_000 });
      await page.waitForFunction(isMapReady, undefined, { timeout: 600_000, polling: 500 });
      const restoredS = (Date.now() - reloaded) / 1000;
      console.log(
        `  after a reload: ${await page.locator(`[data-layer-id="${LAYER_ID}"] .layer-meta-line`).textContent()}, drawn in ${restoredS.toFixed(1)} s; tasks > 50 ms: ${describeLongTasks(await trace.stop())}`,
      );
    } finally {
      await context.close();
    }
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
