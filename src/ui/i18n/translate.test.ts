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

it("picks the English plural by the count", () => {
  expect(translate("en", "metrics.parkCount", { count: 1, counted: 1 })).toBe("1 park (1 counted)");
  expect(translate("en", "metrics.parkCount", { count: 2, counted: 2 })).toBe("2 parks (2 counted)");
  expect(translate("en", "layer.features", { count: 1 })).toBe("1 feature");
  expect(translate("zh", "layer.features", { count: 1 })).toBe("1 个要素");
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
  const used = files("src").flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bt\(\s*"([\w.-]+)"/g)].map((match) => match[1] as string));
  expect(used.length).toBeGreaterThan(10);
  expect(used.filter((key) => !(key in zh))).toEqual([]);
});

it("translates every import issue code", async () => {
  const { IMPORT_ISSUE_CODES } = await import("../../io/import-types");
  const missing = IMPORT_ISSUE_CODES.filter((code) => !(`issue.${code}` in zh) || !(`issue.${code}` in en));
  expect(IMPORT_ISSUE_CODES.length).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});

/** CJK ideographs and the full-width punctuation Chinese text uses (，。：；、（）《》“” excluded: “” are English too). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
/** English strings that name something in Chinese on purpose: the switch back to Chinese. */
const DELIBERATE_CHINESE = new Set(["language.switch"]);

it("no English string holds Chinese characters or full-width punctuation", () => {
  const offending = Object.entries(en).filter(([key, text]) => !DELIBERATE_CHINESE.has(key) && CJK.test(text));
  expect(offending).toEqual([]);
});

it("every key in the tables is used somewhere in src", () => {
  const files = (directory: string): string[] =>
    readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) && !path.includes(join("ui", "i18n")) ? [path] : [];
    });
  const source = files("src")
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");
  // Keys built from a prefix and a code (`issue.${code}`) count as used when the prefix is written as a template.
  const prefixes = [...source.matchAll(/`([\w.-]+\.)\$\{/g)].map((match) => match[1] as string);
  const unused = Object.keys(zh).filter((key) => !source.includes(`"${key}"`) && !prefixes.some((prefix) => key.startsWith(prefix)));
  expect(unused).toEqual([]);
});
