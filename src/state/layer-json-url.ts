import type { FeatureCollection } from "geojson";
import { FEATURES_PER_MAIN_SLICE, yieldToMain } from "./yield-to-main";

/**
 * Object URLs of layers as GeoJSON text, one per data object, for the workers that read a layer themselves: the
 * analysis worker and MapLibre's worker (through the overlay-tiles plugin). Handing a worker a URL (a reference to
 * an immutable Blob) costs the main thread nothing, where posting a 200k-parcel collection cloned 200 MB on it —
 * and MapLibre's own `setData` serialises GeoJSON in JavaScript, which froze the page for seconds.
 *
 * Each feature's index in the collection is written as its `id`, so features the map picks name their place in
 * the store. Small layers are serialised at once; large ones in slices of `FEATURES_PER_MAIN_SLICE` features with
 * the page free in between. A URL is revoked when its collection is garbage-collected.
 */
const ready = new WeakMap<FeatureCollection, string>();
const building = new WeakMap<FeatureCollection, Promise<string>>();
const revoker = typeof FinalizationRegistry === "undefined" ? null : new FinalizationRegistry<string>((url) => URL.revokeObjectURL(url));

/** The collection's URL when it exists or the layer is small enough to serialise now; otherwise null (see `whenLayerJsonUrl`). */
export function layerJsonUrl(data: FeatureCollection): string | null {
  const known = ready.get(data);
  if (known) return known;
  if (data.features.length > FEATURES_PER_MAIN_SLICE) return null;
  return remember(data, [sliceJson(data, 0)]);
}

/** The collection's URL, serialising it in slices (the page stays responsive) when it is not made yet. */
export function whenLayerJsonUrl(data: FeatureCollection): Promise<string> {
  const known = layerJsonUrl(data);
  if (known) return Promise.resolve(known);
  let pending = building.get(data);
  if (!pending) {
    pending = (async () => {
      const parts: string[] = [];
      for (let start = 0; start < data.features.length; start += FEATURES_PER_MAIN_SLICE) {
        await yieldToMain();
        parts.push(sliceJson(data, start));
      }
      return remember(data, parts);
    })();
    building.set(data, pending);
    pending.finally(() => building.delete(data)).catch(() => undefined);
  }
  return pending;
}

/** The features `[start, start + FEATURES_PER_MAIN_SLICE)` as comma-separated JSON with their index as `id`. */
function sliceJson(data: FeatureCollection, start: number): string {
  const features = data.features.slice(start, start + FEATURES_PER_MAIN_SLICE).map((feature, offset) => ({ ...feature, id: start + offset }));
  return JSON.stringify(features).slice(1, -1);
}

function remember(data: FeatureCollection, parts: string[]): string {
  const body = parts.filter((part) => part.length > 0).join(",");
  const blob = new Blob(['{"type":"FeatureCollection","features":[', body, "]}"], { type: "application/geo+json" });
  const url = URL.createObjectURL(blob);
  ready.set(data, url);
  revoker?.register(data, url);
  return url;
}
