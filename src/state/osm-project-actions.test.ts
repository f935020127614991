import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { startMacrotaskTicker } from "../../tests/helpers/macrotask-ticker";
import { ROLE_DEFINITIONS, roleDefinition } from "../domain/layer-roles";
import { DEFAULT_OSM_MAPPING, type OsmProject, OSM_ROLES, type OsmRole, type OsmScan } from "../io/osm/osm-types";
import { whenLayerJsonBlob } from "../services/layer-json-url";
import { FEATURES_PER_MAIN_SLICE } from "../services/yield-to-main";
import type { ImportClient } from "../worker/import-client";
import { createImportStore, type ImportContext } from "./import-store";
import { createLayersStore, selectRegions } from "./layers-store";
import { importOsmProject, OSM_ROLE_TO_LAYER_ROLE, osmProjectLayers, osmProjectRegion } from "./osm-project-actions";
import { guardSnapshot } from "./project-snapshot-guard";
import { restoreSnapshot, snapshotOf } from "./project-snapshot";
import { createUiStore } from "./ui-store";

const square = (west: number, south: number, sizeDeg: number, properties: Record<string, unknown>): Feature => ({
  type: "Feature",
  properties,
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [west, south],
        [west + sizeDeg, south],
        [west + sizeDeg, south + sizeDeg],
        [west, south + sizeDeg],
        [west, south],
      ],
    ],
  },
});
const collection = (...features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });

const scan: OsmScan = {
  fileName: "taipei-jingmei_2025-05-30.osm.gz",
  format: "xml",
  boundaries: [{ relationId: 1293250, name: "文山區", nameEn: "Wenshan District", adminLevel: 7 }],
  adminLevels: [7, 9],
  dataDate: "2025-05-30T10:11:12Z",
  bbox: [121.53, 24.98, 121.55, 25.0],
  elementCounts: { nodes: 10, ways: 4, relations: 1 },
};

/** A small project: two parks, one residential block, one walkable edge; every other role empty. */
function project(): OsmProject {
  const layers = Object.fromEntries(OSM_ROLES.map((role) => [role, collection()])) as Record<OsmRole, FeatureCollection>;
  layers.park = collection(
    square(121.54, 24.99, 0.001, { name: "景美公園", osmId: 1, osmType: "way" }),
    square(121.545, 24.992, 0.001, { name: "仙跡岩", osmId: 2, osmType: "way" }),
  );
  layers.residential = collection(square(121.541, 24.991, 0.002, { landuse: "residential", osmId: 3, osmType: "way" }));
  layers.network = collection({
    type: "Feature",
    properties: { highway: "residential", lengthM: 120, osmId: 4 },
    geometry: {
      type: "LineString",
      coordinates: [
        [121.54, 24.99],
        [121.541, 24.991],
      ],
    },
  });
  const counts = Object.fromEntries(OSM_ROLES.map((role) => [role, layers[role].features.length])) as Record<OsmRole, number>;
  return {
    scan,
    layers,
    report: { counts, incompleteWays: 2, incompleteRelations: 1, clippedFeatures: 0, clipRule: "cut" },
    attribution: "© OpenStreetMap contributors, ODbL",
  };
}

describe("OSM roles in the app", () => {
  it("gives every OSM role a layer role of its own, with a title in both languages", () => {
    const layerRoles = OSM_ROLES.map((role) => OSM_ROLE_TO_LAYER_ROLE[role]);
    expect(new Set(layerRoles).size).toBe(OSM_ROLES.length);
    for (const role of layerRoles) {
      expect(ROLE_DEFINITIONS.some((definition) => definition.role === role)).toBe(true);
      expect(roleDefinition(role).title.zh).not.toBe("");
    }
    expect(roleDefinition("walking-network").title).toEqual({ zh: "步行网络", en: "Walking network" });
    expect(OSM_ROLE_TO_LAYER_ROLE.residential).toBe("residential-land");
  });
});

