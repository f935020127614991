import { expect, it } from "vitest";
import { bboxOf, unionBbox } from "./bbox";

it("boxes points, lines and polygons, and gives null for an empty layer", () => {
  expect(
    bboxOf({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [120.5, 36.2] } },
        {
          type: "Feature",
          properties: {},
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [120, 36],
                [121, 36],
                [121, 37],
                [120, 36],
              ],
            ],
          },
        },
      ],
    }),
  ).toEqual([120, 36, 121, 37]);
  expect(bboxOf({ type: "FeatureCollection", features: [] })).toBeNull();
});

it("unites two boxes, either of which may be missing", () => {
  expect(unionBbox([120, 36, 120.5, 36.5], [120.2, 35.9, 120.8, 36.1])).toEqual([120, 35.9, 120.8, 36.5]);
  expect(unionBbox(null, [120, 36, 121, 37])).toEqual([120, 36, 121, 37]);
  expect(unionBbox(null, null)).toBeNull();
});
