import { describe, expect, test } from "vitest";
import { bufferShape, pathsAreaM2 } from "./clip";
import { convexBuffer } from "./convex-buffer";
import { clipRingByConvex, ringSignedArea } from "./convex-clip";
import { makeShape } from "./projected-shape";

describe("convex buffer and clip", () => {
  test("the buffer of a rectangle has area A + P·r + π·r² (less the 0.01 % polygon deficit)", () => {
    const shape = makeShape([Float64Array.from([0, 0, 100, 0, 100, 50, 0, 50])], true);
    const exact = 5000 + 300 * 300 + Math.PI * 300 * 300;
    const area = ringSignedArea(convexBuffer(shape, 300));
    expect(area / exact).toBeLessThan(1);
    expect(area / exact).toBeGreaterThan(1 - 2e-4);
  });

  test("matches Clipper2's general offset", () => {
    const shape = makeShape([Float64Array.from([10, 10, 200, 80])], false);
    expect(ringSignedArea(convexBuffer(shape, 250)) / pathsAreaM2(bufferShape(shape, 250))).toBeCloseTo(1, 4);
  });

  test("Sutherland–Hodgman clip of a square by a half-covering square gives half its area", () => {
    const subject = [0, 0, 10, 0, 10, 10, 0, 10];
    const clip = [5, -5, 20, -5, 20, 20, 5, 20];
    expect(ringSignedArea(clipRingByConvex(subject, clip))).toBeCloseTo(50, 9);
    expect(clipRingByConvex(subject, [30, 30, 40, 30, 40, 40]).length).toBe(0);
  });
});
