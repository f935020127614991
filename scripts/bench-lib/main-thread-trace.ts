/**
 * Chrome-trace helpers shared by the benchmarks: record the page's main thread and sort every task over 50 ms by
 * cause — "readback" (software compositing: GLES2::ReadPixels waiting for SwiftShader to draw the WebGL canvas),
 * "gc" (V8's garbage collection, or Blink's sweeping in a task of its own), "harness" (script the test driver evaluated,
 * or its DevTools messages: polling, profiling, heap samples) or "app" (our JavaScript, MapLibre's, message decoding,
 * layout).
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
  args?: {
    name?: string;
    /** Where a task was posted from (ThreadControllerImpl::RunTask). */
    src_file?: string;
    src_func?: string;
    /** The Mojo interface a "Receive mojo message" event carries. */
    chrome_mojo_event_info?: { mojo_interface_tag?: string; watcher_notify_interface_tag?: string };
  };
}

/** An event's name, with the Mojo interface or the posting code when the trace names it. */
function labelOf(event: TraceEvent): string {
  const mojo = event.args?.chrome_mojo_event_info;
  const tag = mojo?.mojo_interface_tag ?? mojo?.watcher_notify_interface_tag;
  if (tag) return `${event.name} [${tag}]`;
  if (event.args?.src_func) return `${event.name} [${event.args.src_file?.split("/").pop() ?? ""} ${event.args.src_func}]`;
  return event.name;
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
  /** The task itself (with where it was posted from, when the trace says), then its longest events, "name ms". */
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

/**
 * Sorts the renderer main thread's tasks over 50 ms of a Chrome trace by cause, and appends each one's window (when
 * it ran, its CPU time, what ran inside) to `windows`.
 */
export function classifyLongTasks(events: TraceEvent[], windows: LongTaskWindow[]): LongTasks {
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
      inside: [labelOf(task), ...longestInside.map((event) => `${labelOf(event)} ${Math.round((event.dur ?? 0) / 1000)} ms`)],
    });
  }
  return byKind;
}

function kindOf(task: TraceEvent, inside: TraceEvent[]): TaskKind {
  const half = (task.dur ?? 0) / 2;
  const total = (names: (name: string) => boolean) => inside.filter((event) => names(event.name)).reduce((sum, event) => sum + (event.dur ?? 0), 0);
  if (total((name) => name === "GLES2::ReadPixels") >= half) return "readback";
  if (inside.some((event) => event.name === "EvaluateScript") && inside.some((event) => event.name === "Receive mojo message")) return "harness";
  // The benchmark's own DevTools traffic (polling, profiling, heap samples): slow on a page with a large heap.
  const devTools = inside.filter((event) => event.args?.chrome_mojo_event_info?.mojo_interface_tag === "blink.mojom.DevToolsSession");
  if (devTools.reduce((sum, event) => sum + (event.dur ?? 0), 0) >= half) return "harness";
  if (total((name) => GC_EVENTS.has(name)) >= half) return "gc";
  // Blink's garbage collector sweeping in a task of its own.
  if (task.args?.src_file?.endsWith("sweeper.cc")) return "gc";
  return "app";
}

/** "app 3 (max 120 ms), gc 5 (max 80 ms), …" — kinds with no task are left out; "none" when all are empty. */
export function describeLongTasks(tasks: LongTasks): string {
  const parts = TASK_KINDS.filter((kind) => tasks[kind].length > 0).map((kind) => `${kind} ${tasks[kind].length} (max ${Math.max(...tasks[kind])} ms)`);
  return parts.length ? parts.join(", ") : "none";
}
