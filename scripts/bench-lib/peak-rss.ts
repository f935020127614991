import { existsSync, readFileSync } from "node:fs";

/**
 * This process's peak resident memory in MiB: VmHWM of /proc/self/status on Linux, where getrusage's maxRSS also
 * counts the parent's peak from before the fork (a benchmark's parent may hold a large generated file by then).
 */
export function peakRssMb(): number {
  const kb = existsSync("/proc/self/status") ? /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] : undefined;
  return kb ? Number(kb) / 1024 : process.resourceUsage().maxRSS / 1024;
}
