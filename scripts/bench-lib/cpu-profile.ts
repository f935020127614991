/**
 * V8 CPU-profile helpers shared by the app benchmarks: the page's functions by self time, overall or inside one
 * long task, so a long task can be traced to its code.
 */
import type { BrowserContext, Page } from "playwright-core";
import type { LongTaskWindow } from "./main-thread-trace";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Starts the page's V8 CPU profiler (200 µs samples); `stop` returns the profile. Start it before a trace:
 * starting it blocks the page for a while, which is not the app's doing.
 */
export async function startProfiler(context: BrowserContext, page: Page): Promise<{ stop: () => Promise<Profile> }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  return {
    stop: async () => {
      const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
      await cdp.detach();
      return profile;
    },
  };
}

/** Self time per function (name and source position) of the samples within [fromUs, toUs], largest first, in ms. */
export function selfTimes(profile: Profile, fromUs = -Infinity, toUs = Infinity): { name: string; ms: number }[] {
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

/** True for a profile entry that is code (not idle, program or root). */
export const isCode = (entry: { name: string }): boolean => !/^\((idle|program|root)\)/.test(entry.name);

/** Prints the `count` longest app tasks of `windows` with their hottest functions and the trace events inside. */
export function printLongestAppTasks(profile: Profile, windows: LongTaskWindow[], count = 5, indent = "  "): void {
  const longest = windows
    .filter((task) => task.kind === "app")
    .sort((a, b) => b.endUs - b.startUs - (a.endUs - a.startUs))
    .slice(0, count);
  for (const task of longest) {
    const top = selfTimes(profile, task.startUs, task.endUs).filter(isCode).slice(0, 6);
    console.log(
      `${indent}app task of ${((task.endUs - task.startUs) / 1000).toFixed(0)} ms (CPU ${task.cpuMs} ms): ${top.map(({ name, ms }) => `${name} ${ms.toFixed(0)} ms`).join("; ")}`,
    );
    console.log(`${indent}  trace events inside: ${task.inside.join("; ")}`);
  }
}
