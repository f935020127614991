import type { FeatureCollection } from "geojson";
import type { LayerMeta } from "../../src/domain/layer-meta";
import { roleDefinition } from "../../src/domain/layer-roles";
import { createLayersStore } from "../../src/state/layers-store";
import { type ProjectSnapshot, snapshotOf } from "../../src/state/project-snapshot";
import { createScenarioStore } from "../../src/state/scenario-store";
import { createUiStore } from "../../src/state/ui-store";

/** The user layer of the valid project every hostile one is made from. */
export const VALID_LAYER_ID = "user-park";
/** Where its one park lies (Qingdao, Shinan). */
export const VALID_PARK_LON_LAT: [number, number] = [120.385, 36.065];

const square = (lon: number, lat: number, halfDeg: number) => ({
  type: "Polygon" as const,
  coordinates: [
    [
      [lon - halfDeg, lat - halfDeg],
      [lon + halfDeg, lat - halfDeg],
      [lon + halfDeg, lat + halfDeg],
      [lon - halfDeg, lat + halfDeg],
      [lon - halfDeg, lat - halfDeg],
    ],
  ],
});

/** The shipped park layer as the stores know it before a project is opened. */
export const SHIPPED_PARK_META: LayerMeta = {
  id: "park",
  title: { zh: "公园", en: "Parks" },
  kind: "park",
  group: "green",
  geometryType: "Polygon",
  regions: ["qingdao"],
  style: { color: "#3f9b4a" },
  source: { zh: "", en: "" },
  licence: "",
  attribution: "",
  schematic: true,
  declaredCrs: "EPSG:4326",
  defaultVisible: true,
  drawOrder: 50,
  featureCount: 1,
  bbox: [120, 36, 121, 37],
};

/**
 * A valid project as the app exports it (`snapshotOf` over real stores): one imported park layer, the shipped park
 * layer restyled by category, a scenario with one candidate park, and a camera over Qingdao.
 */
export function validProject(): ProjectSnapshot {
  const layers = createLayersStore();
  const definition = roleDefinition("park");
  layers.setState({ manifestStatus: "ready", metas: { park: SHIPPED_PARK_META }, order: ["park"], views: { park: { isVisible: true, opacityRatio: 1 } } });
  const data: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      { type: "Feature", properties: { name: "测试公园", type: "综合公园" }, geometry: square(VALID_PARK_LON_LAT[0], VALID_PARK_LON_LAT[1], 0.002) },
      { type: "Feature", properties: { name: "第二公园", type: "社区公园" }, geometry: square(VALID_PARK_LON_LAT[0] + 0.01, VALID_PARK_LON_LAT[1], 0.001) },
    ],
  };
  layers.getState().addUserLayer(
    {
      id: VALID_LAYER_ID,
      title: { zh: "测试公园图层", en: "Test parks" },
      kind: "park",
      group: definition.group,
      geometryType: "Polygon",
      regions: ["qingdao", "yantai"],
      style: { ...definition.style },
      source: { zh: "用户导入：parks.geojson", en: "Imported by the user: parks.geojson" },
      licence: "user data",
      attribution: "用户数据 parks.geojson",
      schematic: false,
      declaredCrs: "EPSG:4326",
      defaultVisible: true,
      drawOrder: 50,
      featureCount: 2,
      bbox: [120.38, 36.06, 120.4, 36.07],
    },
    data,
  );
  layers.getState().restyleLayer("park", {
    color: "#3f9b4a",
    categoryProperty: "type",
    categories: [{ value: "综合公园", color: "#1a7f37", label: { zh: "综合公园", en: "City park" } }],
  });
  const ui = createUiStore();
  ui.getState().reportMapView({ center: [120.38, 36.07], zoom: 12 });
  const scenarios = createScenarioStore();
  scenarios.getState().createScenario("方案一");
  scenarios.getState().editParks([{ type: "Feature", id: "p1", properties: {}, geometry: square(120.42, 36.1, 0.003) }]);
  return JSON.parse(JSON.stringify(snapshotOf(layers.getState(), ui.getState(), new Date("2026-01-01T00:00:00Z"), scenarios.getState()))) as ProjectSnapshot;
}

