import type { Feature, FeatureCollection, Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { budgetSlices, collectionPositionCount, sliceEnd } from "./geometry-size";

const feature = (geometry: Geometry | null): Feature => ({ type: "Feature", properties: {}, geometry: geometry as Geometry });
const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe("geometry size", () => {
  it("counts every position of every geometry type, closing positions included", () => {
    const data: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        feature({ type: "Point", coordinates: [0, 0] }),
        feature({
          type: "MultiPoint",
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        }),
        feature({
          type: "LineString",
          coordinates: [
            [0, 0],
            [1, 1],
            [2, 2],
          ],
        }),
        feature({
          type: "MultiLineString",
          coordinates: [
            [
              [0, 0],
              [1, 1],
            ],
            [
              [2, 2],
              [3, 3],
            ],
          ],
        }),
        feature({ type: "Polygon", coordinates: [square, square] }),
        feature({ type: "MultiPolygon", coordinates: [[square], [square, square]] }),
        feature({
          type: "GeometryCollection",
          geometries: [
            { type: "Point", coordinates: [0, 0] },
            {
              type: "LineString",
              coordinates: [
                [0, 0],
                [1, 1],
              ],
            },
          ],
        }),
        feature(null),
        feature({ type: "LineString", coordinates: "broken" } as unknown as Geometry),
      ],
    };
    expect(collectionPositionCount(data)).toBe(1 + 2 + 3 + 4 + 8 + 12 + 3);
  });

  it("slices features by a feature and a position budget; a feature over the budget stands alone", () => {
    const line = (positions: number) => feature({ type: "LineString", coordinates: Array.from({ length: positions }, (_, index) => [index, 0]) });
    const features = [line(3), line(3), line(20), line(2), line(2), line(2), line(2)];
    expect(budgetSlices(features, 3, 10)).toEqual([
      [0, 2],
      [2, 3],
      [3, 6],
      [6, 7],
    ]);
    expect(budgetSlices([], 3, 10)).toEqual([]);
  });

  it("ends a slice from any start at the feature or position budget; empty geometries count nothing", () => {
    const line = (positions: number) => feature({ type: "LineString", coordinates: Array.from({ length: positions }, (_, index) => [index, 0]) });
    const features = [line(3), feature(null), line(3), line(20), line(2), feature({ type: "MultiPolygon", coordinates: [] })];
    expect(sliceEnd(features, 0, 10, 10)).toBe(3);
    expect(sliceEnd(features, 1, 10, 10)).toBe(3);
    expect(sliceEnd(features, 3, 10, 10)).toBe(4);
    expect(sliceEnd(features, 4, 10, 10)).toBe(6);
    expect(sliceEnd(features, 0, 2, 100)).toBe(2);
    expect(sliceEnd(features, 6, 10, 10)).toBe(6);
    expect(sliceEnd(features, 9, 10, 10)).toBe(9);
  });
});
