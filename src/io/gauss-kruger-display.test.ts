import { expect, it } from "vitest";
import { toCgcs2000Zone40 } from "./gauss-kruger-display";

it("puts the central meridian at easting 500 km and the equator at northing 0", () => {
  const [easting, northing] = toCgcs2000Zone40([120, 0]);
  expect(easting).toBeCloseTo(500_000, 3);
  expect(northing).toBeCloseTo(0, 3);
});

it("projects a Qingdao point east of the central meridian with the GRS80 meridian arc", () => {
  const [easting, northing] = toCgcs2000Zone40([120, 36]);
  // meridian arc length from the equator to 36°N on GRS80 ≈ 3,986,198 m
  expect(northing).toBeGreaterThan(3_985_000);
  expect(northing).toBeLessThan(3_987_500);
  expect(easting).toBeCloseTo(500_000, 3);
  expect(toCgcs2000Zone40([120.38, 36.07])[0]).toBeGreaterThan(534_000);
});