describe("an OSM project becomes a region and its layers", () => {
  it("names the region after the clip boundary and spans the data", () => {
    const region = osmProjectRegion(project(), 1293250, []);
    expect(region).toMatchObject({ id: "osm-wenshan-district", name: { zh: "文山區", en: "Wenshan District" }, dataDate: "2025-05-30" });
    expect(region.bbox[0]).toBeCloseTo(121.54, 6);
    expect(region.bbox[3]).toBeCloseTo(24.993, 6);
  });

  it("names it after the file without a boundary, and never reuses a taken id", () => {
    expect(osmProjectRegion(project(), null, ["osm-taipei-jingmei-2025-05-30"]).id).toBe("osm-taipei-jingmei-2025-05-30-2");
  });

  it("makes one layer per non-empty role, in the region only, with the OSM attribution and the data date", () => {
    const region = osmProjectRegion(project(), null, []);
    const layers = osmProjectLayers(project(), region, []);
    expect(layers.map(({ meta }) => meta.kind)).toEqual(["park", "residential-land", "walking-network"]);
    expect(layers.map(({ meta }) => meta.geometryType)).toEqual(["Polygon", "Polygon", "LineString"]);
    for (const { meta } of layers) {
      expect(meta.regions).toEqual([region.id]);
      expect(meta.attribution).toBe("© OpenStreetMap contributors, ODbL · 2025-05-30");
      expect(meta.id.startsWith("user-")).toBe(true);
    }
    expect(layers[0]?.meta.featureCount).toBe(2);
  });
});

/** The import worker's OSM steps answered in-process with `result`. */
function fakeClient(result: OsmProject): ImportClient {
  return {
    read: () => Promise.reject(new Error("not an ordinary file")),
    readProject: () => Promise.resolve(null),
    isOsm: () => Promise.resolve(true),
    scanOsm: (_content, _name, onProgress) => {
      onProgress(1);
      return Promise.resolve({ ok: true, value: result.scan });
    },
    readOsm: () => Promise.resolve({ ok: true, value: result }),
    cancel: () => undefined,
  };
}

