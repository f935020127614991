import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { INDICATOR_REGISTRY } from "../../domain/indicators/indicator-registry";
import type { Indicator, PlanId } from "../../domain/indicators/indicator-types";
import { PLANS } from "../../domain/indicators/plans";

/** Reference material lives beside the repository; the repo must pass without it. */
const SHARED = resolve(process.env.SHANHAI_SHARED_DIR ?? join(process.cwd(), "../shared"));
const SEEDS = join(SHARED, "seeds");
const DIGEST = join(SHARED, "domain/plan-indicators.md");
const hasShared = existsSync(SEEDS) && existsSync(DIGEST);
const SKIP_NOTE = `(skipped: reference material not found at ${SHARED})`;

/** Which seed file holds which plan: kept in the test only, never shown in the app. */
const SEED_PREFIX: Record<PlanId, string> = {
  "beautiful-qingdao-2022-2035": "000_",
  "yantai-ecological-city": "001_",
  "qingdao-green-low-carbon-2023-2025": "002_",
  "qingdao-pollution-prevention": "003_",
  "qingdao-new-urbanization-2021-2035": "004_",
};

const seedText = (planId: PlanId): string => {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(SEED_PREFIX[planId]));
  if (!file) throw new Error(`no seed for ${planId}`);
  return readFileSync(join(SEEDS, file), "utf8");
};

const allIndicators = Object.values(INDICATOR_REGISTRY).flat();
type Sourced = { value: number | null; year: number | null; planId: PlanId; quote: string };
const sourcedValues = (indicator: Indicator): Sourced[] => [
  ...indicator.targets,
  ...indicator.targets.flatMap((target) => (target.baseline ? [target.baseline] : [])),
  ...(indicator.references ?? []),
];
const find = (region: "qingdao" | "yantai", id: string): Indicator => {
  const indicator = INDICATOR_REGISTRY[region].find((entry) => entry.id === id);
  if (!indicator) throw new Error(`missing indicator ${region}/${id}`);
  return indicator;
};

describe("indicator registry structure", () => {
  it("has unique kebab-case ids per region, bilingual names and known plans", () => {
    for (const indicators of Object.values(INDICATOR_REGISTRY)) {
      const ids = indicators.map((indicator) => indicator.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const indicator of indicators) {
        expect(indicator.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(indicator.name.zh.length * indicator.name.en.length).toBeGreaterThan(0);
        for (const value of sourcedValues(indicator)) {
          expect(PLANS[value.planId], `${indicator.id}: ${value.planId}`).toBeDefined();
          expect(value.quote).toMatch(/[\u4e00-\u9fff]/);
          if (value.year !== null) expect(value.year).toBeGreaterThanOrEqual(2018);
        }
      }
    }
  });

  it("never shows seed file names", () => {
    const text = JSON.stringify({ INDICATOR_REGISTRY, PLANS });
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}|\.txt\b/);
  });

  it("keeps every conflicting value with its own source", () => {
    const greenways = find("qingdao", "greenway-length").targets.map((target) => [target.value, target.year, target.planId]);
    expect(greenways).toContainEqual([768, 2035, "beautiful-qingdao-2022-2035"]);
    expect(greenways).toContainEqual([500, 2025, "qingdao-green-low-carbon-2023-2025"]);
    expect(greenways).toContainEqual([500, null, "qingdao-new-urbanization-2021-2035"]);
    const shoreline = sourcedValues(find("qingdao", "natural-shoreline-share")).map((value) => [value.value, value.planId]);
    expect(shoreline).toEqual(
      expect.arrayContaining([
        [35, "qingdao-green-low-carbon-2023-2025"],
        [39, "beautiful-qingdao-2022-2035"],
        [40, "qingdao-new-urbanization-2021-2035"],
      ]),
    );
  });

  it("maps the indicators the issue asks to compute to a metric", () => {
    const computable = INDICATOR_REGISTRY.qingdao.filter((indicator) => indicator.metric).map((indicator) => indicator.id);
    for (const id of ["park-service-coverage", "park-area-per-capita", "park-count", "greenway-length"]) expect(computable).toContain(id);
    for (const id of ["greenway-service-coverage", "natural-shoreline-share", "ecological-red-line-area", "beautiful-bays"]) expect(computable).toContain(id);
    expect(find("qingdao", "pm25-concentration").metric).toBeUndefined();
    expect(find("qingdao", "pm25-concentration").direction).toBe("at-most");
  });
});

describe("indicator registry against the plans", () => {
  it.skipIf(!hasShared)(`quotes every value verbatim from the plan it cites ${hasShared ? "" : SKIP_NOTE}`, () => {
    const texts = new Map<PlanId, string>();
    const text = (planId: PlanId) => texts.get(planId) ?? texts.set(planId, seedText(planId)).get(planId)!;
    const misquoted = allIndicators.flatMap((indicator) =>
      sourcedValues(indicator)
        .filter((value) => !text(value.planId).includes(value.quote))
        .map((value) => `${indicator.id}: ${value.quote}`),
    );
    expect(misquoted).toEqual([]);
  });

  it.skipIf(!hasShared)(`uses each plan's own title ${hasShared ? "" : SKIP_NOTE}`, () => {
    for (const plan of Object.values(PLANS)) {
      const core = plan.title.zh.split(/（\d|（征求|（公众/)[0] ?? "";
      expect(core.length).toBeGreaterThan(8);
      expect(seedText(plan.id), plan.id).toContain(core);
    }
  });

  it.skipIf(!hasShared)(`covers the digest's map-computable targets ${hasShared ? "" : SKIP_NOTE}`, () => {
    const digest = readFileSync(DIGEST, "utf8");
    /** Digest row id → registry indicator id; the value must appear in the row's target or baseline cell. */
    const rows: Record<string, string> = {
      P2: "park-service-coverage",
      P3: "park-area-per-capita",
      P3b: "park-area-per-capita",
      P4: "built-up-green-space-ratio",
      P5: "built-up-green-coverage",
      P6: "park-count",
      G1: "greenway-length",
      G2: "greenway-length",
      G3: "greenway-length",
      G4: "greenway-service-coverage",
      C2: "natural-shoreline-share",
      C2b: "natural-shoreline-share",
      C2c: "natural-shoreline-share",
      F1: "forest-coverage",
      A2: "pm25-concentration",
      C5c: "coastal-water-quality",
    };
    for (const [rowId, indicatorId] of Object.entries(rows)) {
      const row = digest.split("\n").find((line) => line.startsWith(`| ${rowId} |`));
      expect(row, rowId).toBeDefined();
      const cells = (row ?? "").split("|").map((cell) => cell.trim());
      const numbers = `${cells[3]} ${cells[5]}`.match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
      const file = cells[6]?.match(/`(\d{3})_/)?.[1];
      const values = sourcedValues(find("qingdao", indicatorId))
        .filter((value) => SEED_PREFIX[value.planId] === `${file}_`)
        .map((value) => value.value);
      expect(
        values.some((value) => numbers.includes(value as number)),
        `${rowId} → ${indicatorId}`,
      ).toBe(true);
    }
  });
});
