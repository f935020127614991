import { describe, expect, it } from "vitest";
import { makeShape } from "./projected-shape";
import { shapesDistance } from "./shape-distance";

const polygon = (...rings: number[][]) =>
  makeShape(
    rings.map((ring) => Float64Array.from(ring)),
    true,
  );
const line = (...coordinates: number[]) => makeShape([Float64Array.from(coordinates)], false);
const point = (x: number, y: number) => makeShape([Float64Array.from([x, y])], false);

describe("shapesDistance", () => {
  it("measures between polygons, through the closing segment of a ring", () => {
    // The square's right side is its closing segment (last vertex → first).
    const square = polygon([0, 0, -10, 0, -10, 10, 0, 10]);
    expect(shapesDistance(square, polygon([5, 2, 8, 2, 8, 6, 5, 6]))).toBeCloseTo(5, 9);
    expect(shapesDistance(polygon([0, 0, 10, 0, 10, 10, 0, 10]), polygon([-7, 4, -3, 4, -3, 6, -7, 6]))).toBeCloseTo(3, 9);
  });

  it("gives 0 when shapes cross or one holds the other", () => {
    const square = polygon([0, 0, 10, 0, 10, 10, 0, 10]);
    expect(shapesDistance(square, line(-5, 5, 15, 5))).toBe(0);
    expect(shapesDistance(square, point(3, 3))).toBe(0);
    expect(shapesDistance(point(3, 3), square)).toBe(0);
  });

  it("does not close an open line", () => {
    // A U whose missing top (from its last vertex back to its first) would pass 1 m from the point.
    const u = line(0, 10, 0, 0, 10, 0, 10, 10);
    expect(shapesDistance(u, point(5, 11))).toBeCloseTo(Math.hypot(5, 1), 9);
  });

  it("measures a point to a point and to a polygon's hole", () => {
    expect(shapesDistance(point(0, 0), point(3, 4))).toBeCloseTo(5, 9);
    const withHole = polygon([0, 0, 30, 0, 30, 30, 0, 30], [10, 10, 10, 20, 20, 20, 20, 10]);
    expect(shapesDistance(withHole, point(15, 14))).toBeCloseTo(4, 9);
  });
});
