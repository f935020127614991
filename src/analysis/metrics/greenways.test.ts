import { Clipper64 } from "clipper2-ts";
import type { Feature, FeatureCollection, LineString, Position } from "geojson";
import { afterEach, describe, expect, it, vi } from "vitest";
import { projectLinear } from "../geometry/projected-shape";
import { districtGrid, GRID_STEP, gridProjection } from "./district-grid-scene";
import { greenwayMetrics } from "./greenways";
import { dissolveSegments, segmentsLengthInsideM } from "./line-dissolve";

const projection = gridProjection;
const STEP = GRID_STEP;

/** One zigzag greenway per row of districts, across the whole grid, with a vertex every 0.0005°. */
function zigzagGreenways(size: number): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (let row = 0; row < size; row++) {
    const coordinates: Position[] = [];
    const vertices = Math.round((size * STEP) / 0.0005);
    for (let k = 0; k <= vertices; k++) coordinates.push([120.4 + k * 0.0005, 36.1 + (row + 0.5) * STEP + (k % 2) * 0.0002]);
    features.push({ type: "Feature", properties: { level: "city" }, geometry: { type: "LineString", coordinates } });
  }
  return { type: "FeatureCollection", features };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("greenwayMetrics by district", () => {
  const size = 6;
  const districts = districtGrid(size);
  const names = districts.map((_, index) => `D${index}`);
  const greenways = zigzagGreenways(size);

  it("gives each district the length inside it, as a clip of all the dissolved segments does", () => {
    const result = greenwayMetrics(greenways, projection, [], districts, names, 1000);
    const merged = dissolveSegments(greenways.features.map((feature) => projectLinear(feature.geometry, projection)).filter((shape) => shape !== undefined));
    expect(result.byDistrict).toHaveLength(districts.length);
    for (const [index, district] of districts.entries()) {
      const expected = segmentsLengthInsideM(merged, district.paths, projection) / 1000;
      expect(expected).toBeGreaterThan(0.8);
      expect(result.byDistrict?.[index]?.lengthKm).toBeCloseTo(expected, 9);
    }
  });

  it("clips each district against the segments near it only, not every segment of the layer", () => {
    const subjects = vi.spyOn(Clipper64.prototype, "addOpenSubject");
    greenwayMetrics(greenways, projection, [], districts, names, 1000);
    const clipped = subjects.mock.calls.reduce((sum, [paths]) => sum + paths.length, 0);
    const segments = greenways.features.reduce((sum, feature) => sum + feature.geometry.coordinates.length - 1, 0);
    // Each segment lies in one district, or on the border of two.
    expect(clipped).toBeLessThanOrEqual(2 * segments);
  });
});