describe("importing an OSM extract", () => {
  it("scans, waits for the mapping, then opens the project in its own region", async () => {
    const importStore = createImportStore();
    const layersStore = createLayersStore();
    const uiStore = createUiStore();
    const context: ImportContext = { client: fakeClient(project()) };
    await importStore.getState().importFile({ name: scan.fileName, content: new Blob(["<osm/>"]) }, context);
    expect(importStore.getState()).toMatchObject({ stage: "osm-mapping", osmScan: scan, osmClip: { kind: "extent" } });
    expect(importStore.getState().osmMapping).toBe(DEFAULT_OSM_MAPPING);

    const regionId = await importOsmProject(importStore, layersStore, uiStore, context);
    expect(regionId).toBe("osm-taipei-jingmei-2025-05-30");
    expect(uiStore.getState().region).toBe(regionId);
    expect(uiStore.getState().viewRequest?.bbox[0]).toBeCloseTo(121.54, 6);
    expect(selectRegions(layersStore.getState()).map((region) => region.id)).toEqual(["qingdao", "yantai", regionId]);
    expect(layersStore.getState().order.filter((id) => id.startsWith("user-"))).toHaveLength(3);
    expect(importStore.getState()).toMatchObject({
      stage: "osm-done",
      osmSummary: { report: { incompleteWays: 2, incompleteRelations: 1, clipRule: "cut" }, dataDate: "2025-05-30" },
    });
    expect(Object.keys(importStore.getState().osmSummary?.layerIds ?? {})).toEqual(["park", "residential", "network"]);
  });

  it("measures a large project's layers with the page free in between (no single long task)", async () => {
    const big = project();
    big.layers.residential = collection(
      ...Array.from({ length: 5 * FEATURES_PER_MAIN_SLICE }, (_, index) =>
        square(121.5 + (index % 100) * 0.001, 24.9 + Math.floor(index / 100) * 0.001, 0.0005, { osmId: index }),
      ),
    );
    const importStore = createImportStore();
    const context: ImportContext = { client: fakeClient(big) };
    await importStore.getState().importFile({ name: scan.fileName, content: new Blob(["<osm/>"]) }, context);
    const ticker = startMacrotaskTicker();
    const layersStore = createLayersStore();
    const regionId = await importOsmProject(importStore, layersStore, createUiStore(), context);
    const ticks = ticker.stop();
    expect(regionId).not.toBeNull();
    expect(ticks).toBeGreaterThanOrEqual(5);
    const residential = Object.values(layersStore.getState().metas).find((meta) => meta.kind === "residential-land");
    expect(residential?.bbox[0]).toBeCloseTo(121.5, 6);
    expect(residential?.bbox[3]).toBeCloseTo(24.9 + 99 * 0.001 + 0.0005, 6);
  });

  it("takes the worker's GeoJSON text of a layer as the text the workers read, without serialising it again", async () => {
    const withText = project();
    const networkText = new Blob([JSON.stringify(withText.layers.network)], { type: "application/geo+json" });
    const importStore = createImportStore();
    const context: ImportContext = { client: fakeClient({ ...withText, layerTexts: { network: { blob: networkText, partBytes: [] } } } as OsmProject) };
    await importStore.getState().importFile({ name: scan.fileName, content: new Blob(["<osm/>"]) }, context);
    const layersStore = createLayersStore();
    await importOsmProject(importStore, layersStore, createUiStore(), context);
    const byKind = (kind: string) => {
      const id = Object.values(layersStore.getState().metas).find((meta) => meta.kind === kind)?.id ?? "";
      return layersStore.getState().data[id] as FeatureCollection;
    };
    expect(await whenLayerJsonBlob(byKind("walking-network"))).toBe(networkText);
    const parksText = await whenLayerJsonBlob(byKind("park"));
    expect(parksText).not.toBe(networkText);
    expect(JSON.parse(await parksText.text())).toEqual(withText.layers.park);
  });

  it("says the file is unreadable with the reader's code, and empty when no role has a feature", async () => {
    const importStore = createImportStore();
    const broken: ImportClient = {
      ...fakeClient(project()),
      scanOsm: () => Promise.resolve({ ok: false, code: "osm-truncated", message: "x.osm.pbf: block 3 ends early" }),
    };
    await importStore.getState().importFile({ name: "x.osm.pbf", content: new Blob(["x"]) }, { client: broken });
    expect(importStore.getState()).toMatchObject({ stage: "failed", failure: "osm-truncated", failureDetail: "x.osm.pbf: block 3 ends early" });

    const empty = project();
    for (const role of OSM_ROLES) empty.layers[role] = collection();
    const context = { client: fakeClient(empty) };
    await importStore.getState().importFile({ name: scan.fileName, content: new Blob(["<osm/>"]) }, context);
    expect(await importOsmProject(importStore, createLayersStore(), createUiStore(), context)).toBeNull();
    expect(importStore.getState()).toMatchObject({ stage: "failed", failure: "osm-empty" });
  });
});

describe("cancelling an OSM read", () => {
  it("stops at once, says the import was cancelled and adds nothing", async () => {
    let rejectRead: (reason: Error) => void = () => undefined;
    const progress: number[] = [];
    const client: ImportClient = {
      ...fakeClient(project()),
      readOsm: (_content, _name, _mapping, _clip, onProgress) => {
        onProgress(0.25);
        return new Promise((_resolve, reject) => {
          rejectRead = reject;
        });
      },
      cancel: () => rejectRead(new Error("cancelled")),
    };
    const importStore = createImportStore();
    const layersStore = createLayersStore();
    importStore.subscribe((state) => progress.push(state.progressRatio));
    await importStore.getState().importFile({ name: scan.fileName, content: new Blob(["<osm/>"]) }, { client });
    const opening = importOsmProject(importStore, layersStore, createUiStore(), { client });
    expect(importStore.getState()).toMatchObject({ stage: "reading", progressRatio: 0.25 });
    importStore.getState().cancelImport({ client });
    expect(await opening).toBeNull();
    expect(importStore.getState()).toMatchObject({ stage: "failed", failure: "read-cancelled" });
    expect(layersStore.getState().order).toEqual([]);
    expect(layersStore.getState().projectRegions).toEqual([]);
    expect(progress).toContain(0.25);
  });
});