type Json = Record<string, unknown>;
/** The valid project changed by `edit` (which receives a deep copy, loosely typed as a hostile file would be). */
function variant(edit: (project: Json & { userLayers: { meta: Json; data: Json }[]; ui: Json; styles: Json; scenarios: Json }) => void): Json {
  const project = validProject() as unknown as Parameters<typeof edit>[0];
  edit(project);
  return project;
}
const firstLayer = (project: { userLayers: { meta: Json; data: Json }[] }) => project.userLayers[0] as { meta: Json; data: Json };

/** Project files that each blanked the app (and kept it blank across reloads once saved); name → content. */
export function blankingProjects(): Record<string, Json> {
  return {
    "no-title": variant((p) => {
      delete firstLayer(p).meta.title;
    }),
    "title-object": variant((p) => {
      firstLayer(p).meta.title = { zh: { text: "x" }, en: "x" };
    }),
    "no-style": variant((p) => {
      delete firstLayer(p).meta.style;
    }),
    "null-feature": variant((p) => {
      (firstLayer(p).data.features as unknown[]).unshift(null);
    }),
    "categories-string": variant((p) => {
      (p.styles.park as Json).categories = "nope";
    }),
  };
}

/** Project files that blanked the metrics tab. */
export function metricsBlankingProjects(): Record<string, Json> {
  return {
    "rule-set-object": variant((p) => {
      p.ui.ruleSetId = { id: "gb50563-2010" };
    }),
    "parks-string": variant((p) => {
      ((p.scenarios.list as Json[])[0] as Json).parks = "no";
    }),
  };
}

/** A project turning on an online basemap at another host. */
export function basemapProject(host: string): Json {
  return variant((p) => {
    p.ui.basemap = { kind: "osm", urlTemplate: `http://${host}/{z}/{x}/{y}.png`, tiandituKey: "", attribution: "tiles" };
  });
}

/** A project whose user layer colour is a CSS `url(…)` pointing at `host`. */
export function cssUrlColourProject(host: string): Json {
  return variant((p) => {
    (firstLayer(p).meta.style as Json).color = `url(http://${host}/track.png)`;
  });
}

/** Values that broke the app without blanking it. */
export function quietlyBrokenProjects(): Record<string, Json> {
  return {
    "opacity-string": variant((p) => {
      (p.views as Json)[VALID_LAYER_ID] = { isVisible: true, opacityRatio: "abc" };
    }),
    "region-mars": variant((p) => {
      p.ui.region = "mars";
    }),
    "duplicate-ids": variant((p) => {
      const layer = firstLayer(p);
      p.userLayers.push(structuredClone(layer), structuredClone(layer));
    }),
    "numeric-attribution": variant((p) => {
      firstLayer(p).meta.attribution = 42;
    }),
  };
}

/** A file the page can be given through `setInputFiles`. */
export const asFile = (name: string, project: unknown) => ({
  name: `${name}.json`,
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(project)),
});

/** A small seeded generator (mulberry32), so every run fuzzes the same cases. */
export function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nested(depth: number): unknown {
  let value: unknown = "deep";
  for (let index = 0; index < depth; index++) value = index % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Paths to every value inside `value`. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null || out.length > 400) return out;
  for (const key of Object.keys(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    paths((value as Record<string, unknown>)[key], path, out);
  }
  return out;
}

/** Damages one value of `project` in place: deletes it (30 %) or swaps it for a wrong type, a huge or deeply nested value. */
export function mutate(project: Record<string, unknown>, next: () => number): void {
  const all = paths(project);
  const path = all[Math.floor(next() * all.length)] ?? ["ui"];
  let parent: Record<string | number, unknown> = project;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  const replacements: unknown[] = [
    null,
    undefined,
    "nope",
    42,
    -1e308,
    Number.NaN,
    true,
    [],
    {},
    [null],
    "x".repeat(100_000),
    nested(2_000),
    { __proto__: 1 },
    "url(http://x/)",
    1e300,
  ];
  const choice = next();
  if (choice < 0.3) delete parent[key];
  else parent[key] = replacements[Math.floor(next() * replacements.length)];
}
