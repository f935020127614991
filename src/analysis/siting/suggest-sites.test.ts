import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { coveredWeight, uncoveredCount } from "./coverage-state";
import { instanceFromDistances, UnknownIdError } from "./instance";
import { bruteForceBest, randomInstance } from "./random-instances";
import { loadHighsSolver, type MipSolver } from "./mip-solver";
import { fewestSites, SitingInputError, suggestSites } from "./suggest-sites";

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadHighsSolver();
});

describe("maximal covering", () => {
  it("exact equals brute force, greedy never beats it and its bound holds, on random instances", () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const instance = randomInstance(seed, 40, 9, 450);
      const count = 1 + (seed % 4);
      const optimum = bruteForceBest(instance, count);
      const exact = suggestSites(instance, { count, method: "exact", solver });
      expect(exact.method).toBe("exact");
      expect(exact.coveredWeight).toBeCloseTo(optimum, 6);
      expect(exact.sites).toHaveLength(count);
      const greedy = suggestSites(instance, { count, method: "greedy" });
      expect(greedy.coveredWeight).toBeLessThanOrEqual(optimum + 1e-9);
      expect(greedy.bound).toBeGreaterThanOrEqual(optimum - 1e-9);
      expect(greedy.gapRatio).toBeCloseTo((greedy.bound - greedy.coveredWeight) / greedy.bound, 12);
      const withRelaxation = suggestSites(instance, { count, method: "greedy", solver });
      expect(withRelaxation.bound).toBeGreaterThanOrEqual(optimum - 1e-6);
      expect(withRelaxation.bound).toBeLessThanOrEqual(greedy.bound + 1e-6);
    }
  });

  it("ranks sites by the weight each adds, and the added weights sum to the newly covered weight", () => {
    const instance = randomInstance(7, 60, 12, 400);
    const result = suggestSites(instance, { count: 4, method: "exact", solver });
    const added = result.sites.map((site) => site.addedWeight);
    expect(added).toEqual([...added].sort((a, b) => b - a));
    expect(added.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(result.coveredWeight - coveredWeight(instance, []), 9);
    expect(result.sites.map((site) => site.rank)).toEqual([1, 2, 3, 4]);
  });

  it("reports a gap greater than zero when greedy misses the optimum, and the bound still holds", () => {
    // Greedy takes the middle site (weight 12) first; the optimum is the two outer sites (10 + 10).
    const demand = [
      { id: "a", weight: 10 },
      { id: "b", weight: 10 },
      { id: "m", weight: 1 },
    ];
    const pairs = [
      { candidateId: "left", demandId: "a", distanceM: 0 },
      { candidateId: "right", demandId: "b", distanceM: 0 },
      { candidateId: "mid", demandId: "a", distanceM: 0 },
      { candidateId: "mid", demandId: "m", distanceM: 0 },
      { candidateId: "mid2", demandId: "b", distanceM: 0 },
      { candidateId: "mid2", demandId: "m", distanceM: 0 },
    ];
    const instance = instanceFromDistances(demand, ["left", "right", "mid", "mid2"], pairs, 1);
    const greedyOnly = suggestSites(instance, { count: 1, method: "greedy" });
    expect(greedyOnly.coveredWeight).toBe(11);
    const exact = suggestSites(instance, { count: 2, method: "exact", solver });
    expect(exact.coveredWeight).toBe(21);
    const greedy = suggestSites(instance, { count: 2, method: "greedy" });
    expect(greedy.bound).toBeGreaterThanOrEqual(21);
  });

  it("refuses N larger than the candidates, no candidate in reach, and unknown ids", () => {
    const instance = instanceFromDistances([{ id: "a", weight: 1 }], ["s"], [{ candidateId: "s", demandId: "a", distanceM: 900 }], 300);
    expect(() => suggestSites(instance, { count: 2 })).toThrow(SitingInputError);
    expect(() => suggestSites(instance, { count: 1 })).toThrow(/no candidate is within reach/);
    expect(() => instanceFromDistances([{ id: "a", weight: 1 }], ["s"], [{ candidateId: "s", demandId: "zz", distanceM: 1 }], 300)).toThrow(UnknownIdError);
  });

  it("stops when cancelled", () => {
    const instance = randomInstance(3, 50, 20, 300);
    expect(() => suggestSites(instance, { count: 5, method: "greedy", control: { signal: { aborted: true } } })).toThrow(/cancelled/);
  });
});

describe("set covering (fewest sites to a target ratio)", () => {
  it("exact needs no more sites than greedy and reaches the target; brute force agrees on the count", () => {
    for (let seed = 30; seed < 40; seed += 1) {
      const instance = randomInstance(seed, 40, 8, 500);
      const all = instance.coverage.map((_, candidate) => candidate);
      const reachable = coveredWeight(instance, all) / coveredWeight({ ...instance, alreadyCovered: new Uint8Array(40).fill(1) }, []);
      const targetRatio = Math.min(0.9, reachable);
      const exact = fewestSites(instance, { targetRatio, method: "exact", solver });
      const greedy = fewestSites(instance, { targetRatio, method: "greedy" });
      expect(exact.coveredRatio).toBeGreaterThanOrEqual(targetRatio - 1e-9);
      expect(greedy.coveredRatio).toBeGreaterThanOrEqual(targetRatio - 1e-9);
      expect(exact.sites.length).toBeLessThanOrEqual(greedy.sites.length);
      const smaller = exact.sites.length - 1;
      if (smaller >= 1) expect(bruteForceBest(instance, smaller) / exact.totalWeight).toBeLessThan(targetRatio - 1e-9);
    }
  });
});

describe("PySAL spopt's San Francisco instance (205 tracts, 16 stores, network distances)", () => {
  const fixtures = new URL("../../../tests/fixtures/siting/", import.meta.url);
  const csvRows = (name: string) =>
    readFileSync(new URL(name, fixtures), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","));
  const demand = csvRows("sf-tract-population-2000.csv").map(([id, pop]) => ({ id: id ?? "", weight: Number(pop) }));
  const pairs = csvRows("sf-network-distance-within-5000m.csv").map(([candidateId, demandId, distance]) => ({
    candidateId: candidateId ?? "",
    demandId: demandId ?? "",
    distanceM: Number(distance),
  }));
  const stores = [...new Set(pairs.map((pair) => pair.candidateId))];

  it("reproduces spopt's published MCLP result at 5,000 m with 4 sites: 21 tracts uncovered, 89.756 % covered", () => {
    const instance = instanceFromDistances(demand, stores, pairs, 5000);
    expect(stores).toHaveLength(16);
    const result = suggestSites(instance, { count: 4, method: "exact", solver });
    expect(result.method).toBe("exact");
    expect(result.uncoveredCount).toBe(21);
    expect(((demand.length - result.uncoveredCount) / demand.length) * 100).toBeCloseTo(89.756097561, 9);
    expect(result.gapRatio).toBe(0);
    const greedy = suggestSites(instance, { count: 4, method: "greedy" });
    expect(greedy.coveredWeight).toBeLessThanOrEqual(result.coveredWeight);
    expect(greedy.bound).toBeGreaterThanOrEqual(result.coveredWeight);
    expect(
      uncoveredCount(
        instance,
        result.sites.map((site) => site.index),
      ),
    ).toBe(21);
  });
});
