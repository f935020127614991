import type { FeatureCollection, LineString, MultiPolygon, Polygon } from "geojson";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyShoreline, NATURAL_MAINLAND_SHARE, shoreRegion } from "../../scripts/build-layers/schematic/classify-shoreline";
import { PARK_TYPES } from "../../scripts/build-layers/schematic/definitions/parks";
import { ellipsoidalAreaM2, ellipsoidalLengthM } from "../../scripts/build-layers/schematic/geometry-tools";
import { createRandom } from "../../scripts/build-layers/schematic/prng";
import { hasLayer, layerPath, readFeatures, SCHEMATIC_IDS } from "./schematic-helpers";

const sumKm2 = (features: { properties: Record<string, unknown> | null }[]) => features.reduce((sum, f) => sum + Number(f.properties?.areaM2), 0) / 1e6;

describe("mulberry32", () => {
  it("is deterministic per seed and uniform-ish", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(values.reduce((s, v) => s + v, 0) / 1000).toBeCloseTo(0.5, 1);
    expect(createRandom(43).next()).not.toBe(values[0]);
  });
});

describe.skipIf(!SCHEMATIC_IDS.every(hasLayer))("schematic totals are of the order of the official figures", () => {
  it("red line: land + sea ≥ 1,705 km², marine ≥ 984 km²", () => {
    const features = readFeatures<Polygon | MultiPolygon>("ecological-red-line");
    const sea = features.filter((f) => f.properties?.zone === "sea");
    expect(sumKm2(features)).toBeGreaterThanOrEqual(1705);
    expect(sumKm2(sea)).toBeGreaterThanOrEqual(984);
    for (const f of features) expect(Math.abs(ellipsoidalAreaM2(f.geometry) - Number(f.properties?.areaM2))).toBeLessThan(1 + 1e-6 * Number(f.properties?.areaM2));
  });

  it("urban development boundary ≤ 2,027.69 km² and three zones", () => {
    const zones = readFeatures<Polygon | MultiPolygon>("urban-rural-zone");
    expect(new Set(zones.map((z) => z.properties?.zone))).toEqual(new Set(["urban-development", "agricultural", "ecological"]));
    const urban = sumKm2(zones.filter((z) => z.properties?.zone === "urban-development"));
    expect(urban).toBeLessThanOrEqual(2027.69);
    expect(urban).toBeGreaterThan(1500);
  });

  it("about 1,000 parks from 400 m² to 100+ ha, typed by the hierarchy, ellipsoidal areaM2", () => {
    const parks = readFeatures<Polygon | MultiPolygon>("park");
    expect(parks.length).toBeGreaterThan(900);
    expect(parks.length).toBeLessThan(1100);
    const types = new Set<string>(PARK_TYPES.map((t) => t.value));
    for (const park of parks) {
      expect(types.has(String(park.properties?.type))).toBe(true);
      expect(Math.abs(ellipsoidalAreaM2(park.geometry) - Number(park.properties?.areaM2))).toBeLessThanOrEqual(1);
    }
    const areas = parks.map((p) => Number(p.properties?.areaM2));
    expect(Math.min(...areas)).toBeGreaterThanOrEqual(390);
    expect(areas.filter((a) => a >= 1_000_000).length).toBeGreaterThan(5);
    for (const name of ["中山公园", "太平山中央公园", "浮山森林公园", "信号山公园", "小鱼山公园", "青岛植物园", "李村公园", "百果山森林公园", "城阳世纪公园", "唐岛湾公园"]) {
      expect(parks.some((p) => p.properties?.name === name), name).toBe(true);
    }
  });

  it("about 20,000 residential parcels of 0.3–5 ha whose population sums to each district's census figure", () => {
    const parcels = readFeatures<Polygon>("residential-land");
    expect(parcels.length).toBeGreaterThan(19_000);
    expect(parcels.length).toBeLessThan(21_000);
    const byDistrict = new Map<string, number>();
    for (const parcel of parcels) {
      const area = Number(parcel.properties?.areaM2);
      expect(area).toBeGreaterThanOrEqual(3000);
      expect(area).toBeLessThanOrEqual(50_000);
      byDistrict.set(String(parcel.properties?.district), (byDistrict.get(String(parcel.properties?.district)) ?? 0) + Number(parcel.properties?.population));
    }
    if (hasLayer("district")) {
      for (const district of readFeatures("district").filter((d) => d.properties?.region === "qingdao")) {
        expect(byDistrict.get(String(district.properties?.name)), String(district.properties?.name)).toBe(district.properties?.population);
      }
    }
  });

  it("coastal greenway about 265 km; levels 区域级/城市级/社区级; lengths geodesic", () => {
    const greenways = readFeatures<LineString>("greenway");
    const coastalKm = greenways.filter((g) => g.properties?.kind === "coastal").reduce((sum, g) => sum + ellipsoidalLengthM(g.geometry.coordinates), 0) / 1000;
    expect(coastalKm).toBeGreaterThan(240);
    expect(coastalKm).toBeLessThan(290);
    expect(new Set(greenways.map((g) => g.properties?.level))).toEqual(new Set(["区域级", "城市级", "社区级"]));
    for (const name of ["浮山环山绿道", "太平山环山绿道", "午山环山绿道", "内环绿道"]) expect(greenways.some((g) => g.properties?.name === name)).toBe(true);
  });
});

describe.skipIf(!hasLayer("shoreline"))("classifyShoreline", () => {
  const collection = JSON.parse(readFileSync(layerPath("shoreline", "data.geojson"), "utf8")) as FeatureCollection<LineString>;

  it("keeps ids and order, and gives Qingdao's mainland a natural share near the 39% baseline", () => {
    const classified = classifyShoreline(collection);
    expect(classified.features.map((f) => f.properties?.id)).toEqual(collection.features.map((f) => f.properties?.id));
    let natural = 0;
    let total = 0;
    for (const feature of classified.features) {
      const coordinates = feature.geometry.coordinates;
      if (feature.properties?.coast === "island" || shoreRegion(coordinates[Math.floor(coordinates.length / 2)] ?? [0, 0]) !== "qingdao") continue;
      const length = ellipsoidalLengthM(coordinates);
      total += length;
      if (feature.properties?.type === "natural") natural += length;
      expect(["natural", "artificial"]).toContain(feature.properties?.type);
    }
    expect(Math.abs(natural / total - NATURAL_MAINLAND_SHARE)).toBeLessThan(0.02);
  });

  it("is deterministic and idempotent", () => {
    const once = classifyShoreline(collection);
    expect(classifyShoreline(once)).toEqual(once);
  });
});
