import { describe, expect, it } from "vitest";
import { createLayersStore } from "../../src/state/layers-store";
import { layerKey, SETTINGS_KEY } from "../../src/app/persistence-controller";
import { startPersistence } from "../../src/app/store-bindings";
import { guardSnapshot, isSafeColour } from "../../src/state/project-snapshot-guard";
import { restoreSnapshot } from "../../src/state/project-snapshot";
import { createScenarioStore } from "../../src/state/scenario-store";
import { createUiStore } from "../../src/state/ui-store";
import { memoryStorage } from "../helpers/memory-storage";
import {
  basemapProject,
  blankingProjects,
  cssUrlColourProject,
  metricsBlankingProjects,
  mutate,
  quietlyBrokenProjects,
  random,
  SHIPPED_PARK_META,
  VALID_LAYER_ID,
  validProject,
} from "../e2e/hostile-projects";

function readyStores() {
  const layers = createLayersStore();
  layers.setState({
    manifestStatus: "ready",
    metas: {
      park: SHIPPED_PARK_META,
    },
    order: ["park"],
    views: { park: { isVisible: true, opacityRatio: 1 } },
  });
  return { layers, ui: createUiStore(), scenarios: createScenarioStore() };
}

/** Restores a guarded project into fresh stores and reads back what every panel reads. */
function restoreInto(project: unknown) {
  const guarded = guardSnapshot(project);
  if (!guarded) throw new Error("not a project");
  const stores = readyStores();
  restoreSnapshot(guarded.snapshot, stores.layers, stores.ui, stores.scenarios, {}, { basemapNeedsConsent: true });
  return { ...stores, repairs: guarded.repairs };
}

