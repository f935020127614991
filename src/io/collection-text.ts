import type { Feature } from "geojson";

/**
 * A FeatureCollection's GeoJSON text built from parts, each the comma-separated JSON of a run of its features (as
 * `featuresJson` writes it): the layer text the workers read (see `services/layer-json-url`), made the same way
 * on the page and in the import worker so either can stand for the other. Parts may be strings or Blobs.
 * @param parts - the runs' texts in feature order (empty ones are skipped)
 * @param sizeOf - a part's length (0 for an empty one)
 * @returns the pieces to concatenate: head, parts with commas between them, tail
 * @example collectionTextPieces(['{"type":"Feature",…}'], (part) => part.length)
 */
export function collectionTextPieces<T>(parts: readonly T[], sizeOf: (part: T) => number): (string | T)[] {
  const body = parts.filter((part) => sizeOf(part) > 0).flatMap((part, index) => (index > 0 ? [",", part] : [part]));
  return ['{"type":"FeatureCollection","features":[', ...body, "]}"];
}

/**
 * The features `[start, end)` as comma-separated JSON (one part of `collectionTextPieces`), written as they are
 * (no rounding: the text is the layer, not an export).
 */
export function featuresJson(features: readonly Feature[], start: number, end: number): string {
  return JSON.stringify(features.slice(start, end)).slice(1, -1);
}
