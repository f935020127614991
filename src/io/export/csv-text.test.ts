import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { UTF8_BOM, writeCsvText } from "./csv-text";

describe("CSV text", () => {
  it("starts with a UTF-8 BOM, uses CRLF and round-trips Chinese, commas, quotes and numbers", async () => {
    const rows = [
      ["区市", "覆盖率", "备注"],
      ["市南区", 85.25, '含"示意", 数据'],
      ["崂山区", null, ""],
    ];
    const text = await writeCsvText(rows);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text).toContain("\r\n");
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["区市", "覆盖率", "备注"],
      ["市南区", "85.25", '含"示意", 数据'],
      ["崂山区", "", ""],
    ]);
    expect(new TextEncoder().encode(text).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("escapes text that Excel would run as a formula, but not negative numbers", async () => {
    const text = await writeCsvText([["=HYPERLINK(1)", -3.5, "-x"]]);
    const [cells] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(cells?.[0]).toBe("'=HYPERLINK(1)");
    expect(cells?.[1]).toBe("-3.5");
    expect(cells?.[2]).toBe("'-x");
  });
});
