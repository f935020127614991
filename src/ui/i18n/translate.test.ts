import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { en } from "./en";
import { translate } from "./translate";
import { zh } from "./zh";

it("has an English string for every Chinese key and no extra keys", () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  expect(Object.values(en).every((text) => text.trim().length > 0)).toBe(true);
});

it("fills placeholders", () => {
  expect(translate("zh", "layer.features", { count: 12 })).toBe("12 个要素");
  expect(translate("en", "layer.toggle", { title: "Parks" })).toBe("Show/hide Parks");
});

it("every key used in the UI exists in the tables", () => {
  const files = (directory: string): string[] =>
    readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith(".tsx") ? [path] : [];
    });
  const used = files("src").flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\bt\(\s*"([\w.-]+)"/g)].map((match) => match[1] as string),
  );
  expect(used.length).toBeGreaterThan(10);
  expect(used.filter((key) => !(key in zh))).toEqual([]);
});

it("translates every import issue code", async () => {
  const { IMPORT_ISSUE_CODES } = await import("../../io/import-types");
  const missing = IMPORT_ISSUE_CODES.filter((code) => !(`issue.${code}` in zh) || !(`issue.${code}` in en));
  expect(IMPORT_ISSUE_CODES.length).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});
