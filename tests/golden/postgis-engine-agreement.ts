/**
 * The agreement rule between two metrics JSONs: same keys and counts, ratios ≤ 0.01 pp, areas and lengths (keys
 * ending in M2, Km or Km2) ≤ 0.05 %.
 */
import { expect } from "vitest";

const RATIO_PP = 0.01;
const MEASURE_RELATIVE = 0.0005;

function walk(a: unknown, b: unknown, path: string, failures: string[], ratioPp: Readonly<Record<string, number>>): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) failures.push(`${path}: ${a.length} vs ${b.length} entries`);
    a.forEach((item, i) => walk(item, b[i], `${path}[${i}]`, failures, ratioPp));
    return;
  }
  if (a && typeof a === "object" && b && typeof b === "object") {
    const keysA = Object.keys(a).sort(),
      keysB = Object.keys(b).sort();
    if (keysA.join() !== keysB.join()) failures.push(`${path}: keys ${keysA.join()} vs ${keysB.join()}`);
    for (const key of keysA) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`, failures, ratioPp);
    return;
  }
  if (typeof a === "number" && typeof b === "number") {
    const key = path.slice(path.lastIndexOf(".") + 1);
    if (/ratio$/i.test(key)) {
      if (Math.abs(a - b) * 100 > (ratioPp[path] ?? RATIO_PP)) failures.push(`${path}: ${a} vs ${b} (${(Math.abs(a - b) * 100).toFixed(4)} pp)`);
    } else if (/(M2|Km2?)$/.test(key)) {
      const relative = Math.abs(a - b) / Math.max(Math.abs(a), 1e-9);
      if (relative > MEASURE_RELATIVE && Math.abs(a - b) > 0.01) failures.push(`${path}: ${a} vs ${b} (${(relative * 100).toFixed(4)} %)`);
    } else if (a !== b) failures.push(`${path}: ${a} vs ${b}`);
    return;
  }
  if (a !== b) failures.push(`${path}: ${String(a)} vs ${String(b)}`);
}

/**
 * The differences between `expected` (JS engine) and `actual` (PostGIS engine) beyond the agreement rule;
 * `ratioPp` gives a ratio path (`$.greenways.coverageRatio`) its own bound in percentage points.
 */
export function metricDifferences(expected: unknown, actual: unknown, ratioPp: Readonly<Record<string, number>> = {}): string[] {
  const failures: string[] = [];
  walk(expected, actual, "$", failures, ratioPp);
  return failures;
}

/** Fails the test with every difference beyond the agreement rule. */
export function expectSameMetrics(expected: unknown, actual: unknown, ratioPp: Readonly<Record<string, number>> = {}): void {
  expect(metricDifferences(expected, actual, ratioPp)).toEqual([]);
}
