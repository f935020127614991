import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { startMacrotaskTicker } from "../../tests/helpers/macrotask-ticker";
import { deleteLayerData, FEATURES_PER_PART, POSITIONS_PER_PART, readLayerData, writeLayerData } from "./layer-data-storage";
import { memoryStorage } from "../../tests/helpers/memory-storage";
import { TEXT_PART_FEATURES } from "../io/collection-text";
import { layerJsonUrl, whenLayerJsonBlob } from "./layer-json-url";

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

  it("keeps a large layer as its GeoJSON text in one value (no clone of its features) and reads it back in order", async () => {
    const storage = memoryStorage();
    const count = FEATURES_PER_PART * 2 + 7;
    await writeLayerData(storage, "k", points(count));
    expect([...storage.map.keys()]).toEqual(["k"]);
    const head = storage.map.get("k") as { type: string; blob: Blob; partBytes: number[] };
    expect(head.type).toBe("shanhai-geojson-text");
    expect(head.blob).toBeInstanceOf(Blob);
    const read = await readLayerData(storage, "k");
    expect(read).toEqual(points(count));
    // The stored text stays the restored layer's text: the workers' URL exists at once, with nothing serialised.
    expect(layerJsonUrl(read as FeatureCollection)).not.toBeNull();
    expect(await (await whenLayerJsonBlob(read as FeatureCollection)).text()).toBe(await head.blob.text());
  });

  it("keeps one heavy line as text too (cloning its positions would block the page)", async () => {
    const storage = memoryStorage();
    const heavy: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { name: "长路" },
          geometry: { type: "LineString", coordinates: Array.from({ length: POSITIONS_PER_PART * 3 }, (_, index) => [120 + index * 1e-5, 36]) },
        },
      ],
    };
    await writeLayerData(storage, "k", heavy);
    expect((storage.map.get("k") as { type: string }).type).toBe("shanhai-geojson-text");
    expect(await readLayerData(storage, "k")).toEqual(heavy);
  });

  it("reads a text a part per task, with the page free in between", async () => {
    const storage = memoryStorage();
    await writeLayerData(storage, "k", points(TEXT_PART_FEATURES * 6));
    const ticker = startMacrotaskTicker();
    const read = await readLayerData(storage, "k");
    const ticks = ticker.stop();
    expect(read?.features).toHaveLength(TEXT_PART_FEATURES * 6);
    expect(ticks).toBeGreaterThanOrEqual(5);
  });

  it("still reads the parts of an older save, and deletes them when the layer is saved again or deleted", async () => {
    const storage = memoryStorage();
    const old = points(FEATURES_PER_PART + 3);
    storage.map.set("k", { type: "shanhai-parted", parts: 2 });
    storage.map.set("k:part:0", old.features.slice(0, FEATURES_PER_PART));
    storage.map.set("k:part:1", old.features.slice(FEATURES_PER_PART));
    expect(await readLayerData(storage, "k")).toEqual(old);
    await writeLayerData(storage, "k", points(2));
    expect([...storage.map.keys()]).toEqual(["k"]);
    storage.map.set("k", { type: "shanhai-parted", parts: 1 });
    storage.map.set("k:part:0", old.features);
    await deleteLayerData(storage, "k");
    expect(storage.map.size).toBe(0);
  });

  it("reports a layer with a missing part, a text that does not add up or a part that is not features as absent", async () => {
    const storage = memoryStorage();
    storage.map.set("k", { type: "shanhai-parted", parts: 2 });
    storage.map.set("k:part:0", points(2).features);
    expect(await readLayerData(storage, "k")).toBeUndefined();

    await writeLayerData(storage, "t", points(FEATURES_PER_PART * 2));
    const head = storage.map.get("t") as { blob: Blob; partBytes: number[] };
    storage.map.set("t", { ...head, partBytes: head.partBytes.slice(1) });
    expect(await readLayerData(storage, "t")).toBeUndefined();

    const text = '{"type":"FeatureCollection","features":[1,2]}';
    storage.map.set("t", { type: "shanhai-geojson-text", blob: new Blob([text]), partBytes: [3] });
    expect(await readLayerData(storage, "t")).toBeUndefined();
  });
});
