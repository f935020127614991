import { describe, expect, it } from "vitest";
import { geodesicAreaM2, geodesicLengthM } from "./feature-measure";

describe("geodesicAreaM2", () => {
  it("gives the area of a 0.01° square near Qingdao on the ellipsoid", () => {
    // by hand: meridian radius M(36°)=6,357,479 m → 0.01° lat ≈ 1109.6 m; N·cos36°=5,165,998 m → 0.01° lon ≈ 901.6 m (at 36.005° ≈ 901.5 m): ≈ 1,000,300 m²
    const area = geodesicAreaM2({
      type: "Polygon",
      coordinates: [
        [
          [120, 36],
          [120.01, 36],
          [120.01, 36.01],
          [120, 36.01],
          [120, 36],
        ],
      ],
    });
    expect(area).toBeGreaterThan(999_500);
    expect(area).toBeLessThan(1_001_000);
  });

  it("excludes holes", () => {
    const outer = [
      [120, 36],
      [120.02, 36],
      [120.02, 36.02],
      [120, 36.02],
      [120, 36],
    ];
    const hole = [
      [120.005, 36.005],
      [120.005, 36.015],
      [120.015, 36.015],
      [120.015, 36.005],
      [120.005, 36.005],
    ];
    const withHole = geodesicAreaM2({ type: "Polygon", coordinates: [outer, hole] });
    const without = geodesicAreaM2({ type: "Polygon", coordinates: [outer] });
    expect(withHole / without).toBeCloseTo(0.75, 3);
  });

  it("is zero for lines and points", () => {
    expect(geodesicAreaM2({ type: "Point", coordinates: [120, 36] })).toBe(0);
  });
});

describe("geodesicLengthM", () => {
  it("measures a meridian arc of 0.01° at 36°N as about 1109.6 m", () => {
    expect(
      geodesicLengthM({
        type: "LineString",
        coordinates: [
          [120, 36],
          [120, 36.01],
        ],
      }),
    ).toBeCloseTo(1109.6, 0);
  });
});
