import { seededRandom } from "../../../src/analysis/synthetic/seeded-random";

/** A seeded pseudo-random generator (mulberry32, Tommy Ettinger 2017): deterministic, 32-bit state. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  range(min: number, max: number): number;
  /** Integer in [min, max]. */
  integer(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** Standard normal via Box–Muller. */
  normal(): number;
}

/** Creates a mulberry32 generator; the same seed always yields the same sequence. */
export function createRandom(seed: number): Random {
  const next = seededRandom(seed);
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    integer: (min, max) => min + Math.floor((max - min + 1) * next()),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/** Derives a stable sub-seed from a base seed and a label, so layers do not share random streams. */
export function deriveSeed(seed: number, label: string): number {
  let hash = seed >>> 0;
  for (const character of label) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}
