import Flatbush from "flatbush";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { ringsIntersect } from "../../scripts/build-layers/schematic/polygon-overlap";
import { createLocalProjection, type PlanarPoint } from "../../scripts/build-layers/schematic/projection";
import { polygonsOf, readFeatures } from "./schematic-helpers";

const projection = createLocalProjection(120.3, 36.3);

function outerRings(features: { geometry: Polygon | MultiPolygon }[]): PlanarPoint[][] {
  return features.flatMap((feature) => polygonsOf(feature.geometry).map((polygon) => (polygon[0] as Position[]).map(projection.forward)));
}

function indexOf(rings: PlanarPoint[][]): Flatbush {
  const index = new Flatbush(rings.length);
  for (const ring of rings)
    index.add(Math.min(...ring.map((p) => p[0])), Math.min(...ring.map((p) => p[1])), Math.max(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[1])));
  index.finish();
  return index;
}

function overlaps(a: PlanarPoint[][], b: PlanarPoint[][], sameSet: boolean): number {
  const index = indexOf(b);
  let count = 0;
  a.forEach((ring, i) => {
    const ids = index.search(
      Math.min(...ring.map((p) => p[0])),
      Math.min(...ring.map((p) => p[1])),
      Math.max(...ring.map((p) => p[0])),
      Math.max(...ring.map((p) => p[1])),
    );
    for (const id of ids) if (!(sameSet && id <= i) && ringsIntersect(ring, b[id] as PlanarPoint[])) count += 1;
  });
  return count;
}

describe("ringsIntersect", () => {
  it("detects crossing, containment and separation", () => {
    const square = (x: number, size: number): PlanarPoint[] => [
      [x, 0],
      [x + size, 0],
      [x + size, size],
      [x, size],
      [x, 0],
    ];
    expect(ringsIntersect(square(0, 10), square(5, 10))).toBe(true);
    expect(
      ringsIntersect(square(0, 10), [
        [2, 2],
        [3, 2],
        [3, 3],
        [2, 3],
        [2, 2],
      ]),
    ).toBe(true);
    expect(ringsIntersect(square(0, 10), square(20, 10))).toBe(false);
  });
});

describe("parks, parcels and the land red line never overlap", () => {
  const parks = outerRings(readFeatures<Polygon | MultiPolygon>("park"));
  const parcels = outerRings(readFeatures<Polygon | MultiPolygon>("residential-land"));

  it("no residential parcel overlaps a park", () => {
    expect(overlaps(parcels, parks, false)).toBe(0);
  });

  it("no two residential parcels overlap", () => {
    expect(overlaps(parcels, parcels, true)).toBe(0);
  });

  it("no residential parcel overlaps the land red line", () => {
    const red = outerRings(readFeatures<Polygon | MultiPolygon>("ecological-red-line").filter((feature) => feature.properties?.zone === "land"));
    expect(overlaps(parcels, red, false)).toBe(0);
  });
});
