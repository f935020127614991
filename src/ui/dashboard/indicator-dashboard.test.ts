import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { evaluateIndicators } from "../../analysis/indicators/evaluate-indicators";
import { INDICATOR_REGISTRY } from "../../domain/indicators/indicator-registry";
import type { MetricsSnapshot } from "../../domain/indicators/metrics-snapshot";
import { districtCoverageOption, greenwayPoints, greenwayTargetsOption, parkTypeRows } from "./chart-options";
import { translate } from "../i18n/translate";
import { formatGap, formatIndicatorValue, formatTarget } from "./format-indicator";
import { IndicatorDashboard } from "./indicator-dashboard";

const metrics: MetricsSnapshot = {
  ruleSet: { id: "qingdao-300-500" },
  parkCoverage: {
    ratio: 0.8,
    byClass: [
      { radiusM: 300, ratio: 0.7 },
      { radiusM: 500, ratio: 0.8 },
    ],
    byDistrict: [
      { name: "市南区", ratio: 0.97, residentialAreaM2: 1, coveredAreaM2: 0.97 },
      { name: "崂山区", ratio: 0.6, residentialAreaM2: 1, coveredAreaM2: 0.6 },
    ],
  },
  parks: {
    count: 120,
    byType: [
      { type: "社区公园", count: 80, areaM2: 400_000 },
      { type: "", count: 40, areaM2: 10_000 },
    ],
  },
  greenways: { lengthKm: 612.4, coverageRatio: 0.5 },
};

const render = (region: "qingdao" | "yantai", isSchematic: boolean, input: MetricsSnapshot | null = metrics) =>
  renderToStaticMarkup(
    createElement(IndicatorDashboard, {
      region,
      metrics: input,
      isSchematic,
      evaluations: evaluateIndicators(INDICATOR_REGISTRY[region], input, { isSchematic }),
    }),
  );

describe("IndicatorDashboard", () => {
  it("shows the 768 km greenway target with its plan title, year and quote", () => {
    const html = render("qingdao", true);
    expect(html).toContain("≥ 768 千米");
    expect(html).toContain("山海城相融，人与自然和谐共生的美丽青岛建设规划纲要（2022-2035年）");
    expect(html).toContain("建成768公里以上的城市绿道");
    expect(html).toContain("2035 年");
    expect(html).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });

  it("labels every status with text, not only colour, and gives the reason for 无数据", () => {
    const html = render("qingdao", false);
    expect(html).toMatch(/status-met[^>]*>.*?达标/);
    expect(html).toMatch(/status-not-met[^>]*>.*?未达标/);
    expect(html).toContain("不能由图层计算");
    expect(html).toContain("612.4 千米");
  });

  it("adds the 示意 note only when the data is schematic", () => {
    expect(render("qingdao", true)).toContain("dashboard-schematic");
    expect(render("qingdao", false)).not.toContain("dashboard-schematic");
  });

  it("says there is nothing measured yet, and renders Yantai's qualitative targets", () => {
    const html = render("yantai", false, null);
    expect(html).toContain("尚无测算结果");
    expect(html).toContain("烟台市中国北方最美生态城市建设行动方案（征求意见稿）");
    expect(html).toContain("定性要求");
  });
});

describe("chart options", () => {
  it("colours districts by the coverage target and draws the target line", () => {
    const option = districtCoverageOption(
      [
        { name: "市南区", percent: 97 },
        { name: "崂山区", percent: 60 },
      ],
      95,
      { coverage: "覆盖率", target: "目标" },
    ) as { series: { data: { itemStyle: { color: string } }[]; markLine: { data: { yAxis: number }[] } }[] };
    const [bars] = option.series;
    expect(bars?.data[0]?.itemStyle.color).not.toBe(bars?.data[1]?.itemStyle.color);
    expect(bars?.markLine.data[0]?.yAxis).toBe(95);
  });

  it("plots every greenway target by plan and the measured length across the plan years", () => {
    const indicator = INDICATOR_REGISTRY.qingdao.find((entry) => entry.id === "greenway-length");
    const points = greenwayPoints(indicator, (planId) => planId);
    expect(points.map((point) => [point.valueKm, point.year])).toEqual([
      [500, 2025],
      [500, null],
      [768, 2035],
    ]);
    const option = greenwayTargetsOption(points, 612.4, { from: 2021, to: 2035 }, { measured: "m", noYear: "n", length: "l" }) as {
      series: { name: string; data: number[][] }[];
    };
    expect(option.series).toHaveLength(4);
    expect(option.series.at(-1)?.data).toEqual([
      [2021, 612.4],
      [2035, 612.4],
    ]);
  });

  it("sorts park types by count and names the untyped ones", () => {
    expect(parkTypeRows(metrics, "未分类").map((row) => [row.type, row.count, row.areaHa])).toEqual([
      ["社区公园", 80, 40],
      ["未分类", 40, 1],
    ]);
  });
});

describe("format-indicator", () => {
  it("formats measured values by unit and keeps the digits a plan states", () => {
    expect(formatIndicatorValue(95.1234, "percent", "", "zh-CN")).toBe("95.1%");
    expect(formatIndicatorValue(1234.56, "count", "个", "zh-CN")).toBe("1,235 个");
    expect(formatTarget(19.35, "at-least", "kilometres", "千米", "zh-CN")).toBe("≥ 19.35 千米");
    expect(formatTarget(30, "at-most", "micrograms-per-cubic-metre", "µg/m³", "en")).toBe("≤ 30 µg/m³");
    expect(formatGap(-155.6, "kilometres", "km", "en", (value) => `${value} pp`)).toBe("−155.6 km");
    expect(formatGap(-3.25, "percent", "%", "en", (value) => translate("en", "unit.percentagePoints", { value }))).toBe("−3.3 pp");
    expect(formatGap(2, "percent", "%", "zh-CN", (value) => translate("zh", "unit.percentagePoints", { value }))).toBe("+2个百分点");
  });
});