describe("an OSM project in the saved project", () => {
  it("travels through the snapshot: region, layers and the chosen region come back", async () => {
    const importStore = createImportStore();
    const layersStore = createLayersStore();
    const uiStore = createUiStore();
    const context = { client: fakeClient(project()) };
    await importStore.getState().importFile({ name: scan.fileName, content: new Blob(["<osm/>"]) }, context);
    importStore.getState().chooseOsmClip({ kind: "boundary", relationId: 1293250 });
    const regionId = await importOsmProject(importStore, layersStore, uiStore, context);
    const saved = JSON.parse(JSON.stringify(snapshotOf(layersStore.getState(), uiStore.getState())));

    const guarded = guardSnapshot(saved);
    expect(guarded?.repairs).toEqual([]);
    const restoredLayers = createLayersStore();
    const restoredUi = createUiStore();
    restoreSnapshot(guarded!.snapshot, restoredLayers, restoredUi);
    expect(restoredUi.getState().region).toBe(regionId);
    expect(restoredLayers.getState().projectRegions).toEqual(layersStore.getState().projectRegions);
    const restoredMetas = Object.values(restoredLayers.getState().metas);
    expect(restoredMetas.map((meta) => meta.kind).sort()).toEqual(["park", "residential-land", "walking-network"]);
    expect(restoredMetas.every((meta) => meta.regions.length === 1 && meta.regions[0] === regionId)).toBe(true);
  });

  it("drops a malformed project region, and the layers and setting that named it fall back to the built-in regions", () => {
    const meta = {
      id: "user-osm-x-park",
      title: { zh: "公园", en: "Parks" },
      kind: "park",
      group: "green",
      geometryType: "Polygon",
      regions: ["osm-Bad Id"],
      style: { color: "#3f9b4a" },
      source: { zh: "", en: "" },
      licence: "ODbL-1.0",
      attribution: "",
      schematic: false,
      declaredCrs: "EPSG:4326",
      defaultVisible: true,
      drawOrder: 52,
      featureCount: 1,
      bbox: [121, 24, 122, 25],
    };
    const guarded = guardSnapshot({
      format: "shanhai-project",
      version: 1,
      savedAt: "",
      views: {},
      order: [],
      userLayers: [{ meta, data: collection(square(121.5, 24.9, 0.01, {})) }],
      projectRegions: [{ id: "osm-Bad Id", name: { zh: "坏", en: "Bad" }, bbox: [121, 24, 122, 25] }],
      ui: { language: "zh", region: "osm-Bad Id", ruleSetId: "gb50563-2010", basemap: { kind: "off" } },
    });
    expect(guarded?.repairs).toEqual(
      expect.arrayContaining([
        { kind: "region-dropped", subject: "osm-Bad Id" },
        { kind: "layer-repaired", subject: "user-osm-x-park" },
        { kind: "setting-reset", subject: "region" },
      ]),
    );
    expect(guarded?.snapshot.userLayers[0]?.meta.regions).toEqual(["qingdao", "yantai"]);
    expect(guarded?.snapshot.projectRegions).toBeUndefined();
    expect(guarded?.snapshot.ui.region).toBe("qingdao");
  });
});

describe("a permalink naming a project region", () => {
  it("is taken when the project holds the region, and ignored when it does not", async () => {
    const importStore = createImportStore();
    const layersStore = createLayersStore();
    const uiStore = createUiStore();
    const context = { client: fakeClient(project()) };
    await importStore.getState().importFile({ name: scan.fileName, content: new Blob(["<osm/>"]) }, context);
    const regionId = await importOsmProject(importStore, layersStore, uiStore, context);
    uiStore.getState().chooseRegion("yantai", [119.56, 36.55, 121.96, 38.4]);
    const saved = guardSnapshot(JSON.parse(JSON.stringify(snapshotOf(layersStore.getState(), uiStore.getState()))))!.snapshot;

    const linkedUi = createUiStore();
    restoreSnapshot(saved, createLayersStore(), linkedUi, undefined, { region: regionId as `osm-${string}` });
    expect(linkedUi.getState().region).toBe(regionId);
    const foreignUi = createUiStore();
    restoreSnapshot(saved, createLayersStore(), foreignUi, undefined, { region: "osm-someone-elses-city" });
    expect(foreignUi.getState().region).toBe("yantai");
  });
});
