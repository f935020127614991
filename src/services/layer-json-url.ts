import type { FeatureCollection } from "geojson";
import { budgetSlices, collectionPositionCount } from "../domain/geometry-size";
import { featuresJson, layerTextParts, TEXT_PART_FEATURES, TEXT_PART_POSITIONS } from "../io/collection-text";
import { FEATURES_PER_MAIN_SLICE, yieldToMain } from "./yield-to-main";

/**
 * Object URLs of layers as GeoJSON text, one per data object, for the workers that read a layer themselves: the
 * analysis worker and MapLibre's worker (through the overlay-tiles plugin). Handing a worker a URL (a reference to
 * an immutable Blob) costs the main thread nothing, where posting a 200k-parcel collection cloned 200 MB on it —
 * and MapLibre's own `setData` serialises GeoJSON in JavaScript, which froze the page for seconds.
 *
 * The text is the collection as it is (the overlay-tiles plugin numbers features by their index with geojson-vt's
 * `generateId`, so picked features name their place in the store). Small layers are serialised at once; larger
 * ones in parts of at most `TEXT_PART_FEATURES` features and `TEXT_PART_POSITIONS` positions, with the
 * page free in between. A URL is revoked when its collection is garbage-collected.
 */
/**
 * Positions of a layer serialised at once, in the caller's task: callers ask for the URLs of several layers in one
 * task (the analysis run asks for every layer's), so anything larger is left to `whenLayerJsonUrl`'s slices.
 */
const POSITIONS_AT_ONCE = 2_000;

/** A layer's GeoJSON text: the Blob, its object URL and the size in bytes of each part (`io/collection-text`). */
interface LayerJson {
  url: string;
  blob: Blob;
  partBytes: number[];
}

const ready = new WeakMap<FeatureCollection, LayerJson>();
const building = new WeakMap<FeatureCollection, Promise<string>>();
const revoker = typeof FinalizationRegistry === "undefined" ? null : new FinalizationRegistry<string>((url) => URL.revokeObjectURL(url));

/** The collection's URL when it exists or the layer is small enough to serialise now; otherwise null (see `whenLayerJsonUrl`). */
export function layerJsonUrl(data: FeatureCollection): string | null {
  const known = ready.get(data);
  if (known) return known.url;
  if (data.features.length > FEATURES_PER_MAIN_SLICE || collectionPositionCount(data) > POSITIONS_AT_ONCE) return null;
  return remember(data, [new Blob([featuresJson(data.features, 0, data.features.length)])]).url;
}

/** The collection's GeoJSON text as a Blob (e.g. to splice into a project file), serialised as `whenLayerJsonUrl` does. */
export async function whenLayerJsonBlob(data: FeatureCollection): Promise<Blob> {
  return (await whenLayerJson(data)).blob;
}

/** The collection's GeoJSON text with its parts' sizes (to store it, and read it back a part at a time). */
export async function whenLayerJsonText(data: FeatureCollection): Promise<{ blob: Blob; partBytes: number[] }> {
  const { blob, partBytes } = await whenLayerJson(data);
  return { blob, partBytes };
}

async function whenLayerJson(data: FeatureCollection): Promise<LayerJson> {
  await whenLayerJsonUrl(data);
  const known = ready.get(data);
  if (!known) throw new Error("layer JSON vanished");
  return known;
}

/** The collection's URL, serialising it in slices (the page stays responsive) when it is not made yet. */
export function whenLayerJsonUrl(data: FeatureCollection): Promise<string> {
  const known = layerJsonUrl(data);
  if (known) return Promise.resolve(known);
  let pending = building.get(data);
  if (!pending) {
    pending = (async () => {
      // Each slice becomes a Blob of its own in its own task: the browser copies a Blob's text as it is made, so
      // one Blob of the whole text would copy it all in one task.
      const parts: Blob[] = [];
      for (const [start, end] of budgetSlices(data.features, TEXT_PART_FEATURES, TEXT_PART_POSITIONS)) {
        await yieldToMain();
        parts.push(new Blob([featuresJson(data.features, start, end)]));
      }
      return remember(data, parts).url;
    })();
    building.set(data, pending);
    pending.finally(() => building.delete(data)).catch(() => undefined);
  }
  return pending;
}

/**
 * Takes `blob` as the collection's GeoJSON text without serialising it here: the import worker writes the text of
 * the features it hands over (`layerTextParts` + `featuresJson`, as this module does), so the page's copy,
 * the same features in the same order, has the same text. Ignored when the collection has a text already.
 */
export function adoptLayerJsonText(data: FeatureCollection, text: { blob: Blob; partBytes: number[] }): void {
  if (!ready.has(data)) register(data, text.blob, text.partBytes);
}

function remember(data: FeatureCollection, parts: Blob[]): LayerJson {
  const { pieces, partBytes } = layerTextParts(parts, (part) => part.size);
  return register(data, new Blob(pieces, { type: "application/geo+json" }), partBytes);
}

function register(data: FeatureCollection, blob: Blob, partBytes: number[]): LayerJson {
  const entry = { url: URL.createObjectURL(blob), blob, partBytes };
  ready.set(data, entry);
  revoker?.register(data, entry.url);
  return entry;
}
