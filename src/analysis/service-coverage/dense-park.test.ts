import type { Feature, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { convexPieces } from "../geometry/convex-pieces";
import { createLocalProjection } from "../geometry/local-projection";
import { makeShape } from "../geometry/projected-shape";
import { simplifyRing } from "../geometry/simplify-ring";
import { MetricsSession } from "../metrics-session";
import { DENSE_RING_TOLERANCE_M, parkRecordFromFeature } from "./park-records";

const CENTRE: Position = [120.38, 36.07];
const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON = 111_320 * Math.cos((CENTRE[1]! * Math.PI) / 180);
const offset = (east: number, north: number): Position => [CENTRE[0]! + east / M_PER_DEG_LON, CENTRE[1]! + north / M_PER_DEG_LAT];

/** A 400 m circle drawn with `vertices` vertices (counter-clockwise, closed). */
function circlePark(vertices: number): Feature {
  const ring = Array.from({ length: vertices }, (_, i) => offset(400 * Math.cos((2 * Math.PI * i) / vertices), 400 * Math.sin((2 * Math.PI * i) / vertices)));
  return { type: "Feature", properties: { name: "circle", type: "综合公园" }, geometry: { type: "Polygon", coordinates: [[...ring, ring[0]!]] } };
}

function parcelGrid(): Feature[] {
  const features: Feature[] = [];
  for (let row = 0; row < 10; row++) {
    for (let column = 0; column < 10; column++) {
      const [x, y] = [-900 + column * 180, -900 + row * 180];
      const ring = [offset(x, y), offset(x + 150, y), offset(x + 150, y + 150), offset(x, y + 150), offset(x, y)];
      features.push({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [ring] } });
    }
  }
  return features;
}

describe("dense park boundaries", () => {
  it("a 200,000-vertex park is buffered from a boundary simplified below a centimetre", () => {
    const record = parkRecordFromFeature(circlePark(200_000), createLocalProjection(CENTRE[0]!, CENTRE[1]!))!;
    const vertices = record.shape.rings[0]!.length / 2;
    expect(vertices).toBeLessThan(2_000);
    // The area (ellipsoidal, over the ring as drawn) is that of the 400 m circle, within the test's own flat-earth offsets.
    expect(Math.abs(record.areaM2 / (Math.PI * 400 * 400) - 1)).toBeLessThan(0.01);
  });

  it("gives the coverage of the same park drawn with 2,000 vertices", () => {
    const coverage = (vertices: number) =>
      new MetricsSession(
        { residential: { type: "FeatureCollection", features: parcelGrid() }, parks: { type: "FeatureCollection", features: [circlePark(vertices)] } },
        { ruleSetId: "qingdao-300-500" },
      ).report().parkCoverage!;
    const dense = coverage(200_000),
      plain = coverage(2_000);
    expect(dense.ratio).toBeGreaterThan(0.3);
    expect(dense.ratio).toBeLessThan(1);
    expect(Math.abs(dense.coveredAreaM2 - plain.coveredAreaM2)).toBeLessThan(0.001 * plain.coveredAreaM2);
  });

  it("simplification keeps every dropped vertex within the tolerance of the kept outline", () => {
    const ring = new Float64Array(2 * 5000);
    for (let i = 0; i < 5000; i++) {
      const angle = (2 * Math.PI * i) / 5000;
      const radius = 100 + 0.004 * Math.sin(37 * i) + (i % 500 === 0 ? 3 : 0);
      ring[2 * i] = radius * Math.cos(angle);
      ring[2 * i + 1] = radius * Math.sin(angle);
    }
    const simplified = simplifyRing(ring, DENSE_RING_TOLERANCE_M);
    expect(simplified.length).toBeLessThan(ring.length / 4);
    const kept = makeShape([simplified], true);
    const segmentDistance = (px: number, py: number) => {
      let best = Infinity;
      const r = kept.rings[0]!,
        n = r.length / 2;
      for (let i = 0; i < n; i++) {
        const ax = r[2 * i]!,
          ay = r[2 * i + 1]!,
          bx = r[(2 * i + 2) % r.length]!,
          by = r[(2 * i + 3) % r.length]!;
        const dx = bx - ax,
          dy = by - ay,
          t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
      }
      return best;
    };
    for (let i = 0; i < 5000; i += 7) expect(segmentDistance(ring[2 * i]!, ring[2 * i + 1]!)).toBeLessThanOrEqual(DENSE_RING_TOLERANCE_M + 1e-9);
  });

  it("a wavy non-convex ring with many reflex vertices is refused as convex pieces at once (not after quadratic merging)", () => {
    const n = 3000;
    const ring = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      const angle = (2 * Math.PI * i) / n,
        radius = 400 + 2 * Math.sin(200 * angle);
      ring[2 * i] = radius * Math.cos(angle);
      ring[2 * i + 1] = radius * Math.sin(angle);
    }
    const started = performance.now();
    expect(convexPieces(makeShape([ring], true), 4)).toBeUndefined();
    // Before: earcut + Hertel–Mehlhorn merging of 3,000 triangles took minutes; the bound leaves a wide margin.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
