import * as turf from "@turf/turf";
import type { LineString, MultiPolygon, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { createLocalProjection } from "../../scripts/build-layers/schematic/projection";
import { SegmentIndex } from "../../scripts/build-layers/schematic/segment-index";
import { polygonsOf, readFeatures } from "./schematic-helpers";

describe("schematic blue and red-line layers against the real shoreline", () => {
  const projection = createLocalProjection(120.5, 36.5);
  const shoreline = new SegmentIndex(readFeatures<LineString>("shoreline").map((feature) => feature.geometry.coordinates.map(projection.forward)));
  const land = new SegmentIndex(
    readFeatures<Polygon | MultiPolygon>("land").flatMap((feature) =>
      polygonsOf(feature.geometry)
        .flat()
        .map((ring) => ring.map(projection.forward)),
    ),
  );

  it("order-1 rivers end on the shoreline (< 1 m) and run on land before it", () => {
    const rivers = readFeatures<LineString>("river");
    expect(new Set(rivers.map((river) => river.properties?.system))).toEqual(
      new Set(["大沽河", "北胶莱河", "胶莱河", "墨水河", "周疃河", "白沙河", "洋河", "风河", "白马河", "李村河", "独流入海"]),
    );
    for (const river of rivers.filter((feature) => feature.properties?.order === 1)) {
      const path = river.geometry.coordinates.map(projection.forward);
      expect(shoreline.nearest(path.at(-1) as [number, number], 100)?.distanceM ?? Infinity, String(river.properties?.name)).toBeLessThan(1);
      const onLand = path.slice(0, -1).filter((point) => land.contains(point)).length;
      expect(onLand / (path.length - 1)).toBeGreaterThan(0.98);
    }
  });

  it("tributaries end on the river they join", () => {
    const rivers = readFeatures<LineString>("river");
    for (const river of rivers.filter((feature) => feature.properties?.order === 2)) {
      const main = rivers.find((candidate) => candidate.properties?.name === river.properties?.joins);
      expect(main).toBeDefined();
      const index = new SegmentIndex([(main as typeof river).geometry.coordinates.map(projection.forward)]);
      expect(index.nearest(projection.forward(river.geometry.coordinates.at(-1) as Position), 100)?.distanceM ?? Infinity).toBeLessThan(1);
    }
  });

  it("bays and marine red-line patches lie in the sea; land red-line patches on land", () => {
    const landFeatures = readFeatures<Polygon | MultiPolygon>("land");
    const sea = [
      ...readFeatures<Polygon | MultiPolygon>("bay"),
      ...readFeatures<Polygon | MultiPolygon>("ecological-red-line").filter((feature) => feature.properties?.zone === "sea"),
    ];
    for (const feature of sea) {
      const area = turf.area(feature);
      const box = turf.bbox(feature);
      let overlap = 0;
      for (const piece of landFeatures) {
        const clipped = turf.bboxClip(piece, box);
        if (polygonsOf(clipped.geometry as Polygon | MultiPolygon).every((polygon) => (polygon[0]?.length ?? 0) < 4)) continue;
        const common = turf.intersect(turf.featureCollection([feature, clipped as typeof feature]));
        if (common) overlap += turf.area(common);
      }
      expect(overlap / area, String(feature.properties?.name)).toBeLessThan(0.001);
    }
    for (const feature of readFeatures<Polygon | MultiPolygon>("ecological-red-line").filter((f) => f.properties?.zone === "land")) {
      const vertices = polygonsOf(feature.geometry).flat(2);
      const inside = vertices.filter(
        (vertex) => land.contains(projection.forward(vertex)) || (shoreline.nearest(projection.forward(vertex), 5)?.distanceM ?? 10) < 5,
      );
      expect(inside.length / vertices.length).toBeGreaterThan(0.99);
    }
  });

  it("bays carry the plan's beautiful-bay status and target year", () => {
    const bays = readFeatures("bay");
    const byName = new Map(bays.map((bay) => [bay.properties?.name, bay.properties]));
    expect(byName.get("灵山湾")?.status).toBe("built");
    expect(byName.get("崂山湾")?.targetYear).toBe(2025);
    expect(byName.get("胶州湾")?.targetYear).toBe(2030);
    expect(byName.get("四十里湾")?.region).toBe("yantai");
    for (const name of [
      "胶州湾",
      "鳌山湾",
      "灵山湾",
      "唐岛湾",
      "丁字湾",
      "崂山湾",
      "古镇口湾",
      "董家口",
      "东岸前海",
      "西岸前海",
      "四十里湾",
      "龙口岸段",
      "蓬莱湾区",
      "海阳岸段",
    ])
      expect(byName.has(name), name).toBe(true);
  });
});