describe("project snapshot guard", () => {
  it("saves a scenario's candidate paths with the project and restores them; a broken path is dropped with a notice", () => {
    const scenarios = createScenarioStore();
    scenarios.getState().createScenario("步行桥");
    const bridge = {
      type: "Feature" as const,
      id: "w1",
      properties: { candidate: true },
      geometry: {
        type: "LineString" as const,
        coordinates: [
          [120.38, 36.07],
          [120.381, 36.071],
        ],
      },
    };
    scenarios.getState().editPaths([bridge]);
    const project = validProject();
    const saved = JSON.parse(JSON.stringify({ list: scenarios.getState().scenarios, activeScenarioId: scenarios.getState().activeScenarioId }));
    const restored = restoreInto({ ...project, scenarios: saved });
    expect(restored.repairs).toEqual([]);
    expect(restored.scenarios.getState().scenarios[0]?.paths).toEqual([bridge]);

    const broken = [
      bridge,
      { ...bridge, id: "w2", geometry: { type: "LineString", coordinates: [[120.38, 36.07]] } },
      {
        ...bridge,
        id: "w3",
        geometry: {
          type: "LineString",
          coordinates: [
            [120.38, "north"],
            [120.39, 36.08],
          ],
        },
      },
      { ...bridge, id: undefined },
    ];
    const { scenarios: kept, repairs } = restoreInto({ ...project, scenarios: { ...saved, list: [{ ...saved.list[0], paths: broken }] } });
    expect(kept.getState().scenarios[0]?.paths).toEqual([bridge]);
    expect(repairs).toEqual([{ kind: "paths-dropped", subject: "步行桥", count: 3 }]);
  });

  it("keeps a graduated restyle saved with its cleared parts as undefined (as a structured clone stores it)", () => {
    const project = validProject();
    const graduated = { property: "areaM2", breaks: [1_000, 5_000], colors: ["#ffffcc", "#41b6c4", "#253494"] };
    const styles = { park: { color: "#52b788", categoryProperty: undefined, categories: undefined, graduated } };
    const guarded = guardSnapshot({ ...project, styles });
    expect(guarded?.snapshot.styles?.park?.graduated).toEqual(graduated);
    expect(guarded?.repairs).toEqual([]);
  });

  it("keeps a graduated style's method and ramp name, and drops them when they are not one of ours", () => {
    const project = validProject();
    const graduated = { property: "areaM2", breaks: [1_000, 5_000], colors: ["#ffffcc", "#41b6c4", "#253494"], method: "natural-breaks", rampId: "Greens" };
    expect(guardSnapshot({ ...project, styles: { park: { color: "#52b788", graduated } } })?.snapshot.styles?.park?.graduated).toEqual(graduated);
    const hostile = { ...graduated, method: "eval", rampId: "url(https://example.com)" };
    const kept = guardSnapshot({ ...project, styles: { park: { color: "#52b788", graduated: hostile } } })?.snapshot.styles?.park?.graduated;
    expect(kept).toEqual({ property: "areaM2", breaks: [1_000, 5_000], colors: ["#ffffcc", "#41b6c4", "#253494"] });
  });

  it("restores the blind-spot layer's toggle and opacity, and resets a malformed one with a repair", () => {
    const project = validProject();
    const kept = restoreInto({ ...project, ui: { ...project.ui, blindSpots: { isVisible: false, opacityRatio: 0.3 } } });
    expect(kept.ui.getState().blindSpotView).toEqual({ isVisible: false, opacityRatio: 0.3 });
    expect(kept.repairs).toEqual([]);
    const reset = restoreInto({ ...project, ui: { ...project.ui, blindSpots: { isVisible: "no", opacityRatio: "abc" } } });
    expect(reset.ui.getState().blindSpotView).toEqual({ isVisible: true, opacityRatio: 1 });
    expect(reset.repairs).toContainEqual({ kind: "setting-reset", subject: "blindSpots" });
  });

  it("keeps a valid exported project as it is, with nothing to report", () => {
    const project = validProject();
    const guarded = guardSnapshot(project);
    expect(guarded?.repairs).toEqual([]);
    expect(guarded?.snapshot.userLayers[0]?.meta).toEqual(project.userLayers[0]?.meta);
    expect(guarded?.snapshot.userLayers[0]?.data.features).toEqual(project.userLayers[0]?.data.features);
    expect(guarded?.snapshot.styles).toEqual(project.styles);
    expect(guarded?.snapshot.scenarios).toEqual(project.scenarios);
  });

  it("returns null for what is not a project", () => {
    for (const value of [null, 1, "x", [], { type: "FeatureCollection", features: [] }, { format: "shanhai-project", version: 2, userLayers: [] }]) {
      expect(guardSnapshot(value)).toBeNull();
    }
  });

  it.each(Object.entries(blankingProjects()))("repairs %s so every layer has a title, a style with a colour, and only features", (_name, project) => {
    const { layers, repairs } = restoreInto(project);
    expect(repairs.length).toBeGreaterThan(0);
    for (const id of layers.getState().order) {
      const meta = layers.getState().metas[id];
      expect(typeof meta?.title.zh).toBe("string");
      expect(typeof meta?.style.color).toBe("string");
      if (meta?.style.categories !== undefined) expect(Array.isArray(meta.style.categories)).toBe(true);
      for (const feature of layers.getState().data[id]?.features ?? []) expect(feature?.type).toBe("Feature");
    }
    expect(layers.getState().metas[VALID_LAYER_ID]).toBeDefined();
  });

  it("keeps a sound layer's data object (and the text adopted for it), and copies only a repaired one", () => {
    const project = validProject();
    const data = project.userLayers[0]?.data;
    expect(guardSnapshot(project)?.snapshot.userLayers[0]?.data).toBe(data);
    const repaired = validProject();
    const first = repaired.userLayers[0]?.data.features[0];
    if (first) (first as { properties: unknown }).properties = "not an object";
    const guarded = guardSnapshot(repaired)?.snapshot.userLayers[0]?.data;
    expect(guarded).not.toBe(repaired.userLayers[0]?.data);
    expect(guarded?.features[0]?.properties).toEqual({});
  });

  it("drops a null feature and says how many", () => {
    const { layers, repairs } = restoreInto(blankingProjects()["null-feature"]);
    expect(layers.getState().data[VALID_LAYER_ID]?.features).toHaveLength(2);
    expect(repairs).toContainEqual({ kind: "features-dropped", subject: VALID_LAYER_ID, count: 1 });
  });

  it.each(Object.entries(metricsBlankingProjects()))("resets %s to what the metrics tab can show", (_name, project) => {
    const { ui, scenarios, repairs } = restoreInto(project);
    expect(ui.getState().ruleSetId).toBe("qingdao-300-500");
    for (const scenario of scenarios.getState().scenarios) expect(Array.isArray(scenario.parks)).toBe(true);
    expect(repairs.length).toBeGreaterThan(0);
  });

  it("offers a file's online basemap instead of using it", () => {
    const { ui } = restoreInto(basemapProject("tiles.example.invalid"));
    expect(ui.getState().basemap.kind).toBe("off");
    expect(ui.getState().pendingBasemap?.urlTemplate).toBe("http://tiles.example.invalid/{z}/{x}/{y}.png");
    ui.getState().answerPendingBasemap(true);
    expect(ui.getState().basemap.kind).toBe("osm");
  });

  it("refuses a CSS url() as a colour", () => {
    const { layers } = restoreInto(cssUrlColourProject("tracker.example.invalid"));
    expect(layers.getState().metas[VALID_LAYER_ID]?.style.color).not.toContain("url(");
    for (const colour of ["#abc", "#a1b2c3", "#a1b2c3d4", "rgb(1, 2, 3)", "rgba(1,2,3,0.5)", "hsl(120, 50%, 50%)", "teal"])
      expect(isSafeColour(colour)).toBe(true);
    for (const colour of ["url(x)", "var(--a)", "rgb(1,2,url(x))", "#12", "expression", "", "red;background:url(x)"]) expect(isSafeColour(colour)).toBe(false);
  });

  it("repairs values that broke panels quietly: opacity, region, duplicate ids, a numeric attribution", () => {
    const broken = quietlyBrokenProjects();
    const opacity = restoreInto(broken["opacity-string"]);
    expect(opacity.layers.getState().views[VALID_LAYER_ID]?.opacityRatio).toBe(1);
    expect(restoreInto(broken["region-mars"]).ui.getState().region).toBe("qingdao");
    const duplicates = restoreInto(broken["duplicate-ids"]);
    expect(duplicates.layers.getState().order.filter((id) => id === VALID_LAYER_ID)).toHaveLength(1);
    expect(restoreInto(broken["numeric-attribution"]).layers.getState().metas[VALID_LAYER_ID]?.attribution).toBe("42");
  });

  it("reads own properties only: prototype member names are plain keys", () => {
    const project = validProject() as unknown as Record<string, unknown>;
    const views = JSON.parse('{"__proto__": {"isVisible": true, "opacityRatio": 1}, "constructor": 5}') as Record<string, unknown>;
    const guarded = guardSnapshot({ ...project, views, styles: JSON.parse('{"__proto__": {"color": "#fff"}}') });
    expect(guarded).not.toBeNull();
    expect(Object.getPrototypeOf(guarded?.snapshot.views)).toBe(Object.prototype);
  });
});

