import type { Feature } from "geojson";
import { budgetSlices } from "../domain/geometry-size";
import { collectionTextPieces, featuresJson } from "../io/collection-text";

/** Features and positions per part of a layer text written in a worker (no pauses needed; parts keep strings small). */
const TEXT_PART_FEATURES = 20_000;
const TEXT_PART_POSITIONS = 500_000;

/**
 * A layer's GeoJSON text as the page's `services/layer-json-url` writes it (same head, separators and feature
 * JSON), as a Blob of parts: the import worker writes it for the features it hands over, so the page adopts it
 * instead of serialising its copy on the main thread.
 * @param features - the layer's features, in the order the page will hold them
 * @returns the FeatureCollection's text (`application/geo+json`)
 */
export function layerTextBlob(features: readonly Feature[]): Blob {
  const parts = budgetSlices(features, TEXT_PART_FEATURES, TEXT_PART_POSITIONS).map(([start, end]) => new Blob([featuresJson(features, start, end)]));
  return new Blob(
    collectionTextPieces(parts, (part) => part.size),
    { type: "application/geo+json" },
  );
}
