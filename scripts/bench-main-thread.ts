/**
 * Benchmark (not a test): main-thread blocking while the coverage engine re-runs (issue: "the main thread never
 * blocks for more than 50 ms"). Opens the metrics panel on the shipped dataset, switches the rule set three times
 * and records every main-thread task over 50 ms with a Chrome trace, in two compositor set-ups:
 *   - software compositing (`--disable-gpu`, how the e2e tests run): Chromium reads the WebGL canvas back to
 *     the CPU on every frame commit, so a frame blocks the main thread for as long as SwiftShader takes to draw it;
 *   - GPU compositing on SwiftShader (no `--disable-gpu`): the canvas stays on the (software) GPU, as on a real
 *     machine with a GPU.
 * Each long task is attributed: "readback" (mostly GLES2::ReadPixels waiting for the GPU process), "harness"
 * (script evaluated by the test driver) or "app" (our JavaScript, MapLibre's, parsing, layout, GC).
 * Run: npm run bench:main-thread
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/chromium";
import { isMapReady } from "../tests/e2e/map-ready";

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}
type Kind = "readback" | "harness" | "app";

const MODES = [
  { label: "software compositing (--disable-gpu)", args: CHROMIUM_ARGS },
  { label: "GPU compositing on SwiftShader", args: CHROMIUM_ARGS.filter((flag) => flag !== "--disable-gpu") },
];
const RULE_SETS = ["who-2016", "gb50563-2010", "qingdao-300-500"];
const LONG_US = 50_000;

execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], { stdio: "inherit" });
const server = await preview({ preview: { host: "127.0.0.1", port: 4419, strictPort: false }, logLevel: "warn" });
const url = server.resolvedUrls?.local[0] ?? "";

async function switchRuleSets(page: Page): Promise<void> {
  for (const ruleSetId of RULE_SETS) {
    await page.getByTestId("rule-set").selectOption(ruleSetId);
    await page.waitForFunction((id) => document.querySelector("[data-testid=coverage-rule]")?.textContent?.includes(id), ruleSetId, { timeout: 120_000, polling: 250 });
    await page.waitForFunction(isMapReady, undefined, { timeout: 120_000, polling: 250 });
    await page.waitForTimeout(500);
  }
}

function classify(task: TraceEvent, inside: TraceEvent[]): Kind {
  const readbackUs = inside.filter((event) => event.name === "GLES2::ReadPixels").reduce((sum, event) => sum + (event.dur ?? 0), 0);
  if (readbackUs >= (task.dur ?? 0) / 2) return "readback";
  if (inside.some((event) => event.name === "EvaluateScript") && inside.some((event) => event.name === "Receive mojo message")) return "harness";
  return "app";
}

for (const mode of MODES) {
  const userDataDir = mkdtempSync(join(tmpdir(), "shanhai-bench-"));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args: mode.args, viewport: { width: 1280, height: 800 } });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByTestId("tab-metrics").click();
  await page.getByTestId("coverage-ratio").waitFor({ timeout: 120_000 });
  await page.waitForFunction(isMapReady, undefined, { timeout: 120_000 });
  await page.waitForTimeout(2000);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,blink,gpu,toplevel", transferMode: "ReportEvents" });
  await switchRuleSets(page);
  await cdp.send("Tracing.end");
  await complete;
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });

  const mainThreads = new Set(events.filter((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain").map((event) => `${event.pid}:${event.tid}`));
  const main = events.filter((event) => mainThreads.has(`${event.pid}:${event.tid}`) && event.ph === "X" && event.dur);
  const tasks = main.filter((event) => event.name === "ThreadControllerImpl::RunTask" && (event.dur ?? 0) > LONG_US);
  const byKind: Record<Kind, number[]> = { readback: [], harness: [], app: [] };
  for (const task of tasks) {
    const inside = main.filter((event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= task.ts + (task.dur ?? 0));
    byKind[classify(task, inside)].push(Math.round((task.dur ?? 0) / 1000));
  }
  const describe = (values: number[]) => (values.length ? `${values.length} (max ${Math.max(...values)} ms)` : "0");
  console.log(`${mode.label}: tasks > 50 ms during ${RULE_SETS.length} rule-set changes — app ${describe(byKind.app)}, frame readback ${describe(byKind.readback)}, test driver ${describe(byKind.harness)}`);
}
await server.close();
