import { describe, expect, it } from "vitest";
import { INDICATOR_REGISTRY } from "../../domain/indicators/indicator-registry";
import type { Indicator } from "../../domain/indicators/indicator-types";
import type { MetricsReport } from "../../domain/metrics-report";
import { bayMetrics } from "../metrics/bays";
import { evaluateIndicators } from "./evaluate-indicators";
import { readMetric } from "./read-metric";

const PLAN = "beautiful-qingdao-2022-2035" as const;
const greenway: Indicator = {
  id: "greenway-length",
  name: { zh: "绿道里程", en: "Greenway length" },
  unit: "kilometres",
  direction: "at-least",
  theme: "green",
  metric: "greenways.lengthKm",
  targets: [
    { value: 500, year: 2025, planId: PLAN, quote: "甲" },
    { value: 768, year: 2035, planId: PLAN, quote: "乙" },
  ],
};
const pm25: Indicator = { ...greenway, id: "pm25", metric: undefined, direction: "at-most", targets: [greenway.targets[0]!] };

/** A full engine report (the `MetricsReport` shape) must be accepted as the dashboard's input. */
const report: MetricsReport = {
  ruleSet: { id: "qingdao-300-500", name: { zh: "青岛", en: "Qingdao" }, description: "", classes: [] },
  parkCoverage: {
    ratio: 0.9512,
    residentialAreaM2: 100,
    coveredAreaM2: 95.12,
    byClass: [
      { radiusM: 300, minAreaM2: 400, ratio: 0.8, coveredAreaM2: 80 },
      { radiusM: 500, minAreaM2: 10_000, ratio: 1, coveredAreaM2: 100 },
    ],
  },
  greenways: { lengthKm: 612.4, radiusM: 1000, coverageRatio: 0.7, byLevel: [] },
  shoreline: { lengthKm: 700, naturalLengthKm: 240, naturalRatio: 240 / 700 },
};

