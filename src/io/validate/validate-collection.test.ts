import type { Feature, FeatureCollection, Geometry, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import type { DriverContext } from "../formats/driver";
import { signedAreaTwice } from "./repair-rings";
import { validateCollection } from "./validate-collection";

function context(): DriverContext {
  return {
    fileName: "test.geojson",
    options: {},
    issue: (code, message, extra) => ({ code, message, fileName: "test.geojson", severity: "warning", ...extra }),
  };
}

function collection(...geometries: (Geometry | null)[]): FeatureCollection {
  const features = geometries.map((geometry, index): Feature => ({ type: "Feature", id: `f${index}`, properties: {}, geometry: geometry as Geometry }));
  return Object.freeze({ type: "FeatureCollection", features }) as FeatureCollection;
}

const SQUARE: [number, number][] = [
  [120, 36],
  [120.01, 36],
  [120.01, 36.01],
  [120, 36.01],
  [120, 36],
];

async function validate(...geometries: (Geometry | null)[]) {
  const result = await validateCollection(collection(...geometries), context());
  const codes = Object.fromEntries(result.issues.map((issue) => [issue.code, issue]));
  return { features: result.featureCollection.features, codes };
}

describe("validateCollection", () => {
  it("keeps a valid counter-clockwise polygon untouched and reports nothing", async () => {
    const { features, codes } = await validate({ type: "Polygon", coordinates: [SQUARE] });
    expect(codes).toEqual({});
    expect(features[0]!.geometry).toEqual({ type: "Polygon", coordinates: [SQUARE] });
  });

  it("closes an unclosed ring", async () => {
    const { features, codes } = await validate({ type: "Polygon", coordinates: [SQUARE.slice(0, 4)] });
    expect(codes["ring-not-closed"]).toMatchObject({ count: 1, featureIds: ["f0"] });
    expect((features[0]!.geometry as Polygon).coordinates[0]).toEqual(SQUARE);
  });

  it("rewinds a clockwise exterior and a counter-clockwise hole (RFC 7946)", async () => {
    const hole: [number, number][] = [
      [120.002, 36.002],
      [120.004, 36.002],
      [120.004, 36.004],
      [120.002, 36.004],
      [120.002, 36.002],
    ];
    const { features, codes } = await validate({ type: "Polygon", coordinates: [[...SQUARE].reverse(), hole] });
    expect(codes["ring-winding-fixed"]).toMatchObject({ count: 1 });
    const [exterior, interior] = (features[0]!.geometry as Polygon).coordinates;
    expect(signedAreaTwice(exterior!)).toBeGreaterThan(0);
    expect(signedAreaTwice(interior!)).toBeLessThan(0);
  });

  it("removes consecutive duplicate vertices and counts them", async () => {
    const doubled = [SQUARE[0]!, SQUARE[0]!, SQUARE[1]!, SQUARE[2]!, SQUARE[2]!, SQUARE[3]!, SQUARE[4]!];
    const { features, codes } = await validate({ type: "Polygon", coordinates: [doubled] });
    expect(codes["vertex-duplicate"]?.message).toMatch(/2 occurrences/);
    expect((features[0]!.geometry as Polygon).coordinates[0]).toEqual(SQUARE);
  });

  it("drops a too-short hole but keeps the polygon; drops a polygon whose exterior is too short", async () => {
    const { features, codes } = await validate(
      {
        type: "Polygon",
        coordinates: [
          SQUARE,
          [
            [120.002, 36.002],
            [120.003, 36.003],
            [120.002, 36.002],
          ],
        ],
      },
      {
        type: "Polygon",
        coordinates: [
          [
            [120, 36],
            [120.01, 36],
            [120, 36],
          ],
        ],
      },
    );
    expect(features.map((feature) => feature.id)).toEqual(["f0"]);
    expect((features[0]!.geometry as Polygon).coordinates).toHaveLength(1);
    expect(codes["ring-too-short"]?.featureIds).toEqual(["f0", "f1"]);
    expect(codes["geometry-empty"]?.featureIds).toEqual(["f1"]);
  });

  it("drops features with NaN or out-of-range coordinates and lists them; the rest still imports", async () => {
    const { features, codes } = await validate(
      { type: "Point", coordinates: [Number.NaN, 36] },
      { type: "Point", coordinates: [120, 96] },
      { type: "Point", coordinates: [120, 36] },
    );
    expect(features.map((feature) => feature.id)).toEqual(["f2"]);
    expect(codes["coordinate-invalid"]?.featureIds).toEqual(["f0"]);
    expect(codes["coordinate-out-of-range"]?.featureIds).toEqual(["f1"]);
  });

  it("drops null and empty geometries", async () => {
    const { features, codes } = await validate(
      null,
      { type: "MultiPolygon", coordinates: [] },
      {
        type: "LineString",
        coordinates: [
          [120, 36],
          [120, 36],
        ],
      },
    );
    expect(features).toEqual([]);
    expect(codes["geometry-empty"]?.count).toBe(3);
  });

  it("merges a homogeneous GeometryCollection into a Multi* geometry and reports a mixed one", async () => {
    const { features, codes } = await validate(
      {
        type: "GeometryCollection",
        geometries: [
          { type: "Point", coordinates: [120, 36] },
          { type: "MultiPoint", coordinates: [[120.1, 36.1]] },
        ],
      },
      {
        type: "GeometryCollection",
        geometries: [
          { type: "Point", coordinates: [120, 36] },
          {
            type: "LineString",
            coordinates: [
              [120, 36],
              [120.1, 36],
            ],
          },
        ],
      },
    );
    expect(features[0]!.geometry).toEqual({
      type: "MultiPoint",
      coordinates: [
        [120, 36],
        [120.1, 36.1],
      ],
    });
    expect(features[1]!.geometry.type).toBe("GeometryCollection");
    expect(codes["geometry-mixed"]?.featureIds).toEqual(["f1"]);
  });

  it("splits a self-intersecting bow-tie into two simple polygons and reports the repair", async () => {
    const bowTie: [number, number][] = [
      [120, 36],
      [120.01, 36.01],
      [120.01, 36],
      [120, 36.01],
      [120, 36],
    ];
    const { features, codes } = await validate({ type: "Polygon", coordinates: [bowTie] });
    expect(codes["self-intersection-repaired"]?.featureIds).toEqual(["f0"]);
    expect(features[0]!.geometry.type).toBe("MultiPolygon");
    expect(features[0]!.geometry.type === "MultiPolygon" && features[0]!.geometry.coordinates).toHaveLength(2);
  });

  it("reports, but keeps, a self-intersecting polygon with a hole (no safe repair)", async () => {
    const bowTie: [number, number][] = [
      [120, 36],
      [120.01, 36.01],
      [120.01, 36],
      [120, 36.01],
      [120, 36],
    ];
    const hole: [number, number][] = [
      [120.006, 36.004],
      [120.006, 36.006],
      [120.008, 36.005],
      [120.006, 36.004],
    ];
    const { features, codes } = await validate({ type: "Polygon", coordinates: [bowTie, hole] });
    expect(codes["self-intersection"]?.featureIds).toEqual(["f0"]);
    expect(features).toHaveLength(1);
  });

  it("does not mutate its (frozen) input", async () => {
    await expect(validate({ type: "Polygon", coordinates: [Object.freeze([...SQUARE].reverse()) as [number, number][]] })).resolves.toBeDefined();
  });
});
