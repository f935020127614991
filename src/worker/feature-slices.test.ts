import type { Feature, Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { collectionPositionCount } from "../domain/geometry-size";
import { PendingFeatures, takeFeatures } from "./feature-slices";

const feature = (geometry: Geometry | null, properties: Feature["properties"] = {}): Feature => ({
  type: "Feature",
  properties,
  geometry: geometry as Geometry,
});
const line = (positions: number, shift = 0) =>
  feature({ type: "LineString", coordinates: Array.from({ length: positions }, (_, index) => [shift + index * 1e-5, 0.5]) });
const ring = (size: number, x = 0) => [
  [x, 0],
  [x + size, 0],
  [x + size, size],
  [x, size],
  [x, 0],
];

/** A park with a hole and an island, an empty and a null geometry, names in two scripts, nested values. */
const mixed: Feature[] = [
  feature({ type: "MultiPolygon", coordinates: [[ring(10), ring(2, 4)], [ring(1, 20)]] }, { name: "景美公园", "name:en": "Jingmei Park", leisure: "park" }),
  feature({ type: "MultiPolygon", coordinates: [] }, { name: "empty" }),
  feature(null, { note: null, levels: [1, 2], nested: { a: "b" } }),
  { ...feature({ type: "Point", coordinates: [121.5, 25.0] }), id: 7 },
];

/** Sends every slice through a structured clone, as a worker message does, and records what crossed. */
function workerOf(pending: PendingFeatures) {
  const slices: Feature[][] = [];
  const take = async (list: number, start: number) => {
    const slice = structuredClone(pending.take(list, start));
    slices.push(slice.features);
    return slice;
  };
  return { take, slices };
}

describe("feature slices across the worker boundary", () => {
  it("hands every list over exactly, in order, empty geometries, holes and properties included", async () => {
    const lists = [mixed, [], Array.from({ length: 4_500 }, (_, index) => line(2, index))];
    const pending = new PendingFeatures();
    const counts = pending.hold(structuredClone(lists));
    expect(counts).toEqual([4, 0, 4_500]);
    const { take } = workerOf(pending);
    const taken: Feature[][] = [];
    for (const [list, count] of counts.entries()) taken.push(await takeFeatures(take, list, count));
    expect(taken).toEqual(lists);
  });

  it("bounds each slice by 2,000 features and 20k positions; a longer feature crosses alone", async () => {
    const lists = [[...Array.from({ length: 30 }, (_, index) => line(1_000, index)), line(45_000), line(3), ...Array.from({ length: 5_000 }, () => line(2))]];
    const pending = new PendingFeatures();
    const [count = 0] = pending.hold(structuredClone(lists));
    const { take, slices } = workerOf(pending);
    const progress: number[] = [];
    const features = await takeFeatures(take, 0, count, (taken) => progress.push(taken));
    expect(features).toEqual(lists[0]);
    expect(slices.map((slice) => slice.length)).toEqual([20, 10, 1, 2_000, 2_000, 1_001]);
    for (const slice of slices)
      if (slice.length > 1) expect(collectionPositionCount({ type: "FeatureCollection", features: slice })).toBeLessThanOrEqual(20_000);
    expect(progress.at(-1)).toBe(count);
  });

  it("hands a null entry of a project file's list over as null, for the page's project guard to drop and report", async () => {
    const written = [line(2), null, line(3)] as unknown as Feature[];
    const pending = new PendingFeatures();
    const [count = 0] = pending.hold([[...written]]);
    const { take } = workerOf(pending);
    expect(await takeFeatures(take, 0, count)).toEqual(written);
  });

  it("lets each slice go as it is taken, and the lists after the last slice of the last list", async () => {
    const pending = new PendingFeatures();
    const first = [line(2)];
    pending.hold([first, [line(2), line(2)]]);
    expect(pending.take(0, 0).features).toHaveLength(1);
    expect(first).toEqual([null]);
    expect(pending.take(1, 0).features).toHaveLength(2);
    expect(pending.take(0, 0)).toEqual({ features: [], end: 0 });
  });
});
