import { describe, expect, it } from "vitest";
import { clipPolyline } from "./edge-pieces";

const box = { minX: 0, minY: 0, maxX: 10, maxY: 10 };

describe("clipPolyline", () => {
  it("cuts a line at the box and keeps consecutive inside parts joined", () => {
    const parts = clipPolyline(Float64Array.from([-5, 5, 5, 5, 5, 8, 15, 8]), box).map((p) => Array.from(p));
    expect(parts).toEqual([[0, 5, 5, 5, 5, 8, 10, 8]]);
  });

  it("splits a line that leaves the box and comes back, and drops a line outside", () => {
    const parts = clipPolyline(Float64Array.from([2, 2, 2, 20, 8, 20, 8, 2]), box).map((p) => Array.from(p));
    expect(parts).toEqual([
      [2, 2, 2, 10],
      [8, 10, 8, 2],
    ]);
    expect(clipPolyline(Float64Array.from([20, 20, 30, 30]), box)).toEqual([]);
  });
});
