/**
 * Chrome-trace helpers shared by the benchmarks: record the page's main thread and sort every task over 50 ms by
 * cause — "readback" (software compositing: GLES2::ReadPixels waiting for SwiftShader to draw the WebGL canvas),
 * "gc" (V8 garbage collection), "harness" (script the test driver evaluated) or "app" (our JavaScript, MapLibre's,
 * message decoding, layout).
 */
import type { BrowserContext, Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../../tests/e2e/chromium";

/**
 * The two compositor set-ups the benchmarks run in: software compositing (`--disable-gpu`, how the e2e tests
 * run; Chromium reads the WebGL canvas back to the CPU on every frame, so a frame blocks the main thread for as
 * long as SwiftShader takes to draw it) and GPU compositing on SwiftShader (the canvas stays on the — software —
 * GPU, as on a machine with a GPU).
 */
export const COMPOSITOR_MODES = [
  { label: "software compositing (--disable-gpu)", args: CHROMIUM_ARGS },
  { label: "GPU compositing on SwiftShader", args: CHROMIUM_ARGS.filter((flag) => flag !== "--disable-gpu") },
] as const;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export type TaskKind = "readback" | "gc" | "harness" | "app";
export const TASK_KINDS: readonly TaskKind[] = ["app", "gc", "readback", "harness"];
export type LongTasks = Record<TaskKind, number[]>;

const LONG_US = 50_000;
/** Outermost V8 collection events (their V8.GC_* phases nest inside and would count twice). */
const GC_EVENTS = new Set(["MinorGC", "MajorGC"]);

/** One main-thread task over 50 ms: its kind and when it ran, in the trace clock (µs). */
export interface LongTaskWindow {
  kind: TaskKind;
  startUs: number;
  endUs: number;
  /** CPU time the main thread spent in it (the rest is waiting: for the GPU process, or for a core on a busy machine). */
  cpuMs: number;
  /** The longest trace events inside the task, "name ms". */
  inside: string[];
}

/**
 * A recording of the page's main thread; `stop` returns its tasks over 50 ms by kind, in ms, and `windows` (after
 * `stop`) when each of them ran.
 */
export async function traceMainThread(context: BrowserContext, page: Page): Promise<{ stop: () => Promise<LongTasks>; windows: () => LongTaskWindow[] }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,blink,gpu,toplevel,v8", transferMode: "ReportEvents" });
  const windows: LongTaskWindow[] = [];
  return {
    stop: async () => {
      await cdp.send("Tracing.end");
      await complete;
      await cdp.detach();
      return classifyLongTasks(events, windows);
    },
    windows: () => windows,
  };
}

function classifyLongTasks(events: TraceEvent[], windows: LongTaskWindow[]): LongTasks {
  const mainThreads = new Set(
    events.filter((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain").map((event) => `${event.pid}:${event.tid}`),
  );
  const main = events.filter((event) => mainThreads.has(`${event.pid}:${event.tid}`) && event.ph === "X" && event.dur);
  const tasks = main.filter((event) => event.name === "ThreadControllerImpl::RunTask" && (event.dur ?? 0) > LONG_US);
  const byKind: LongTasks = { app: [], gc: [], readback: [], harness: [] };
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = main.filter((event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end);
    const kind = kindOf(task, inside);
    byKind[kind].push(Math.round((task.dur ?? 0) / 1000));
    const longestInside = [...inside].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 6);
    windows.push({
      kind,
      startUs: task.ts,
      endUs: end,
      cpuMs: Math.round((task.tdur ?? 0) / 1000),
      inside: longestInside.map((event) => `${event.name} ${Math.round((event.dur ?? 0) / 1000)} ms`),
    });
  }
  return byKind;
}

function kindOf(task: TraceEvent, inside: TraceEvent[]): TaskKind {
  const half = (task.dur ?? 0) / 2;
  const total = (names: (name: string) => boolean) => inside.filter((event) => names(event.name)).reduce((sum, event) => sum + (event.dur ?? 0), 0);
  if (total((name) => name === "GLES2::ReadPixels") >= half) return "readback";
  if (inside.some((event) => event.name === "EvaluateScript") && inside.some((event) => event.name === "Receive mojo message")) return "harness";
  if (total((name) => GC_EVENTS.has(name)) >= half) return "gc";
  return "app";
}

/** "app 3 (max 120 ms), gc 5 (max 80 ms), …" — kinds with no task are left out; "none" when all are empty. */
export function describeLongTasks(tasks: LongTasks): string {
  const parts = TASK_KINDS.filter((kind) => tasks[kind].length > 0).map((kind) => `${kind} ${tasks[kind].length} (max ${Math.max(...tasks[kind])} ms)`);
  return parts.length ? parts.join(", ") : "none";
}
