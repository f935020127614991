import type { Feature, FeatureCollection } from "geojson";
import { budgetSlices } from "../domain/geometry-size";
import type { ProjectStorage } from "./project-storage";

/**
 * Features per stored part. Chromium refuses an IndexedDB value over ≈ 133 MB ("The serialized keys and/or value
 * are too large"), which a 200 MB import reaches; parts of 1,000 features stay far below it for any ordinary layer,
 * and each part's serialisation keeps the main thread well under 50 ms (a 2,000-feature part of the 200 MB benchmark
 * file took ≈ 70 ms, a 5,000-feature part 60–90+ ms).
 */
export const FEATURES_PER_PART = 1_000;

/**
 * Positions per stored part: IndexedDB clones a value on the main thread at about 10 µs per position in nested
 * coordinate arrays (one 30,000-position OpenStreetMap layer blocked the page for 440 ms), so a part also ends
 * when it reaches this many positions.
 */
export const POSITIONS_PER_PART = 5_000;

/** What the layer's own key holds when its data is split into parts. */
interface PartedHead {
  type: "shanhai-parted";
  parts: number;
}

const partKey = (key: string, index: number) => `${key}:part:${index}`;
const isPartedHead = (value: unknown): value is PartedHead =>
  typeof value === "object" && value !== null && (value as PartedHead).type === "shanhai-parted" && Number.isInteger((value as PartedHead).parts);

/**
 * Saves a layer's data under `key`: as one value when small, otherwise as parts of `FEATURES_PER_PART` features
 * plus a small head naming how many. Parts left over from a larger earlier save are deleted.
 */
export async function writeLayerData(storage: ProjectStorage, key: string, data: FeatureCollection): Promise<void> {
  const previous = await storage.get(key);
  const previousParts = isPartedHead(previous) ? previous.parts : 0;
  let parts = 0;
  const slices = budgetSlices(data.features, FEATURES_PER_PART, POSITIONS_PER_PART);
  if (slices.length <= 1) {
    await storage.set(key, data);
  } else {
    parts = slices.length;
    for (const [index, [start, end]] of slices.entries()) await storage.set(partKey(key, index), data.features.slice(start, end));
    const head: PartedHead = { type: "shanhai-parted", parts };
    await storage.set(key, head);
  }
  for (let index = parts; index < previousParts; index++) await storage.del(partKey(key, index));
}

/** Reads what `writeLayerData` saved (either form); undefined when nothing or a part is missing. */
export async function readLayerData(storage: ProjectStorage, key: string): Promise<FeatureCollection | undefined> {
  const head = await storage.get(key);
  if (!isPartedHead(head)) return head as FeatureCollection | undefined;
  const features: Feature[] = [];
  for (let index = 0; index < head.parts; index++) {
    const part = await storage.get(partKey(key, index));
    if (!Array.isArray(part)) return undefined;
    for (const feature of part as Feature[]) features.push(feature);
  }
  return { type: "FeatureCollection", features };
}

/** Deletes a layer's saved data, parts included. */
export async function deleteLayerData(storage: ProjectStorage, key: string): Promise<void> {
  const head = await storage.get(key);
  if (isPartedHead(head)) for (let index = 0; index < head.parts; index++) await storage.del(partKey(key, index));
  await storage.del(key);
}
