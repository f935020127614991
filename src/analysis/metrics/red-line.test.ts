import { Clipper, FillRule, type Paths64 } from "clipper2-ts";
import type { FeatureCollection, Position } from "geojson";
import { afterEach, describe, expect, it, vi } from "vitest";
import { projectPolygonal, type ProjectedShape } from "../geometry/projected-shape";
import { districtGrid, GRID_STEP, gridProjection } from "./district-grid-scene";
import { redLineMetrics } from "./red-line";

const projection = gridProjection;
const STEP = GRID_STEP;
const SIZE = 8;

/** One land red-line polygon over most of the grid: a wavy circle of 6,400 vertices. */
function wavyRedLine(): FeatureCollection {
  const centre = [120.4 + (SIZE * STEP) / 2, 36.1 + (SIZE * STEP) / 2];
  const ring: Position[] = [];
  const vertices = 6400;
  for (let k = 0; k < vertices; k++) {
    const angle = (2 * Math.PI * k) / vertices;
    const radius = SIZE * STEP * (0.4 + 0.03 * Math.sin(40 * angle));
    ring.push([(centre[0] ?? 0) + radius * Math.cos(angle), (centre[1] ?? 0) + radius * Math.sin(angle)]);
  }
  ring.push(ring[0] as Position);
  return { type: "FeatureCollection", features: [{ type: "Feature", properties: { zone: "land" }, geometry: { type: "Polygon", coordinates: [ring] } }] };
}

const vertexCount = (paths: Paths64) => paths.reduce((sum, path) => sum + path.length, 0);

describe("red line per district", () => {
  afterEach(() => vi.restoreAllMocks());

  it("clips each district against the red line near it, with the areas of a clip of the whole red line", () => {
    const districts = districtGrid(SIZE);
    const names = districts.map((_, d) => `D${d}`);
    const redLine = wavyRedLine();
    const landPaths = projectPolygonal(redLine.features[0]?.geometry ?? null, projection)?.paths ?? [];
    const whole = districts.map((district) => Clipper.areaPaths(Clipper.intersect(landPaths, district.paths, FillRule.NonZero)));

    const intersect = vi.spyOn(Clipper, "intersect");
    const result = redLineMetrics(redLine, projection, districts, names);
    const handed = intersect.mock.calls.reduce((sum, [subject, clip]) => sum + vertexCount(subject) + vertexCount(clip ?? []), 0);
    // A whole-layer clip per district hands Clipper 64 × 6,400 red-line vertices; cut to each box, about 6,400 in all.
    expect(handed).toBeLessThan(4 * 6400);

    expect(result.byDistrict).toHaveLength(SIZE * SIZE);
    let totalKm2 = 0;
    result.byDistrict?.forEach((row, d) => {
      const district = districts[d] as ProjectedShape;
      const k = projection.scaleAt((district.minX + district.maxX) / 2);
      const expectedKm2 = (whole[d] ?? 0) / 1e4 / (k * k) / 1e6;
      expect(Math.abs(row.landAreaKm2 - expectedKm2)).toBeLessThanOrEqual(1e-4 * Math.max(expectedKm2, 1e-3));
      totalKm2 += row.landAreaKm2;
    });
    expect(Math.abs(totalKm2 - result.landAreaKm2)).toBeLessThan(1e-4 * result.landAreaKm2);
  });
});
