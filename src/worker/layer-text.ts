import type { Feature } from "geojson";
import { budgetSlices } from "../domain/geometry-size";
import { featuresJson, layerTextParts, TEXT_PART_FEATURES, TEXT_PART_POSITIONS } from "../io/collection-text";

/** A layer's GeoJSON text and the size in bytes of each of its parts (see `io/collection-text`). */
export interface LayerText {
  blob: Blob;
  partBytes: number[];
}

/**
 * A layer's GeoJSON text as the page's `services/layer-json-url` writes it (same head, parts, separators and
 * feature JSON), as a Blob of parts: the import worker writes it for the features it hands over, so the page adopts
 * it instead of serialising its copy on the main thread.
 * @param features - the layer's features, in the order the page will hold them
 * @returns the FeatureCollection's text (`application/geo+json`) and its parts' sizes
 */
export function layerText(features: readonly Feature[]): LayerText {
  const parts = budgetSlices(features, TEXT_PART_FEATURES, TEXT_PART_POSITIONS).map(([start, end]) => new Blob([featuresJson(features, start, end)]));
  const { pieces, partBytes } = layerTextParts(parts, (part) => part.size);
  return { blob: new Blob(pieces, { type: "application/geo+json" }), partBytes };
}
