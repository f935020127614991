import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CJK_FONT_STACK } from "../src/domain/cjk-fonts";

describe("the CJK font stack", () => {
  it("is the page's font family too (CSS cannot import the constant)", () => {
    const css = readFileSync(new URL("../src/ui/styles.css", import.meta.url), "utf8");
    const families = [...css.matchAll(/font-family:\s*([^;]*(?:Noto|PingFang|YaHei)[^;]*);/g)].map((match) => match[1]);
    expect(families.length).toBeGreaterThan(0);
    for (const family of families) expect(family).toBe(CJK_FONT_STACK);
  });
});
