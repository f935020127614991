import { beforeAll, describe, expect, it } from "vitest";
import { coveredWeight, totalWeight } from "./coverage-state";
import { loadHighsSolver, type MipSolver } from "./mip-solver";
import { bruteForceBest, bruteForceFewest, randomInstance } from "./random-instances";
import { greedySites } from "./greedy";
import { coverageLpBound, siteBound, siteCountGainBound, siteCountLpBound } from "./siting-bound";
import { fewestSites, suggestSites, withLpBound } from "./suggest-sites";

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadHighsSolver();
});

describe("LP-relaxation bound of maximal covering", () => {
  it("is at least the exact optimum, and the gap shown is (bound − found) / bound", () => {
    const kinds = new Set<string>();
    for (let seed = 101; seed <= 112; seed += 1) {
      const instance = randomInstance(seed, 36, 10, 420);
      const count = 2 + (seed % 3);
      const optimum = bruteForceBest(instance, count);
      const lp = coverageLpBound(instance, count, solver);
      expect(lp).not.toBeNull();
      expect(lp as number).toBeGreaterThanOrEqual(optimum - 1e-6);
      const greedy = suggestSites(instance, { count, method: "greedy" });
      expect(greedy.boundKind).toBe("greedy");
      const bounded = withLpBound(instance, greedy, { count }, solver);
      expect(bounded.sites).toEqual(greedy.sites);
      expect(bounded.bound).toBeGreaterThanOrEqual(optimum - 1e-6);
      expect(bounded.bound).toBeLessThanOrEqual(greedy.bound);
      expect(bounded.gapRatio).toBeCloseTo((bounded.bound - bounded.coveredWeight) / bounded.bound, 12);
      // The gap bounds the distance to the true optimum.
      expect((optimum - bounded.coveredWeight) / optimum).toBeLessThanOrEqual(bounded.gapRatio + 1e-9);
      if (bounded.boundKind === "lp-relaxation") expect(bounded.bound).toBeCloseTo(lp as number, 6);
      kinds.add(bounded.boundKind);
    }
    // On these instances the relaxation is tighter than the submodular bound at least once.
    expect(kinds.has("lp-relaxation")).toBe(true);
  });

  it("leaves a proven optimum as it is", () => {
    const instance = randomInstance(5, 30, 8, 400);
    const exact = suggestSites(instance, { count: 3, method: "exact", solver });
    expect(exact.boundKind).toBe("optimum");
    expect(withLpBound(instance, exact, { count: 3 }, solver)).toBe(exact);
  });

  it("keeps the greedy bound when the solver stops early", () => {
    const instance = randomInstance(6, 30, 8, 400);
    const greedy = suggestSites(instance, { count: 3, method: "greedy" });
    const stopped: MipSolver = () => ({ status: "Time limit reached", objective: 0, values: new Map() });
    expect(withLpBound(instance, greedy, { count: 3 }, stopped)).toEqual(greedy);
  });
});

describe("lower bound on the fewest sites", () => {
  it("neither the LP relaxation (rounded up) nor the single-gain bound exceeds the exact fewest count", () => {
    for (let seed = 201; seed <= 212; seed += 1) {
      const instance = randomInstance(seed, 36, 9, 450);
      const all = instance.coverage.map((_, candidate) => candidate);
      const targetRatio = Math.min(0.92, (coveredWeight(instance, all) / totalWeight(instance)) * 0.98);
      const fewest = bruteForceFewest(instance, targetRatio);
      const lp = siteCountLpBound(instance, targetRatio, solver);
      expect(Number.isInteger(lp)).toBe(true);
      expect(lp as number).toBeLessThanOrEqual(fewest);
      expect(siteCountGainBound(instance, targetRatio)).toBeLessThanOrEqual(fewest);
      const greedy = fewestSites(instance, { targetRatio, method: "greedy" });
      expect(greedy.goal).toBe("fewest-sites");
      expect(greedy.bound).toBeLessThanOrEqual(fewest);
      const bounded = withLpBound(instance, greedy, { targetRatio }, solver);
      expect(bounded.bound).toBeLessThanOrEqual(fewest);
      expect(bounded.bound).toBeGreaterThanOrEqual(greedy.bound);
      expect(bounded.gapRatio).toBeCloseTo((bounded.sites.length - bounded.bound) / bounded.sites.length, 12);
      const exact = fewestSites(instance, { targetRatio, method: "exact", solver });
      expect(exact.sites).toHaveLength(fewest);
      expect(exact).toMatchObject({ bound: fewest, gapRatio: 0, boundKind: "optimum" });
    }
  });

  it("greedy stops at the first site that reaches the target, not after ranking every candidate", () => {
    const instance = randomInstance(301, 60, 40, 350);
    const target =
      0.8 *
      coveredWeight(
        instance,
        instance.coverage.map((_, candidate) => candidate),
      );
    const chosen = greedySites(instance, 40, undefined, target);
    expect(coveredWeight(instance, chosen)).toBeGreaterThanOrEqual(target);
    expect(coveredWeight(instance, chosen.slice(0, -1))).toBeLessThan(target);
    expect(chosen).toEqual(greedySites(instance, 40).slice(0, chosen.length));
  });

  it("clamps a bound to the answer and computes the gap of each goal", () => {
    expect(siteBound("coverage", 90, 100, "lp-relaxation")).toEqual({ bound: 100, gapRatio: 0.1, boundKind: "lp-relaxation" });
    expect(siteBound("coverage", 90, 89.9, "greedy").gapRatio).toBe(0);
    expect(siteBound("fewest-sites", 8, 6, "lp-relaxation")).toEqual({ bound: 6, gapRatio: 0.25, boundKind: "lp-relaxation" });
    expect(siteBound("fewest-sites", 8, 9, "greedy").bound).toBe(8);
  });
});
