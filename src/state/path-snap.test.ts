import type { Feature, FeatureCollection, LineString } from "geojson";
import { describe, expect, it } from "vitest";
import { snapPathEnds } from "./path-snap";

const line = (coordinates: number[][]): Feature<LineString> => ({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates } });
const network: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    line([
      [120, 36],
      [120.001, 36],
    ]),
    line([
      [120.01, 36],
      [120.01, 36.001],
    ]),
  ],
};

describe("snapPathEnds", () => {
  it("moves each end onto the nearest network vertex within the tolerance, and leaves far ends alone", () => {
    // ≈ 9 m east of (120.001, 36) and ≈ 90 m from any vertex at the other end.
    const [snapped] = snapPathEnds(
      [
        line([
          [120.0011, 36],
          [120.005, 36.0005],
          [120.0055, 36.0008],
        ]),
      ],
      network,
      25,
    );
    expect(snapped?.geometry.coordinates[0]).toEqual([120.001, 36]);
    expect(snapped?.geometry.coordinates[1]).toEqual([120.005, 36.0005]);
    expect(snapped?.geometry.coordinates[2]).toEqual([120.0055, 36.0008]);
  });

  it("returns the paths unchanged without a network", () => {
    const paths = [
      line([
        [1, 2],
        [3, 4],
      ]),
    ];
    expect(snapPathEnds(paths, undefined)).toBe(paths);
  });
});
