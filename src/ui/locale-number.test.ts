import { describe, expect, it } from "vitest";
import { localeNumber, numberFormatFor } from "./locale-number";

describe("numbers in the reader's locale", () => {
  it("reads exactly as toLocaleString does, for every option the panels use", () => {
    const optionSets: (Intl.NumberFormatOptions | undefined)[] = [
      undefined,
      { minimumFractionDigits: 1, maximumFractionDigits: 1 },
      { maximumFractionDigits: 2 },
      { style: "percent", maximumFractionDigits: 0 },
      { maximumFractionDigits: 3, signDisplay: "exceptZero" },
    ];
    for (const locale of ["zh-CN", "en", undefined]) {
      for (const options of optionSets) {
        for (const value of [0, -0.05, 0.123456, 12.5, 1234567.891, -42])
          expect(localeNumber(value, locale, options)).toBe(value.toLocaleString(locale, options));
      }
    }
  });

  it("makes one formatter per locale and options, however often it formats", () => {
    const first = numberFormatFor("zh-CN", { maximumFractionDigits: 4 });
    expect(numberFormatFor("zh-CN", { maximumFractionDigits: 4 })).toBe(first);
    expect(numberFormatFor("en", { maximumFractionDigits: 4 })).not.toBe(first);
    expect(numberFormatFor("zh-CN", { maximumFractionDigits: 3 })).not.toBe(first);
  });
});
