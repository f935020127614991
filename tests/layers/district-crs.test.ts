import path from "node:path";
import * as turf from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { medianCoastDistanceM } from "./helpers/coast-distance";
import { readJson, readLayerData, REPOSITORY_ROOT, sharedFile } from "./helpers/layer-files";

type Polygonal = Feature<Polygon | MultiPolygon>;

const districts = readLayerData("district").features as Polygonal[];
const shoreline = readLayerData("shoreline").features;
/** The same boundaries before conversion (GCJ-02, pre-2017 names), from the committed build input. */
const unconverted = readJson<FeatureCollection>(path.join(REPOSITORY_ROOT, "scripts/build-layers/inputs/echarts-districts-gcj02.geojson"))
  .features as Polygonal[];

describe("district CRS guard: GCJ-02 was converted to WGS84", () => {
  const converted = medianCoastDistanceM(districts, shoreline);
  const raw = medianCoastDistanceM(unconverted, shoreline);

  it("median distance of coastal district vertices to the GSHHG shoreline is below 300 m", () => {
    console.info(
      `coastal vertices → GSHHG shoreline, median: converted ${converted.medianM.toFixed(0)} m (n=${converted.count}), unconverted GCJ-02 ${raw.medianM.toFixed(0)} m (n=${raw.count})`,
    );
    expect(converted.count).toBeGreaterThan(1000);
    expect(converted.medianM).toBeLessThan(300);
  });

  it("the unconverted GCJ-02 source fails the same check (the guard can fail)", () => {
    expect(raw.medianM).toBeGreaterThan(300);
    expect(raw.medianM - converted.medianM).toBeGreaterThan(100);
  });

  it("has today's 21 divisions with names, adcodes and regions", () => {
    const names = districts.map((feature) => feature.properties?.name).sort();
    expect(districts.filter((feature) => feature.properties?.region === "qingdao")).toHaveLength(10);
    expect(districts.filter((feature) => feature.properties?.region === "yantai")).toHaveLength(11);
    expect(names).toEqual(expect.arrayContaining(["即墨区", "蓬莱区", "黄岛区", "芝罘区"]));
    expect(names).not.toEqual(expect.arrayContaining(["即墨市"]));
    expect(names.some((name) => name === "长岛县" || name === "蓬莱市")).toBe(false);
    for (const feature of districts) expect(String(feature.properties?.adcode)).toMatch(/^370[26]\d\d$/);
  });

  it("every population figure has a published source; Qingdao's sum to the 2020 bulletin total", () => {
    for (const feature of districts) {
      const population = feature.properties?.population;
      if (population === null) continue;
      expect(Number.isInteger(population)).toBe(true);
      expect(String(feature.properties?.populationSourceUrl)).toMatch(/^https?:\/\//);
    }
    const qingdao = districts.filter((feature) => feature.properties?.region === "qingdao").map((feature) => feature.properties?.population as number | null);
    if (qingdao.every((value) => value !== null)) expect(qingdao.reduce((sum: number, value) => sum + (value as number), 0)).toBe(10_071_722);
  });
});

const REFERENCES = [
  { label: "Amap-derived (GaryBikini) WGS84", file: "admin-districts-amap-garybikini/qingdao_districts_wgs84.geojson" },
  { label: "DataV.GeoAtlas WGS84", file: "admin-districts-datav/370200_full_wgs84.geojson" },
];

function intersectionOverUnion(a: Polygonal, b: Polygonal): number {
  const intersection = turf.intersect(turf.featureCollection([a, b]));
  const union = turf.union(turf.featureCollection([a, b]));
  return intersection && union ? turf.area(intersection) / turf.area(union) : 0;
}

describe.each(REFERENCES)("Qingdao districts against the $label reference in ../shared", ({ file }) => {
  const referenceFile = sharedFile(file);
  const skipMessage = `SKIPPED: ../shared/data/raw/${file} is absent (reference data is not part of the repository)`;

  it.skipIf(!referenceFile)(referenceFile ? "every district overlaps its reference (IoU ≥ 0.9), better than unconverted" : skipMessage, () => {
    const reference = readJson<FeatureCollection>(referenceFile as string).features as Polygonal[];
    for (const district of districts.filter((feature) => feature.properties?.region === "qingdao")) {
      const adcode = String(district.properties?.adcode);
      const match = reference.find((feature) => String(feature.properties?.adcode) === adcode);
      expect(match, adcode).toBeDefined();
      const sourceAdcode = adcode === "370215" ? "370282" : adcode;
      const before = unconverted.find((feature) => feature.properties?.adcode === sourceAdcode) as Polygonal;
      const iou = intersectionOverUnion(district, match as Polygonal);
      expect(iou, `${adcode} IoU`).toBeGreaterThanOrEqual(0.9);
      expect(iou, `${adcode} converted vs unconverted`).toBeGreaterThan(intersectionOverUnion(turf.feature(before.geometry), match as Polygonal));
      expect(Math.abs(turf.area(district) / turf.area(match as Polygonal) - 1), `${adcode} area`).toBeLessThan(0.03);
    }
  });
});
