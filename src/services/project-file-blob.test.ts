import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { projectFileBlob } from "./project-file-blob";
import type { ProjectSnapshot } from "../state/project-snapshot";

const layer = (id: string, title: string, count: number) => ({
  meta: { id, title: { zh: title, en: title } } as ProjectSnapshot["userLayers"][number]["meta"],
  data: {
    type: "FeatureCollection",
    features: Array.from({ length: count }, (_, index) => ({
      type: "Feature",
      id: `f${index}`,
      properties: { name: `「${id}」${index}` },
      geometry: { type: "Point", coordinates: [120 + index, 36] },
    })),
  } as FeatureCollection,
});

const snapshot = (userLayers: ProjectSnapshot["userLayers"]): ProjectSnapshot => ({
  format: "shanhai-project",
  version: 1,
  savedAt: "2026-11-24T00:00:00.000Z",
  userLayers,
  views: {},
  order: userLayers.map((entry) => entry.meta.id),
  ui: { language: "zh", region: "qingdao", ruleSetId: "gb50563-2010", basemap: { kind: "none" } as never },
});

const asText = async (data: FeatureCollection) => new Blob([JSON.stringify(data)]);

describe("the project file as a Blob", () => {
  it("parses back to the snapshot, each layer's text spliced in its place", async () => {
    const project = snapshot([layer("user-park", "公园", 3), layer("user-residential-land", "地块", 5)]);
    const blob = await projectFileBlob(project, asText);
    expect(JSON.parse(await blob.text())).toEqual(project);
  });

  it("is not fooled by a layer named like the key it splices into", async () => {
    const project = snapshot([layer("user-park", '"userLayers":[]', 2)]);
    expect(JSON.parse(await (await projectFileBlob(project, asText)).text())).toEqual(project);
  });

  it("writes a project without user layers", async () => {
    const project = snapshot([]);
    expect(JSON.parse(await (await projectFileBlob(project, asText)).text())).toEqual(project);
  });
});
