import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { writeGeoJsonText } from "./geojson-text";

describe("GeoJSON text", () => {
  it("rounds coordinates to 7 decimals and keeps properties and structure", () => {
    const collection: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { district: "市南区", areaM2: 1234.5678901234 },
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [120.123456789, 36.0],
                [120.2, 36.000000049],
                [120.2, 36.1],
                [120.123456789, 36.0],
              ],
            ],
          },
        },
      ],
    };
    const parsed = JSON.parse(writeGeoJsonText(collection)) as FeatureCollection;
    const ring = (parsed.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring[0]).toEqual([120.1234568, 36]);
    expect(ring[1]).toEqual([120.2, 36]);
    expect(parsed.features[0]!.properties).toEqual({ district: "市南区", areaM2: 1234.5678901234 });
    expect(writeGeoJsonText(collection, 2)).toContain("[120.12,36]");
  });
});
