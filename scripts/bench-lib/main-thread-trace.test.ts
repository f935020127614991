import { describe, expect, it } from "vitest";
import { classifyLongTasks, type LongTaskWindow } from "./main-thread-trace";

const PID = 1;
const MAIN = 7;
const task = (ts: number, durMs: number, args?: object) => ({
  name: "ThreadControllerImpl::RunTask",
  ph: "X",
  ts,
  dur: durMs * 1000,
  pid: PID,
  tid: MAIN,
  args,
});
const inside = (name: string, ts: number, durMs: number, args?: object) => ({ name, ph: "X", ts, dur: durMs * 1000, pid: PID, tid: MAIN, args });

describe("long main-thread tasks by cause", () => {
  it("counts the driver's DevTools messages as harness and Blink's sweeping as gc, and names where a task came from", () => {
    const events = [
      { name: "thread_name", ph: "M", ts: 0, pid: PID, tid: MAIN, args: { name: "CrRendererMain" } },
      task(0, 400, { src_file: "ipc/ipc_mojo_bootstrap.cc", src_func: "Accept" }),
      inside("Receive mojo message", 1_000, 390, { chrome_mojo_event_info: { mojo_interface_tag: "blink.mojom.DevToolsSession" } }),
      task(1_000_000, 300, { src_file: "third_party/v8/src/heap/cppgc/sweeper.cc", src_func: "Post" }),
      task(2_000_000, 200, { src_file: "dedicated_worker_object_proxy.cc", src_func: "PostMessageToWorkerObject" }),
      inside("HandlePostMessage", 2_000_100, 190),
      task(3_000_000, 120),
      inside("Receive mojo message", 3_000_100, 110, { chrome_mojo_event_info: { mojo_interface_tag: "blink.mojom.WidgetHost" } }),
    ];
    const windows: LongTaskWindow[] = [];
    expect(classifyLongTasks(events, windows)).toEqual({ app: [200, 120], gc: [300], readback: [], harness: [400] });
    expect(windows[0]?.inside).toEqual([
      "ThreadControllerImpl::RunTask [ipc_mojo_bootstrap.cc Accept]",
      "Receive mojo message [blink.mojom.DevToolsSession] 390 ms",
    ]);
    expect(windows[3]?.inside[1]).toBe("Receive mojo message [blink.mojom.WidgetHost] 110 ms");
  });
});
