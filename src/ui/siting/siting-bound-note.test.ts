import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SitingState } from "../../state/siting-store";
import { SitingBoundNote } from "./siting-bound-note";

type Report = NonNullable<SitingState["report"]>;

const report = (change: Partial<Report>): Report => ({
  method: "greedy",
  goal: "coverage",
  boundKind: "greedy",
  lpBoundStatus: "settled",
  sites: [
    { id: "g1", rank: 1, addedWeight: 600, lon: 120.38, lat: 36.07 },
    { id: "g2", rank: 2, addedWeight: 300, lon: 120.39, lat: 36.08 },
  ],
  coveredWeight: 9000,
  totalWeight: 10_000,
  coveredRatio: 0.9,
  uncoveredCount: 12,
  bound: 9100,
  gapRatio: (9100 - 9000) / 9100,
  curve: [0.81, 0.87, 0.9],
  byGroup: [],
  ...change,
});
const text = (input: Report) => renderToStaticMarkup(createElement(SitingBoundNote, { report: input })).replace(/<[^>]+>/g, " ");

describe("the siting panel's bound note", () => {
  it("states the LP-relaxation gap as (bound − found) / bound", () => {
    const shown = text(report({ boundKind: "lp-relaxation" }));
    expect(shown).toContain("最优性差距 ≤ 1.10 %（线性松弛上界：任意 2 处至多覆盖 91.00 %）。");
    expect(shown).not.toContain("正在计算");
  });

  it("says which bound it shows while the LP relaxation runs, when it is too large, and when stopped", () => {
    const computing = text(report({ bound: 9500, gapRatio: 500 / 9500, lpBoundStatus: "computing" }));
    expect(computing).toContain("最优性差距 ≤ 5.26 %（贪心子模上界");
    expect(computing).toContain("正在计算线性松弛界");
    expect(renderToStaticMarkup(createElement(SitingBoundNote, { report: report({ lpBoundStatus: "computing" }) }))).toContain(
      'data-testid="siting-bound-cancel"',
    );
    expect(text(report({ lpBoundStatus: "too-large" }))).toContain("实例过大，未计算线性松弛界；所示为贪心界。");
    expect(text(report({ lpBoundStatus: "cancelled" }))).toContain("已停止计算线性松弛界；所示为贪心界。");
  });

  it("gives the fewest-sites lower bound on the number of sites", () => {
    const sites = Array.from({ length: 8 }, (_, index) => ({ id: `g${index}`, rank: index + 1, addedWeight: 100, lon: 120.4, lat: 36.1 }));
    expect(text(report({ goal: "fewest-sites", sites, boundKind: "lp-relaxation", bound: 6, gapRatio: 0.25 }))).toContain(
      "至少需要 6 处（线性松弛下界），最优性差距 ≤ 25.00 %。",
    );
    expect(text(report({ goal: "fewest-sites", method: "exact", boundKind: "optimum", bound: 2, gapRatio: 0 }))).toContain("已证明为达到目标的最少处数。");
  });
});
