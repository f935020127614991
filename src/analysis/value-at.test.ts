import { describe, expect, test } from "vitest";
import { valueAt } from "./value-at";

describe("valueAt", () => {
  test("returns the element at an index inside the array, typed arrays included", () => {
    expect(valueAt([3, 5, 8], 2)).toBe(8);
    expect(valueAt(Float64Array.of(0.5, -1.25), 1)).toBe(-1.25);
    expect(valueAt(Float64Array.of(Number.NaN), 0)).toBeNaN();
  });

  test("throws a RangeError naming the index and the length for an index outside the array", () => {
    expect(() => valueAt(Float64Array.of(1, 2), 2)).toThrow(new RangeError("index 2 is outside an array of 2"));
    expect(() => valueAt([1], -1)).toThrow(RangeError);
    expect(() => valueAt([], 0)).toThrow(/index 0 is outside an array of 0/);
  });
});
