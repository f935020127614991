import { describe, expect, it } from "vitest";
import { ringCrossesItself } from "./find-ring-crossings";

describe("ringCrossesItself", () => {
  it("is false for a simple square and a simple concave ring", () => {
    expect(
      ringCrossesItself([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ]),
    ).toBe(false);
    expect(
      ringCrossesItself([
        [0, 0],
        [4, 0],
        [4, 4],
        [2, 1],
        [0, 4],
        [0, 0],
      ]),
    ).toBe(false);
  });

  it("is true for a bow-tie", () => {
    expect(
      ringCrossesItself([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
    ).toBe(true);
  });

  it("is true when a vertex touches another edge", () => {
    expect(
      ringCrossesItself([
        [0, 0],
        [4, 0],
        [4, 4],
        [2, 0],
        [0, 4],
        [0, 0],
      ]),
    ).toBe(true);
  });

  it("is true when the ring folds back on itself (spike)", () => {
    expect(
      ringCrossesItself([
        [0, 0],
        [4, 0],
        [6, 0],
        [2, 0],
        [2, 3],
        [0, 0],
      ]),
    ).toBe(true);
  });

  it("handles large rings quickly (a 20 000-vertex circle in well under a second)", () => {
    const ring = Array.from({ length: 20_001 }, (_, index) => {
      const angle = (2 * Math.PI * (index % 20_000)) / 20_000;
      return [Math.cos(angle), Math.sin(angle)];
    });
    const started = performance.now();
    expect(ringCrossesItself(ring)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
