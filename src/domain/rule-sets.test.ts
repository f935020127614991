import { describe, expect, it, test } from "vitest";
import { listRuleSets, resolveRuleSet, RULE_SET_IDS } from "./rule-sets";

describe("rule sets", () => {
  test("every built-in rule set resolves with ascending classes and a description", () => {
    for (const id of RULE_SET_IDS) {
      const ruleSet = resolveRuleSet(id);
      expect(ruleSet.id).toBe(id);
      expect(ruleSet.description.length).toBeGreaterThan(20);
      const minimums = ruleSet.classes.map((c) => c.minAreaM2);
      expect(minimums).toEqual([...minimums].sort((a, b) => a - b));
    }
  });

  test("unverified standards say so in their description", () => {
    expect(resolveRuleSet("gb50563-2010").description).toContain("UNVERIFIED");
    expect(resolveRuleSet("gbt51346-2019").description).toContain("UNVERIFIED");
  });

  test("custom rule sets are parsed, sorted and canonicalised", () => {
    const custom = resolveRuleSet("custom:10000=500, 400=300");
    expect(custom.id).toBe("custom:400=300,10000=500");
    expect(custom.classes).toEqual([
      { minAreaM2: 400, radiusM: 300 },
      { minAreaM2: 10000, radiusM: 500 },
    ]);
  });

  test("unknown and malformed ids throw one-line errors", () => {
    expect(() => resolveRuleSet("gb-nope")).toThrow(/unknown rule set "gb-nope"/);
    expect(() => resolveRuleSet("custom:400")).toThrow(/malformed custom rule set/);
    expect(() => resolveRuleSet("custom:400=0")).toThrow(/radius must be > 0/);
    expect(() => resolveRuleSet("custom:400=300,400=500")).toThrow(/duplicate/);
  });
});

describe("rule-set descriptions", () => {
  it("describes every rule set in Chinese and English", () => {
    for (const ruleSet of [...listRuleSets(), resolveRuleSet("custom:400=300")]) {
      expect(ruleSet.description.length, ruleSet.id).toBeGreaterThan(10);
      expect(ruleSet.descriptionZh, ruleSet.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("life-circle rule sets", () => {
  it("are walking distances 300/500/1,000 m after GB 50180-2018, named apart from the radius standards", () => {
    const lifeCircle = resolveRuleSet("life-circle-5-10-15");
    expect(lifeCircle.measure).toBe("walking");
    expect(lifeCircle.classes.map((c) => c.radiusM)).toEqual([300, 500, 1000]);
    expect(lifeCircle.description).toContain("GB 50180-2018");
    expect(lifeCircle.name.zh).toContain("步行");
    expect(lifeCircle.name.en).toContain("walking");
    for (const ruleSet of listRuleSets().filter((r) => r.measure === "radius")) {
      expect(ruleSet.name.zh + ruleSet.name.en, ruleSet.id).not.toMatch(/步行|walking|生活圈/i);
    }
  });

  it("documents the walking method with its default accessM 30 m and walkBufferM 50 m", () => {
    const lifeCircle = resolveRuleSet("life-circle-5-10-15");
    expect(lifeCircle.description).toMatch(/accessM \(default 30 m\)/);
    expect(lifeCircle.description).toMatch(/walkBufferM \(default 50 m\)/);
    expect(lifeCircle.descriptionZh).toMatch(/accessM（默认 30 米）/);
    expect(lifeCircle.descriptionZh).toMatch(/walkBufferM（默认 50 米/);
    expect(resolveRuleSet("custom:400=300").measure).toBe("radius");
  });
});
