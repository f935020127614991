import Flatbush from "flatbush";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { segmentsIntersect } from "../../scripts/build-layers/schematic/segment-index";
import { polygonsOf, readFeatures } from "./schematic-helpers";

const POLYGON_LAYERS = ["ecological-red-line", "bay", "park", "urban-rural-zone", "residential-land"] as const;

function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) sum += (ring[i]?.[0] ?? 0) * (ring[i + 1]?.[1] ?? 0) - (ring[i + 1]?.[0] ?? 0) * (ring[i]?.[1] ?? 0);
  return sum / 2;
}

/** Number of pairs of non-adjacent edges of the polygon's rings that touch (0 for a simple polygon). */
function selfIntersections(rings: Position[][]): number {
  const edges: [number[], number[], number, number][] = [];
  rings.forEach((ring, r) => ring.slice(0, -1).forEach((a, i) => edges.push([a, ring[i + 1] as number[], r, i])));
  const index = new Flatbush(edges.length);
  for (const [a, b] of edges)
    index.add(Math.min(a[0] ?? 0, b[0] ?? 0), Math.min(a[1] ?? 0, b[1] ?? 0), Math.max(a[0] ?? 0, b[0] ?? 0), Math.max(a[1] ?? 0, b[1] ?? 0));
  index.finish();
  let count = 0;
  edges.forEach(([a, b, ring, i], id) => {
    for (const other of index.search(
      Math.min(a[0] ?? 0, b[0] ?? 0),
      Math.min(a[1] ?? 0, b[1] ?? 0),
      Math.max(a[0] ?? 0, b[0] ?? 0),
      Math.max(a[1] ?? 0, b[1] ?? 0),
    )) {
      if (other <= id) continue;
      const [c, d, otherRing, j] = edges[other] as (typeof edges)[number];
      const length = (rings[ring]?.length ?? 0) - 1;
      const adjacent = ring === otherRing && (Math.abs(i - j) === 1 || Math.abs(i - j) === length - 1);
      if (!adjacent && segmentsIntersect(a as [number, number], b as [number, number], c as [number, number], d as [number, number])) count += 1;
    }
  });
  return count;
}

describe("selfIntersections", () => {
  it("finds the crossing of a bow-tie and none in a square", () => {
    expect(
      selfIntersections([
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
      ]),
    ).toBeGreaterThan(0);
    expect(
      selfIntersections([
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ]),
    ).toBe(0);
  });
});

describe("schematic polygons are valid", () => {
  it.each(POLYGON_LAYERS)("%s: closed rings, RFC 7946 winding, no self-intersection", (id) => {
    for (const feature of readFeatures<Polygon | MultiPolygon>(id)) {
      for (const polygon of polygonsOf(feature.geometry)) {
        polygon.forEach((ring, index) => {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring.at(-1));
          expect(signedArea(ring) > 0).toBe(index === 0);
        });
        expect(selfIntersections(polygon), `${id} ${feature.properties?.id}`).toBe(0);
      }
    }
  });

  it.each(["river", "greenway"])("%s: lines have at least two distinct positions", (id) => {
    for (const feature of readFeatures(id)) {
      expect(feature.geometry.type).toBe("LineString");
      const coordinates = (feature.geometry as { coordinates: Position[] }).coordinates;
      expect(new Set(coordinates.map((p) => p.join(","))).size).toBeGreaterThanOrEqual(2);
    }
  });
});
