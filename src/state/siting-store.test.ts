import { describe, expect, it } from "vitest";
import type { SitingReport } from "../worker/siting-client";
import { createSitingStore } from "./siting-store";

const greedyReport: SitingReport = {
  method: "greedy",
  goal: "coverage",
  boundKind: "greedy",
  lpBoundStatus: "computing",
  sites: [{ id: "g1", rank: 1, addedWeight: 900, lon: 120.38, lat: 36.07 }],
  coveredWeight: 9000,
  totalWeight: 10_000,
  coveredRatio: 0.9,
  uncoveredCount: 12,
  bound: 9500,
  gapRatio: 500 / 9500,
  curve: [0.81, 0.9],
  byGroup: [],
};

describe("siting store: the LP-relaxation bound after the sites", () => {
  it("shows the sites with the greedy bound first, then the LP bound and its gap", () => {
    const store = createSitingStore();
    store.getState().started();
    store.getState().finished(greedyReport);
    expect(store.getState()).toMatchObject({ status: "done", report: { boundKind: "greedy", lpBoundStatus: "computing" } });
    store.getState().boundFinished({ bound: 9100, gapRatio: 100 / 9100, boundKind: "lp-relaxation" });
    expect(store.getState().report).toMatchObject({ bound: 9100, gapRatio: 100 / 9100, boundKind: "lp-relaxation", lpBoundStatus: "settled" });
    expect(store.getState().report?.sites).toEqual(greedyReport.sites);
  });

  it("keeps the sites and the greedy bound when the bound is cancelled", () => {
    const store = createSitingStore();
    store.getState().finished(greedyReport);
    store.getState().cancelled();
    expect(store.getState()).toMatchObject({ status: "done", report: { boundKind: "greedy", bound: 9500, lpBoundStatus: "cancelled" } });
    expect(store.getState().selectedRanks).toEqual([1]);
  });
});