describe("fuzzing project files and the saved project", () => {
  it("never throws on 300 damaged project files, and always yields stores the panels can read", () => {
    const next = random(20261206);
    for (let index = 0; index < 300; index++) {
      const project = validProject() as unknown as Record<string, unknown>;
      const edits = 1 + Math.floor(next() * 4);
      for (let edit = 0; edit < edits; edit++) mutate(project, next);
      const guarded = guardSnapshot(project);
      if (!guarded) continue;
      const { layers, ui, scenarios } = restoreInto(project);
      for (const id of layers.getState().order) {
        const meta = layers.getState().metas[id];
        expect(meta && typeof meta.title.zh === "string" && typeof meta.style.color === "string" && typeof meta.attribution === "string", `case ${index}`).toBe(
          true,
        );
        expect(Number.isFinite(layers.getState().views[id]?.opacityRatio), `case ${index}`).toBe(true);
      }
      expect(["qingdao", "yantai"]).toContain(ui.getState().region);
      expect(typeof ui.getState().ruleSetId).toBe("string");
      for (const scenario of scenarios.getState().scenarios) expect(Array.isArray(scenario.parks)).toBe(true);
    }
  });

  it("restores a valid stored layer however the other saved values are damaged", async () => {
    const next = random(7);
    for (let index = 0; index < 200; index++) {
      const storage = memoryStorage();
      const project = validProject() as unknown as Record<string, unknown> & { userLayers: { meta: unknown; data: unknown }[] };
      const [layer] = project.userLayers;
      storage.map.set(layerKey(VALID_LAYER_ID), layer?.data);
      const rest: Record<string, unknown> = structuredClone({ ...project, userLayers: undefined });
      const edits = 1 + Math.floor(next() * 3);
      for (let edit = 0; edit < edits; edit++) mutate(rest, next);
      // Everything but the stored layer may be damaged (the format marker aside: without it nothing is a project).
      const settings = { ...rest, format: "shanhai-project", version: 1, userLayers: [{ meta: layer?.meta }] };
      storage.map.set(SETTINGS_KEY, settings);
      const { layers, ui, scenarios } = readyStores();
      const errors: string[] = [];
      startPersistence({ layersStore: layers, uiStore: ui, storage, onError: (message) => errors.push(message), debounceMs: 0, scenarioStore: scenarios });
      await expect
        .poll(() => layers.getState().metas[VALID_LAYER_ID] !== undefined, {
          timeout: 2_000,
          message: `case ${index}: ${JSON.stringify(settings).slice(0, 600)} ${errors}`,
        })
        .toBe(true);
      expect(layers.getState().data[VALID_LAYER_ID]?.features, `case ${index}`).toHaveLength(2);
      expect(errors).toEqual([]);
    }
  });
});
