import { expect, it } from "vitest";
import { labelPoints } from "./label-points";

it("labels a multipolygon once, inside its largest part", () => {
  const big = [
    [
      [120, 36],
      [120.2, 36],
      [120.2, 36.2],
      [120, 36.2],
      [120, 36],
    ],
  ];
  const island = [
    [
      [121, 36],
      [121.01, 36],
      [121.01, 36.01],
      [121, 36],
    ],
  ];
  const result = labelPoints({
    type: "FeatureCollection",
    features: [
      { type: "Feature", properties: { name: "甲" }, geometry: { type: "MultiPolygon", coordinates: [island, big] } },
      {
        type: "Feature",
        properties: { name: "线" },
        geometry: {
          type: "LineString",
          coordinates: [
            [120, 36],
            [121, 36],
          ],
        },
      },
    ],
  });
  expect(result.features).toHaveLength(1);
  const [lon, lat] = result.features[0]?.geometry.coordinates ?? [];
  expect(lon).toBeCloseTo(120.1, 2);
  expect(lat).toBeCloseTo(36.1, 2);
  expect(result.features[0]?.properties?.name).toBe("甲");
});
