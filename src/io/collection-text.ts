import type { Feature } from "geojson";

/**
 * A layer's GeoJSON text is written in parts of at most this many features and positions: a part is serialised or
 * parsed back in one main-thread task of a few milliseconds (see `services/layer-json-url`, `worker/layer-text`).
 */
export const TEXT_PART_FEATURES = 2_000;
export const TEXT_PART_POSITIONS = 10_000;

/** The text before a layer text's first part (ASCII, so its length is its size in bytes). */
export const COLLECTION_TEXT_HEAD = '{"type":"FeatureCollection","features":[';
/** The text after its last part. */
export const COLLECTION_TEXT_TAIL = "]}";

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
  return [COLLECTION_TEXT_HEAD, ...body, COLLECTION_TEXT_TAIL];
}

/**
 * The pieces of a layer text (`collectionTextPieces`) and the size of each part kept in it, in order: what the page
 * and the import worker make a layer text's Blob and its `partBytes` from.
 * @param parts - the runs' texts in feature order (empty ones are left out of both)
 * @param sizeOf - a part's size in bytes
 */
export function layerTextParts<T>(parts: readonly T[], sizeOf: (part: T) => number): { pieces: (string | T)[]; partBytes: number[] } {
  const kept = parts.filter((part) => sizeOf(part) > 0);
  return { pieces: collectionTextPieces(kept, sizeOf), partBytes: kept.map(sizeOf) };
}

/**
 * The features `[start, end)` as comma-separated JSON (one part of `collectionTextPieces`), written as they are
 * (no rounding: the text is the layer, not an export).
 */
export function featuresJson(features: readonly Feature[], start: number, end: number): string {
  return JSON.stringify(features.slice(start, end)).slice(1, -1);
}

/**
 * The features of one part's text (the inverse of `featuresJson`).
 * @throws SyntaxError when the text is not comma-separated JSON objects
 */
export function featuresOfJson(text: string): Feature[] {
  const parsed: unknown = JSON.parse(`[${text}]`);
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === "object" && item !== null && !Array.isArray(item))) {
    throw new SyntaxError("a layer text part is not a list of features");
  }
  return parsed as Feature[];
}
