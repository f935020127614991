import { describe, expect, it } from "vitest";
import { normalizeFeature, removeCollinearVertices, roundRing } from "./geojson-tools";

describe("rounding and cleaning", () => {
  it("removes zero-width spikes and straight-run vertices, keeps corners", () => {
    const ring = [
      [0, 0],
      [1, 0],
      [2, 0],
      [2, 1],
      [2, 3],
      [2, 2],
      [0, 2],
    ];
    expect(removeCollinearVertices(ring)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
  });

  it("rounds to 6 decimals and keeps the ring closed", () => {
    const ring = roundRing([
      [0.1234564, 0],
      [1, 0.0000004],
      [1, 1],
      [0.1234564, 0],
    ]);
    expect(ring).toEqual([
      [0.123456, 0],
      [1, 0],
      [1, 1],
      [0.123456, 0],
    ]);
  });

  it("rewinds polygons to RFC 7946 (exterior counter-clockwise)", () => {
    const clockwise = {
      type: "Feature" as const,
      properties: {},
      geometry: {
        type: "Polygon" as const,
        coordinates: [
          [
            [0, 0],
            [0, 1],
            [1, 1],
            [1, 0],
            [0, 0],
          ],
        ],
      },
    };
    const out = normalizeFeature(clockwise);
    expect(out?.geometry).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    });
  });
});
