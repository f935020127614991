import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { isPlaceInRegion, PARK_REACH_M } from "./place-in-region";

const QINGDAO = { id: "qingdao", bbox: [119.5, 35.57, 121.07, 37.15] as [number, number, number, number] };
const square = (west: number, south: number, east: number, north: number) => [
  [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ],
];
const DISTRICTS: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: { name: "市南区", region: "qingdao" }, geometry: { type: "Polygon", coordinates: square(120.3, 36.0, 120.5, 36.2) } },
    { type: "Feature", properties: { name: "芝罘区", region: "yantai" }, geometry: { type: "Polygon", coordinates: square(120.7, 36.9, 121.0, 37.1) } },
  ],
};

describe("isPlaceInRegion", () => {
  it("is true inside one of the region's districts, however far the nearest park", () => {
    expect(isPlaceInRegion([120.4, 36.1], QINGDAO, DISTRICTS, 20_000)).toBe(true);
  });

  it("is false far outside the region's extent, whatever the distance", () => {
    expect(isPlaceInRegion([125, 30], QINGDAO, DISTRICTS, 444_933)).toBe(false);
    expect(isPlaceInRegion([116.4, 39.9], QINGDAO, undefined, null)).toBe(false);
  });

  it("is false at sea inside the extent, far from parks and outside the districts", () => {
    expect(isPlaceInRegion([120.9, 35.75], QINGDAO, DISTRICTS, 40_000)).toBe(false);
  });

  it("is true just off the coast, near a park", () => {
    expect(isPlaceInRegion([120.9, 35.75], QINGDAO, DISTRICTS, PARK_REACH_M - 1)).toBe(true);
  });

  it("counts only the region's own districts", () => {
    expect(isPlaceInRegion([120.8, 37.0], QINGDAO, DISTRICTS, 10_000)).toBe(false);
  });

  it("falls back to the extent when no district outlines are loaded", () => {
    expect(isPlaceInRegion([120.9, 35.75], QINGDAO, undefined, 40_000)).toBe(true);
  });
});
