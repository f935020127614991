import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REGIONS } from "../../src/domain/regions";
import { layerPath, readFeatures, readMeta, SCHEMATIC_IDS } from "./schematic-helpers";

const EXPECTED: Record<string, { group: string; drawOrder: number; category?: string }> = {
  "ecological-red-line": { group: "ecological-baseline", drawOrder: 30, category: "zone" },
  bay: { group: "blue", drawOrder: 35, category: "status" },
  river: { group: "blue", drawOrder: 55 },
  greenway: { group: "green", drawOrder: 60, category: "level" },
  park: { group: "green", drawOrder: 50, category: "type" },
  "urban-rural-zone": { group: "urban-rural", drawOrder: 10, category: "zone" },
  "residential-land": { group: "urban-rural", drawOrder: 20 },
};

function positionsOf(value: unknown, output: number[][]): void {
  if (Array.isArray(value) && typeof value[0] === "number") output.push(value as number[]);
  else if (Array.isArray(value)) for (const item of value) positionsOf(item, output);
}

describe("schematic layers: layer.json contract and labelling", () => {
  it.each(SCHEMATIC_IDS)("%s is labelled schematic and matches the LayerMeta contract", (id) => {
    const meta = readMeta(id);
    const features = readFeatures(id);
    const expected = EXPECTED[id];
    expect(meta.id).toBe(id);
    expect(meta.schematic).toBe(true);
    expect(meta.attribution).toContain("示意 schematic demonstration data");
    expect(meta.group).toBe(expected?.group);
    expect(meta.drawOrder).toBe(expected?.drawOrder);
    expect(meta.featureCount).toBe(features.length);
    expect(features.length).toBeGreaterThan(0);
    expect(readFileSync(layerPath(id, "README.md"), "utf8")).toContain("schematic demonstration data / 示意数据");
    for (const feature of features) expect(feature.properties?.schematic).toBe(true);
    if (expected?.category) {
      expect(meta.style.categoryProperty).toBe(expected.category);
      const values = new Set(meta.style.categories?.map((category) => category.value));
      for (const category of meta.style.categories ?? []) {
        expect(category.color).toMatch(/^#[0-9a-f]{6}$/i);
        expect(category.label.zh.length).toBeGreaterThan(0);
        expect(category.label.en.length).toBeGreaterThan(0);
      }
      for (const feature of features) expect(values.has(String(feature.properties?.[expected.category]))).toBe(true);
    }
  });

  it.each(SCHEMATIC_IDS)("%s: WGS84 with 6 decimals, inside its regions' bbox, bbox in layer.json is exact", (id) => {
    const meta = readMeta(id);
    const positions: number[][] = [];
    for (const feature of readFeatures(id)) positionsOf(feature.geometry && "coordinates" in feature.geometry ? feature.geometry.coordinates : [], positions);
    const boxes = REGIONS.filter((region) => meta.regions.includes(region.id)).map((region) => region.bbox);
    for (const [lon, lat] of positions) {
      expect(Math.round((lon ?? 0) * 1e6) / 1e6).toBe(lon);
      expect(Math.round((lat ?? 0) * 1e6) / 1e6).toBe(lat);
      expect(boxes.some(([w, s, e, n]) => (lon ?? 0) >= w && (lon ?? 0) <= e && (lat ?? 0) >= s && (lat ?? 0) <= n)).toBe(true);
    }
    const xs = positions.map((p) => p[0] ?? 0);
    const ys = positions.map((p) => p[1] ?? 0);
    const extent = [
      xs.reduce((a, b) => Math.min(a, b)),
      ys.reduce((a, b) => Math.min(a, b)),
      xs.reduce((a, b) => Math.max(a, b)),
      ys.reduce((a, b) => Math.max(a, b)),
    ];
    expect(meta.bbox).toEqual(extent);
  });

  it("stays within the 7 MB budget for the schematic layers", () => {
    const bytes = SCHEMATIC_IDS.reduce((sum, id) => sum + statSync(layerPath(id, "data.geojson")).size, 0);
    expect(bytes).toBeLessThanOrEqual(7 * 1024 * 1024);
  });
});
