import type { Feature, FeatureCollection } from "geojson";
import { collectionPositionCount } from "../domain/geometry-size";
import { COLLECTION_TEXT_HEAD, COLLECTION_TEXT_TAIL, featuresOfJson } from "../io/collection-text";
import { adoptLayerJsonText, whenLayerJsonText } from "./layer-json-url";
import type { ProjectStorage } from "./project-storage";
import { yieldToMain } from "./yield-to-main";

/**
 * The largest layer stored as one cloned value: IndexedDB clones a value on the main thread at about 10 µs per
 * position in nested coordinate arrays (one 30,000-position OpenStreetMap layer blocked the page for 440 ms), so a
 * layer with more features or positions than these is stored as its GeoJSON text instead. Saves of earlier versions
 * split such layers into cloned parts of this size (at most ≈ 50 ms each), which are still read.
 */
export const FEATURES_PER_PART = 1_000;
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
 * What the layer's own key holds when its data is kept as its GeoJSON text (`services/layer-json-url`): one Blob,
 * which IndexedDB stores as a file without cloning anything on the main thread, and the size in bytes of each part
 * of it, so that it is read back a part at a time.
 */
interface TextHead {
  type: "shanhai-geojson-text";
  blob: Blob;
  partBytes: number[];
}

const isTextHead = (value: unknown): value is TextHead =>
  typeof value === "object" &&
  value !== null &&
  (value as TextHead).type === "shanhai-geojson-text" &&
  (value as TextHead).blob instanceof Blob &&
  Array.isArray((value as TextHead).partBytes) &&
  (value as TextHead).partBytes.every((bytes) => Number.isSafeInteger(bytes) && bytes > 0);

/**
 * Saves a layer's data under `key`: as one value when small, otherwise as its GeoJSON text (the Blob the workers
 * read it from, made once per data object; storing it costs the main thread nothing, where cloning the features
 * into IndexedDB took ≈ 10 µs a position). Parts of an earlier save in the older parted form are deleted.
 */
export async function writeLayerData(storage: ProjectStorage, key: string, data: FeatureCollection): Promise<void> {
  const previous = await storage.get(key);
  const previousParts = isPartedHead(previous) ? previous.parts : 0;
  if (data.features.length <= FEATURES_PER_PART && collectionPositionCount(data) <= POSITIONS_PER_PART) {
    await storage.set(key, data);
  } else {
    const { blob, partBytes } = await whenLayerJsonText(data);
    const head: TextHead = { type: "shanhai-geojson-text", blob, partBytes };
    await storage.set(key, head);
  }
  for (let index = 0; index < previousParts; index++) await storage.del(partKey(key, index));
}

/**
 * Reads what `writeLayerData` saved (any form, the older parted one included); undefined when nothing, a part is
 * missing or the text does not hold features. A text is parsed one part per task, with the page free in between,
 * and stays the collection's text (`layer-json-url`), so a restored layer is not serialised again.
 */
export async function readLayerData(storage: ProjectStorage, key: string): Promise<FeatureCollection | undefined> {
  const head = await storage.get(key);
  if (isTextHead(head)) return readText(head);
  if (!isPartedHead(head)) return head as FeatureCollection | undefined;
  const features: Feature[] = [];
  for (let index = 0; index < head.parts; index++) {
    const part = await storage.get(partKey(key, index));
    if (!Array.isArray(part)) return undefined;
    for (const feature of part as Feature[]) features.push(feature);
  }
  return { type: "FeatureCollection", features };
}

/** The features of a stored text, or undefined when its parts do not add up to it or one is not features. */
async function readText({ blob, partBytes }: TextHead): Promise<FeatureCollection | undefined> {
  const bodyBytes = partBytes.reduce((sum, bytes) => sum + bytes, 0) + Math.max(0, partBytes.length - 1);
  if (COLLECTION_TEXT_HEAD.length + bodyBytes + COLLECTION_TEXT_TAIL.length !== blob.size) return undefined;
  const features: Feature[] = [];
  let offset = COLLECTION_TEXT_HEAD.length;
  for (const bytes of partBytes) {
    await yieldToMain();
    let part: Feature[];
    try {
      part = featuresOfJson(await blob.slice(offset, offset + bytes).text());
    } catch {
      return undefined;
    }
    for (const feature of part) features.push(feature);
    offset += bytes + 1;
  }
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  adoptLayerJsonText(collection, { blob, partBytes });
  return collection;
}

/** Deletes a layer's saved data, parts included. */
export async function deleteLayerData(storage: ProjectStorage, key: string): Promise<void> {
  const head = await storage.get(key);
  if (isPartedHead(head)) for (let index = 0; index < head.parts; index++) await storage.del(partKey(key, index));
  await storage.del(key);
}