describe("evaluateIndicators", () => {
  it("gives each target its own status against the same measured value", () => {
    const [row] = evaluateIndicators([greenway], report, { isSchematic: true });
    expect(row?.measured).toBeCloseTo(612.4);
    expect(row?.isSchematic).toBe(true);
    expect(row?.targets.map((target) => target.status)).toEqual(["met", "not-met"]);
    expect(row?.targets[1]?.gap).toBeCloseTo(612.4 - 768);
  });

  it("honours ≤ targets and treats reaching the value exactly as met", () => {
    const atMost: Indicator = { ...greenway, direction: "at-most" };
    const [row] = evaluateIndicators([atMost], { greenways: { lengthKm: 500 } }, { isSchematic: false });
    expect(row?.targets.map((target) => target.status)).toEqual(["met", "met"]);
    const [over] = evaluateIndicators([atMost], { greenways: { lengthKm: 500.01 } }, { isSchematic: false });
    expect(over?.targets.map((target) => target.status)).toEqual(["not-met", "met"]);
  });

  it("says 无数据 with a reason when it cannot measure", () => {
    const [missing, reference] = evaluateIndicators([greenway, pm25], { parks: { count: 3 } }, { isSchematic: true });
    expect(missing?.reason).toBe("layer-missing");
    expect(missing?.isSchematic).toBe(false);
    expect(missing?.targets.every((target) => target.status === "no-data")).toBe(true);
    expect(reference?.reason).toBe("not-computable");
    expect(evaluateIndicators([greenway], null, { isSchematic: false })[0]?.reason).toBe("layer-missing");
  });

  it("reads 300米见绿 only under the rule set that defines it", () => {
    const qingdao = INDICATOR_REGISTRY.qingdao.filter((indicator) => indicator.id.startsWith("green-within"));
    expect(evaluateIndicators(qingdao, report, { isSchematic: false })[0]?.measured).toBeCloseTo(80);
    const other = { ...report, ruleSet: { id: "gb50563-2010" } };
    const [row] = evaluateIndicators(qingdao, other, { isSchematic: false });
    expect(row?.reason).toBe("rule-set-mismatch");
    expect(row?.measured).toBeNull();
  });

  it("checks named bays place by place", () => {
    const bays = INDICATOR_REGISTRY.qingdao.find((indicator) => indicator.id === "beautiful-bays")!;
    const [row] = evaluateIndicators([bays], { bays: { beautifulBayNames: ["灵山湾", "崂山湾"] } }, { isSchematic: true });
    expect(row?.measured).toBe(2);
    expect(row?.targets.map((target) => target.status)).toEqual(["met", "not-met", "not-met", "not-met"]);
    expect(row?.targets[1]?.missingPlaces).toEqual(["西岸前海"]);
    const built = { bays: { beautifulBayNames: ["灵山湾", "崂山湾", "西岸前海湾区"] } };
    expect(evaluateIndicators([bays], built, { isSchematic: false })[0]?.targets[1]?.status).toBe("met");
  });

  it("counts the bays the bay layer reports built, and names the missing attribute when it has no status", () => {
    const bays = INDICATOR_REGISTRY.qingdao.find((indicator) => indicator.id === "beautiful-bays")!;
    const layer = {
      type: "FeatureCollection" as const,
      features: ["胶州湾", "灵山湾", "崂山湾"].map((name, index) => ({
        type: "Feature" as const,
        properties: { name, status: index === 1 ? "built" : "target-2030" },
        geometry: { type: "Point" as const, coordinates: [120 + index, 36] },
      })),
    };
    const [row] = evaluateIndicators([bays], { bays: bayMetrics(layer) }, { isSchematic: true });
    expect(row?.measured).toBe(1);
    expect(row?.reason).toBeUndefined();
    expect(row?.targets.map((target) => target.status)).toEqual(["met", "not-met", "not-met", "not-met"]);
    const withoutStatus = { ...layer, features: layer.features.map((feature) => ({ ...feature, properties: { name: feature.properties.name } })) };
    const [blind] = evaluateIndicators([bays], { bays: bayMetrics(withoutStatus) }, { isSchematic: true });
    expect(blind?.measured).toBeNull();
    expect(blind?.reason).toBe("attribute-missing");
    expect(blind?.targets.every((target) => target.status === "no-data" && target.reason === "attribute-missing")).toBe(true);
  });

  it("marks qualitative targets as 无数据 while still reporting the measured value", () => {
    const yantai = INDICATOR_REGISTRY.yantai.find((indicator) => indicator.id === "park-service-coverage")!;
    const [row] = evaluateIndicators([yantai], report, { isSchematic: false });
    expect(row?.measured).toBeCloseTo(95.12);
    expect(row?.targets[0]).toMatchObject({ status: "no-data", reason: "qualitative" });
  });

  it("evaluates the whole Qingdao registry: 768 km is not met by 612 km, 95 % is met by 95.12 %", () => {
    const rows = evaluateIndicators(INDICATOR_REGISTRY.qingdao, report, { isSchematic: true });
    const byId = new Map(rows.map((row) => [row.indicator.id, row]));
    expect(byId.get("park-service-coverage")?.targets[0]?.status).toBe("met");
    expect(byId.get("greenway-length")?.targets.map((target) => target.status)).toEqual(["met", "met", "not-met"]);
    expect(byId.get("natural-shoreline-share")?.targets[0]?.status).toBe("not-met");
    expect(byId.get("forest-coverage")?.reason).toBe("not-computable");
  });
});

describe("readMetric", () => {
  it("turns ratios into percentages and leaves lengths alone", () => {
    expect(readMetric(report, "shoreline.naturalRatio")).toBeCloseTo(34.2857, 3);
    expect(readMetric(report, "greenways.coverageRatio")).toBeCloseTo(70);
    expect(readMetric(report, "shoreline.lengthKm")).toBe(700);
    expect(readMetric(report, "parks.count")).toBeNull();
  });
});
