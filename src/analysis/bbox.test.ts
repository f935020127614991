import { expect, it } from "vitest";
import { bboxOf } from "./bbox";

it("boxes points, lines and polygons, and gives null for an empty layer", () => {
  expect(
    bboxOf({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [120.5, 36.2] } },
        { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[[120, 36], [121, 36], [121, 37], [120, 36]]] } },
      ],
    }),
  ).toEqual([120, 36, 121, 37]);
  expect(bboxOf({ type: "FeatureCollection", features: [] })).toBeNull();
});
