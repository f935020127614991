import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { collectionTextPieces } from "../io/collection-text";
import { whenLayerJsonText } from "../services/layer-json-url";
import { layerText } from "./layer-text";

const line = (index: number, length: number): Feature => ({
  type: "Feature",
  properties: { osmId: index, name: index % 3 === 0 ? `路 ${index} "quoted"` : null, highway: "footway" },
  geometry: { type: "LineString", coordinates: Array.from({ length }, (_, step) => [1.5 + index * 1e-4 + step * 1e-6, 42.5 + step * 1e-6]) },
});

describe("a layer's GeoJSON text written in the import worker", () => {
  it("is the text the page writes for its copy of the same features, for layers of every size", async () => {
    for (const [count, length] of [
      [0, 0],
      [1, 2],
      [2_500, 3],
      [30, 40_000],
    ] as const) {
      const features = Array.from({ length: count }, (_, index) => line(index, length));
      const worker = layerText(features);
      const pageCopy: FeatureCollection = structuredClone({ type: "FeatureCollection", features });
      const page = await whenLayerJsonText(pageCopy);
      expect(await worker.blob.text()).toBe(await page.blob.text());
      expect(worker.partBytes).toEqual(page.partBytes);
      expect(JSON.parse(await worker.blob.text())).toEqual(pageCopy);
    }
  });

  it("skips empty parts and puts one comma between the others", () => {
    expect(collectionTextPieces(["a", "", "b"], (part) => part.length).join("")).toBe('{"type":"FeatureCollection","features":[a,b]}');
    expect(collectionTextPieces([], (part: string) => part.length).join("")).toBe('{"type":"FeatureCollection","features":[]}');
  });
});
