import { describe, expect, test } from "vitest";
import { geodesicDistanceM, ringAreaM2 } from "./ellipsoidal";
import { createLocalProjection } from "./local-projection";

describe("local projection", () => {
  const projection = createLocalProjection(120.4, 36.1);

  test("round-trips lon/lat", () => {
    const [x, y] = projection.forward(120.9, 36.5);
    const [lon, lat] = projection.inverse(x, y);
    expect(lon).toBeCloseTo(120.9, 9);
    expect(lat).toBeCloseTo(36.5, 9);
  });

  test("projected distance ÷ scale factor equals the geodesic distance 50 km from the centre", () => {
    const a = projection.forward(121.0, 36.3),
      b = projection.forward(121.0, 36.31);
    const planar = Math.hypot(b[0] - a[0], b[1] - a[1]) / projection.scaleAt((a[0] + b[0]) / 2);
    expect(planar / geodesicDistanceM(121.0, 36.3, 121.0, 36.31) - 1).toBeLessThan(1e-6);
  });

  test("a square kilometre has an ellipsoidal area of 1e6 m² (GeographicLib)", () => {
    const squareM: [number, number][] = [
      [0, 0],
      [1000, 0],
      [1000, 1000],
      [0, 1000],
    ];
    const corners = squareM.map(([x, y]) => projection.inverse(x, y));
    expect(ringAreaM2(corners) / 1e6 - 1).toBeLessThan(1e-6);
  });
});
