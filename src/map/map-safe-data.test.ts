import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { mapSafeData } from "./map-safe-data";

const point = { type: "Point" as const, coordinates: [120.3, 36.1] };

describe("map-safe data", () => {
  it("drops only the property names MapLibre's serialiser refuses, in a copy", () => {
    const data: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { name: "a", constructor: "x", hasOwnProperty: 1, $name: "y", toString: "z" }, geometry: point },
        { type: "Feature", properties: { name: "b" }, geometry: point },
      ],
    };
    const safe = mapSafeData(data);
    expect(safe.features[0]?.properties).toEqual({ name: "a" });
    expect(safe.features[1]).toBe(data.features[1]);
    expect(Object.keys(data.features[0]?.properties ?? {})).toEqual(["name", "constructor", "hasOwnProperty", "$name", "toString"]);
    expect(mapSafeData(data)).toBe(safe);
  });

  it("hands over a collection without such names unchanged", () => {
    const data: FeatureCollection = { type: "FeatureCollection", features: [{ type: "Feature", properties: { name: "a" }, geometry: point }] };
    expect(mapSafeData(data)).toBe(data);
  });
});
