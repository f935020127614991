import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { deleteLayerData, FEATURES_PER_PART, POSITIONS_PER_PART, readLayerData, writeLayerData } from "./layer-data-storage";
import { memoryStorage } from "../../tests/helpers/memory-storage";

const points = (count: number): FeatureCollection => ({
  type: "FeatureCollection",
  features: Array.from({ length: count }, (_, index) => ({
    type: "Feature",
    properties: { index },
    geometry: { type: "Point", coordinates: [120 + index * 1e-6, 36] },
  })),
});

describe("layer data in storage", () => {
  it("keeps a small layer as one value", async () => {
    const storage = memoryStorage();
    await writeLayerData(storage, "k", points(3));
    expect([...storage.map.keys()]).toEqual(["k"]);
    expect(await readLayerData(storage, "k")).toEqual(points(3));
  });

  it("splits a large layer into parts (IndexedDB refuses values over ≈ 133 MB) and reads it back in order", async () => {
    const storage = memoryStorage();
    const count = FEATURES_PER_PART * 2 + 7;
    await writeLayerData(storage, "k", points(count));
    expect(storage.map.size).toBe(4); // head + 3 parts
    const read = await readLayerData(storage, "k");
    expect(read?.features).toHaveLength(count);
    expect(read?.features[count - 1]?.properties).toEqual({ index: count - 1 });
  });

  it("ends a part at a position budget, so no part of a few heavy lines takes long to clone", async () => {
    const storage = memoryStorage();
    const line = (positions: number) => ({
      type: "Feature" as const,
      properties: {},
      geometry: { type: "LineString" as const, coordinates: Array.from({ length: positions }, (_, index) => [120 + index * 1e-5, 36]) },
    });
    const heavy: FeatureCollection = {
      type: "FeatureCollection",
      features: [line(POSITIONS_PER_PART / 2), line(POSITIONS_PER_PART / 2), line(POSITIONS_PER_PART * 3), line(5), line(5)],
    };
    await writeLayerData(storage, "k", heavy);
    const partSizes = [...storage.map.entries()].filter(([key]) => key.includes(":part:")).map(([, value]) => (value as unknown[]).length);
    // A feature over the budget makes a part of its own; the small ones after it start the next.
    expect(partSizes).toEqual([2, 1, 2]);
    expect(await readLayerData(storage, "k")).toEqual(heavy);
  });

  it("drops parts left from a larger earlier save, and deletes every part", async () => {
    const storage = memoryStorage();
    await writeLayerData(storage, "k", points(FEATURES_PER_PART * 3));
    await writeLayerData(storage, "k", points(FEATURES_PER_PART + 1));
    expect(storage.map.size).toBe(3);
    await writeLayerData(storage, "k", points(2));
    expect([...storage.map.keys()]).toEqual(["k"]);
    await writeLayerData(storage, "k", points(FEATURES_PER_PART * 2));
    await deleteLayerData(storage, "k");
    expect(storage.map.size).toBe(0);
  });

  it("reports a layer with a missing part as absent rather than returning half of it", async () => {
    const storage = memoryStorage();
    await writeLayerData(storage, "k", points(FEATURES_PER_PART * 2));
    storage.map.delete("k:part:1");
    expect(await readLayerData(storage, "k")).toBeUndefined();
  });
});
