import type { FeatureCollection, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { createLocalProjection } from "../geometry/local-projection";
import { gridCandidates } from "./candidate-grid";
import { pointsFromLayer, radiusCoverage } from "./point-coverage";

const projection = createLocalProjection(120.4, 36.1);

/** A rectangle given in local metres, as a WGS84 polygon layer. */
function rectangle(minX: number, minY: number, maxX: number, maxY: number, properties: Record<string, unknown> = {}): FeatureCollection<Polygon> {
  const ring = [
    [minX, minY],
    [maxX, minY],
    [maxX, maxY],
    [minX, maxY],
    [minX, minY],
  ].map(([x = 0, y = 0]) => projection.inverse(x, y));
  return { type: "FeatureCollection", features: [{ type: "Feature", properties, geometry: { type: "Polygon", coordinates: [ring] } }] };
}

describe("generated candidates", () => {
  it("covers the study area on the grid and skips excluded land", () => {
    const study = rectangle(-1000, -1000, 1000, 1000);
    const all = gridCandidates(study, [], { spacingM: 100 });
    expect(all.length).toBeGreaterThanOrEqual(19 * 19);
    expect(all.length).toBeLessThanOrEqual(21 * 21);
    const withHole = gridCandidates(study, [rectangle(-250, -250, 250, 250)], { spacingM: 100 });
    // The 500 m square removes its 5 × 5 inner grid points (±200 m), give or take its edge rows.
    expect(all.length - withHole.length).toBeGreaterThanOrEqual(25);
    expect(all.length - withHole.length).toBeLessThanOrEqual(49);
    for (const point of withHole) {
      const [x, y] = projection.forward(point.lon, point.lat);
      expect(Math.abs(x) < 249 && Math.abs(y) < 249).toBe(false);
    }
    const coarse = gridCandidates(study, [], { spacingM: 200 });
    expect(coarse.length).toBeLessThan(all.length / 3);
    const [cx, cy] = [600, 600];
    const [lon, lat] = projection.inverse(cx, cy);
    const near = gridCandidates(study, [], { spacingM: 100, near: { points: [{ id: "d", lon, lat }], radiusM: 250 } });
    expect(near.length).toBeGreaterThanOrEqual(15);
    expect(near.length).toBeLessThanOrEqual(25);
    for (const point of near) {
      const [x, y] = projection.forward(point.lon, point.lat);
      expect(Math.hypot(x - cx, y - cy)).toBeLessThanOrEqual(251);
    }
  });

  it("represents a polygon by a point inside it, weighted by population or else area", () => {
    // An L-shaped parcel: its bounding-box centre lies outside it.
    const ring = [
      [0, 0],
      [300, 0],
      [300, 100],
      [100, 100],
      [100, 300],
      [0, 300],
      [0, 0],
    ].map(([x = 0, y = 0]) => projection.inverse(x, y));
    const layer: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { name: "L" }, geometry: { type: "Polygon", coordinates: [ring] } },
        { type: "Feature", properties: { population: 42 }, geometry: { type: "Point", coordinates: projection.inverse(1000, 1000) } },
      ],
    };
    const [parcel, people] = pointsFromLayer(layer);
    const [x, y] = projection.forward(parcel?.lon ?? 0, parcel?.lat ?? 0);
    expect((x < 100 && y < 300) || (y < 100 && x < 300)).toBe(true);
    expect(parcel?.weight).toBeGreaterThan(49_000);
    expect(parcel?.weight).toBeLessThan(51_000);
    expect(people?.weight).toBe(42);
    const apartM = Math.hypot(1000 - x, 1000 - y);
    const site = [{ id: "c", lon: parcel!.lon, lat: parcel!.lat }];
    expect(radiusCoverage(apartM + 1)([parcel!, people!], site)[0]).toEqual(Int32Array.from([0, 1]));
    expect(radiusCoverage(apartM - 1)([parcel!, people!], site)[0]).toEqual(Int32Array.from([0]));
  });
});
