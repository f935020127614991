import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { commitImport, LABEL_MAX_FEATURES } from "./import-actions";
import { createImportStore } from "./import-store";
import { createLayersStore } from "./layers-store";

const parcels = (count: number): FeatureCollection => ({
  type: "FeatureCollection",
  features: Array.from({ length: count }, (_, index) => ({
    type: "Feature",
    properties: { 名称: `地块${index}` },
    geometry: { type: "Polygon", coordinates: [[[120, 36], [120.001, 36], [120.001, 36.001], [120, 36]]] },
  })),
});

function committed(count: number) {
  const importStore = createImportStore();
  const layersStore = createLayersStore();
  importStore.setState({
    stage: "review",
    fileName: "parcels.geojson",
    result: { featureCollection: parcels(count), issues: [], detectedCrs: null } as never,
    role: "residential-land",
    mapping: { name: "名称" },
  });
  const id = commitImport(importStore, layersStore);
  return id ? layersStore.getState().metas[id] : undefined;
}

describe("committing an import", () => {
  it("labels an ordinary layer by its mapped name field", () => {
    expect(committed(3)?.style.labelProperty).toBe("name");
    expect(committed(3)?.featureCount).toBe(3);
  });

  it("leaves a very large layer unlabelled (one label per feature would freeze the page)", () => {
    const meta = committed(LABEL_MAX_FEATURES + 1);
    expect(meta?.featureCount).toBe(LABEL_MAX_FEATURES + 1);
    expect(meta?.style.labelProperty).toBeUndefined();
  });
});
