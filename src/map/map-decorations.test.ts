import { describe, expect, it } from "vitest";
import { niceDistanceM } from "./map-decorations";

describe("scale bar length", () => {
  it("picks the longest 1-2-5 step that fits", () => {
    expect(niceDistanceM(1234)).toBe(1000);
    expect(niceDistanceM(4999)).toBe(2000);
    expect(niceDistanceM(5000)).toBe(5000);
    expect(niceDistanceM(87)).toBe(50);
    expect(niceDistanceM(19_999)).toBe(10_000);
  });
});
