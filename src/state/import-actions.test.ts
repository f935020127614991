import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { commitImport, LABEL_MAX_FEATURES } from "./import-actions";
import { createImportStore } from "./import-store";
import { createLayersStore } from "./layers-store";
import { FEATURES_PER_MAIN_SLICE } from "../services/yield-to-main";

const parcels = (count: number): FeatureCollection => ({
  type: "FeatureCollection",
  features: Array.from({ length: count }, (_, index) => ({
    type: "Feature",
    properties: { 名称: `地块${index}` },
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [120 + index * 1e-5, 36],
          [120.001, 36],
          [120.001, 36.001],
          [120 + index * 1e-5, 36],
        ],
      ],
    },
  })),
});

function reviewed(count: number) {
  const importStore = createImportStore();
  const layersStore = createLayersStore();
  importStore.setState({
    stage: "review",
    fileName: "parcels.geojson",
    result: { featureCollection: parcels(count), issues: [], detectedCrs: null } as never,
    role: "residential-land",
    mapping: { name: "名称" },
  });
  return { importStore, layersStore };
}

async function committed(count: number) {
  const { importStore, layersStore } = reviewed(count);
  const id = await commitImport(importStore, layersStore);
  return id ? layersStore.getState().metas[id] : undefined;
}

describe("committing an import", () => {
  it("labels an ordinary layer by its mapped name field", async () => {
    expect((await committed(3))?.style.labelProperty).toBe("name");
    expect((await committed(3))?.featureCount).toBe(3);
  });

  it("maps every feature and spans the extent across the slices it works in", async () => {
    const count = FEATURES_PER_MAIN_SLICE * 2 + 7;
    const { importStore, layersStore } = reviewed(count);
    const id = (await commitImport(importStore, layersStore)) as string;
    const data = layersStore.getState().data[id];
    expect(data?.features).toHaveLength(count);
    expect(data?.features[count - 1]?.properties).toMatchObject({ name: `地块${count - 1}`, 名称: `地块${count - 1}` });
    const [west, south, east, north] = layersStore.getState().metas[id]?.bbox ?? [];
    expect([west, south, north]).toEqual([120, 36, 36.001]);
    expect(east).toBeCloseTo(120 + (count - 1) * 1e-5, 9);
    expect(importStore.getState().stage).toBe("idle");
  });

  it("adds the layer once when 'add' is pressed twice", async () => {
    const { importStore, layersStore } = reviewed(FEATURES_PER_MAIN_SLICE + 1);
    const ids = await Promise.all([commitImport(importStore, layersStore), commitImport(importStore, layersStore)]);
    expect(ids.filter(Boolean)).toHaveLength(1);
    expect(Object.keys(layersStore.getState().metas).filter((id) => id.startsWith("user-"))).toHaveLength(1);
  });

  it("leaves a very large layer unlabelled (one label per feature would freeze the page)", async () => {
    const meta = await committed(LABEL_MAX_FEATURES + 1);
    expect(meta?.featureCount).toBe(LABEL_MAX_FEATURES + 1);
    expect(meta?.style.labelProperty).toBeUndefined();
  });

  it("draws what the data holds whatever the role: points as a point layer, a mixed file as one layer per kind", async () => {
    const importStore = createImportStore();
    const layersStore = createLayersStore();
    const point = (lon: number) => ({
      type: "Feature" as const,
      properties: { 名称: "入口" },
      geometry: { type: "Point" as const, coordinates: [lon, 36.06] },
    });
    const features = [
      point(120.35),
      point(120.36),
      ...parcels(1).features,
      {
        type: "Feature" as const,
        properties: {},
        geometry: {
          type: "LineString" as const,
          coordinates: [
            [120.3, 36],
            [120.31, 36.01],
          ],
        },
      },
    ];
    importStore.setState({
      stage: "review",
      fileName: "gates.geojson",
      layerTitle: "入口",
      result: { featureCollection: { type: "FeatureCollection", features }, issues: [], detectedCrs: null } as never,
      role: "park",
      mapping: { name: "名称" },
    });
    const id = await commitImport(importStore, layersStore);
    const metas = Object.values(layersStore.getState().metas).filter((meta) => meta.id.startsWith("user-"));
    expect(metas.map((meta) => [meta.geometryType, meta.featureCount, meta.title.zh])).toEqual([
      ["Point", 2, "入口（点）"],
      ["Polygon", 1, "入口（面）"],
      ["LineString", 1, "入口（线）"],
    ]);
    expect(metas.every((meta) => meta.kind === "park")).toBe(true);
    expect(id).toBe(metas[0]?.id);
    expect(layersStore.getState().metas[id!]?.bbox).toEqual([120.35, 36.06, 120.36, 36.06]);
  });

  it("gives an import made in an OSM city to that city, any other to the built-in regions", async () => {
    const inCity = reviewed(3);
    const cityId = await commitImport(inCity.importStore, inCity.layersStore, "osm-taipei-jingmei");
    expect(inCity.layersStore.getState().metas[cityId!]?.regions).toEqual(["osm-taipei-jingmei"]);
    const inYantai = reviewed(3);
    const yantaiId = await commitImport(inYantai.importStore, inYantai.layersStore, "yantai");
    expect(inYantai.layersStore.getState().metas[yantaiId!]?.regions).toEqual(["qingdao", "yantai"]);
  });

  it("adds nothing while the review holds a fatal issue (a CRS that fails the data)", async () => {
    const { importStore, layersStore } = reviewed(3);
    const state = importStore.getState();
    importStore.setState({ result: { ...state.result!, issues: [{ code: "crs-missing", message: "x", fileName: "parcels.geojson", severity: "fatal" }] } });
    expect(await commitImport(importStore, layersStore)).toBeNull();
  });
});
