/** Small seeded siting instances and their optima by brute force, for the siting tests. */
import { coveredWeight, totalWeight } from "./coverage-state";
import { instanceFromDistances, type SitingInstance } from "./instance";

/** A seeded random instance: demand and candidates on a 2 km square, coverage by a radius. */
export function randomInstance(seed: number, demandCount: number, candidateCount: number, radiusM: number): SitingInstance {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const demand = Array.from({ length: demandCount }, (_, index) => ({
    id: `d${index}`,
    weight: 1 + Math.floor(random() * 100),
    x: random() * 2000,
    y: random() * 2000,
  }));
  const candidates = Array.from({ length: candidateCount }, (_, index) => ({ id: `c${index}`, x: random() * 2000, y: random() * 2000 }));
  const pairs = candidates.flatMap((candidate) =>
    demand.map((unit) => ({ candidateId: candidate.id, demandId: unit.id, distanceM: Math.hypot(candidate.x - unit.x, candidate.y - unit.y) })),
  );
  const existing = demand.filter(() => random() < 0.1).map((unit) => unit.id);
  return instanceFromDistances(
    demand,
    candidates.map((candidate) => candidate.id),
    pairs,
    radiusM,
    existing,
  );
}

function combinations(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let first = 0; first <= n - k; first += 1)
    for (const rest of combinations(n - first - 1, k - 1)) out.push([first, ...rest.map((value) => value + first + 1)]);
  return out;
}

export function bruteForceBest(instance: SitingInstance, count: number): number {
  return Math.max(...combinations(instance.candidateIds.length, count).map((set) => coveredWeight(instance, set)));
}

/** The fewest sites whose best choice reaches `targetRatio` of the total weight, by brute force. */
export function bruteForceFewest(instance: SitingInstance, targetRatio: number): number {
  const target = targetRatio * totalWeight(instance) * (1 - 1e-12);
  for (let count = 0; count <= instance.candidateIds.length; count += 1) if (bruteForceBest(instance, count) >= target) return count;
  return Number.POSITIVE_INFINITY;
}
