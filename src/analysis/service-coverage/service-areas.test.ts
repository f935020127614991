import type { Feature, FeatureCollection, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { MetricsSession } from "../metrics-session";

const LAT = 36.07;
const M_PER_DEG_LAT = 110_950; // near 36° N (WGS84), used only to place test squares
const M_PER_DEG_LON = 111_320 * Math.cos((LAT * Math.PI) / 180);

/** A square of `sideM` metres whose south-west corner is `eastM`, `northM` from (120.3, 36.07). */
function square(eastM: number, northM: number, sideM: number, properties: Record<string, unknown> = {}): Feature<Polygon> {
  const x0 = 120.3 + eastM / M_PER_DEG_LON;
  const y0 = LAT + northM / M_PER_DEG_LAT;
  const dx = sideM / M_PER_DEG_LON;
  const dy = sideM / M_PER_DEG_LAT;
  return {
    type: "Feature",
    properties,
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [x0, y0],
          [x0 + dx, y0],
          [x0 + dx, y0 + dy],
          [x0, y0 + dy],
          [x0, y0],
        ],
      ],
    },
  };
}
const collection = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });

describe("park service areas (服务范围)", () => {
  const residential = collection([square(-2000, -2000, 100)]);

  it("a 100 m square park buffered by 500 m covers side² + 4·side·r + πr² (rounded-square area)", () => {
    const session = new MetricsSession({ residential, parks: collection([square(0, 0, 100)]) }, { ruleSetId: "custom:5000=500" });
    const [overall, byClass] = session.serviceAreas();
    const expectedM2 = 100 * 100 + 4 * 100 * 500 + Math.PI * 500 * 500;
    expect(overall?.properties.class).toBe("overall");
    expect(byClass?.properties).toMatchObject({ radiusM: 500, minAreaM2: 5000, parkCount: 1 });
    // 256-segment arcs and the ellipsoid vs this flat estimate: well within 0.3 %.
    expect(Math.abs((byClass?.properties.areaM2 ?? 0) / expectedM2 - 1)).toBeLessThan(0.003);
    expect(overall?.properties.areaM2).toBeCloseTo(byClass?.properties.areaM2 ?? NaN, 0);
  });

  it("dissolves overlapping buffers into one polygon and leaves distant ones apart; small parks are not counted", () => {
    const parks = collection([square(0, 0, 100), square(300, 0, 100), square(5000, 0, 100), square(2500, 2500, 20)]);
    const session = new MetricsSession({ residential, parks }, { ruleSetId: "custom:5000=500" });
    const [, byClass] = session.serviceAreas();
    expect(byClass?.geometry.coordinates).toHaveLength(2); // the two close parks merge, the far one stands alone
    expect(byClass?.properties.parkCount).toBe(3); // the 400 m² park is under the 5,000 m² minimum
    const single = 100 * 100 + 4 * 100 * 500 + Math.PI * 500 * 500;
    expect(byClass?.properties.areaM2).toBeLessThan(3 * single * 0.9); // the overlap is counted once
    expect(byClass?.properties.areaM2).toBeGreaterThan(2 * single);
  });

  it("gives one area per class under qingdao-300-500, each with its own radius and parks", () => {
    const parks = collection([square(0, 0, 120), square(3000, 0, 30)]); // 1.44 ha and 900 m²
    const session = new MetricsSession({ residential, parks }, { ruleSetId: "qingdao-300-500" });
    const areas = session.serviceAreas();
    expect(areas.map((area) => [area.properties.radiusM, area.properties.parkCount])).toEqual([
      [null, 2],
      [300, 2],
      [500, 1],
    ]);
  });

  it("is empty when no park reaches any class", () => {
    const session = new MetricsSession({ residential, parks: collection([square(0, 0, 10)]) }, { ruleSetId: "who-2016" });
    expect(session.serviceAreas()).toEqual([]);
  });
});
