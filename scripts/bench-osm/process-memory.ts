/**
 * Peak resident memory of a Chromium run, sampled from /proc (Linux): the browser is found by its user-data
 * directory on its command line, its processes are it and all its descendants, each named by its `--type=` flag
 * (the renderer holds the page and its dedicated workers).
 */
import { readdirSync, readFileSync } from "node:fs";

interface ProcessInfo {
  pid: number;
  ppid: number;
  rssMb: number;
  type: string;
}

function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, "utf8");
      found.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        rssMb: rssKb / 1024,
        type: /--type=([\w-]+)/.exec(cmdline)?.[1] ?? cmdline.split("\0")[0] ?? "",
      });
    } catch {
      // the process ended while it was read
    }
  }
  return found;
}

function rootPids(userDataDir: string): number[] {
  const roots: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, "utf8").includes(userDataDir)) roots.push(Number(name));
    } catch {
      // ended
    }
  }
  return roots;
}

interface PeakMemory {
  rendererMb: number;
  totalMb: number;
}

/**
 * Samples every `intervalMs`: `peak` returns the peak so far of the renderers' sum and of all processes' sum, in
 * MB; `stop` ends the sampling and returns the peak.
 */
export function sampleChromiumMemory(userDataDir: string, intervalMs = 250): { peak: () => PeakMemory; stop: () => PeakMemory } {
  let rendererMb = 0;
  let totalMb = 0;
  const sample = () => {
    const all = processes();
    const tree = new Set(rootPids(userDataDir));
    for (let grown = true; grown; ) {
      grown = false;
      for (const info of all) {
        if (tree.has(info.pid) || !tree.has(info.ppid)) continue;
        tree.add(info.pid);
        grown = true;
      }
    }
    const mine = all.filter((info) => tree.has(info.pid));
    rendererMb = Math.max(
      rendererMb,
      mine.filter((info) => info.type === "renderer").reduce((sum, info) => sum + info.rssMb, 0),
    );
    totalMb = Math.max(
      totalMb,
      mine.reduce((sum, info) => sum + info.rssMb, 0),
    );
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    peak: () => ({ rendererMb, totalMb }),
    stop: () => {
      clearInterval(timer);
      sample();
      return { rendererMb, totalMb };
    },
  };
}
