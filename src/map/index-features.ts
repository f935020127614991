import type { FeatureCollection } from "geojson";

/**
 * Gives every feature its index as `id`, so hover, selection and
 * picking map back to the feature in the store's data. Properties are shared, not copied.
 */
export function indexFeatures(featureCollection: FeatureCollection): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: featureCollection.features.map((feature, index) => ({ ...feature, id: index })),
  };
}
