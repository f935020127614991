import { resolveObjectURL } from "node:buffer";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { layerJsonUrl, whenLayerJsonText, whenLayerJsonBlob, whenLayerJsonUrl } from "./layer-json-url";
import { TEXT_PART_POSITIONS } from "../io/collection-text";
import { FEATURES_PER_MAIN_SLICE } from "./yield-to-main";

const points = (count: number): FeatureCollection => ({
  type: "FeatureCollection",
  features: Array.from({ length: count }, (_, index) => ({
    type: "Feature",
    id: `source-${index}`,
    properties: { name: `点${index}`, note: '<"quoted">' },
    geometry: { type: "Point", coordinates: [120 + index * 1e-6, 36] },
  })),
});

async function readBack(url: string): Promise<FeatureCollection> {
  const blob = resolveObjectURL(url);
  if (!blob) throw new Error(`no blob behind ${url}`);
  return JSON.parse(await blob.text()) as FeatureCollection;
}

describe("layer JSON URLs", () => {
  it("serialises a small layer at once, as it is", async () => {
    const data = points(3);
    const url = layerJsonUrl(data) as string;
    expect(url).toMatch(/^blob:/);
    const parsed = await readBack(url);
    expect(parsed).toEqual(data);
    expect(layerJsonUrl(data)).toBe(url);
  });

  it("serialises a large layer in slices into one valid collection", async () => {
    const count = FEATURES_PER_MAIN_SLICE * 2 + 3;
    const data = points(count);
    expect(layerJsonUrl(data)).toBeNull();
    const [first, second] = await Promise.all([whenLayerJsonUrl(data), whenLayerJsonUrl(data)]);
    expect(second).toBe(first);
    expect(layerJsonUrl(data)).toBe(first);
    expect(await readBack(first)).toEqual(data);
    expect(JSON.parse(await (await whenLayerJsonBlob(data)).text())).toEqual(data);
  });

  it("serialises a layer of few but long lines in slices too", async () => {
    const line = (positions: number) => ({
      type: "Feature" as const,
      properties: {},
      geometry: { type: "LineString" as const, coordinates: Array.from({ length: positions }, (_, index) => [120 + index * 1e-5, 36]) },
    });
    const data: FeatureCollection = { type: "FeatureCollection", features: [line(TEXT_PART_POSITIONS), line(3), line(TEXT_PART_POSITIONS / 2)] };
    expect(layerJsonUrl(data)).toBeNull();
    expect(await readBack(await whenLayerJsonUrl(data))).toEqual(data);
    // A feature over the budget is a part of its own; the small ones after it make the next.
    expect((await whenLayerJsonText(data)).partBytes).toHaveLength(2);
  });

  it("writes an empty layer as an empty collection", async () => {
    expect((await readBack(layerJsonUrl(points(0)) as string)).features).toEqual([]);
  });
});
