import type { FeatureCollection } from "geojson";

/**
 * Property names MapLibre cannot take across to its worker: its serialiser reads `$name`, `constructor` and
 * `hasOwnProperty` of every object it sends, so a feature property of such a name makes it refuse the whole source.
 */
const isMapUnsafeKey = (key: string): boolean => key.startsWith("$") || key in Object.prototype;

const safeCopies = new WeakMap<FeatureCollection, FeatureCollection>();

/**
 * The collection as the map may be given it: features whose properties carry a name MapLibre refuses (see
 * `isMapUnsafeKey`) lose those properties in a copy; the original (what the inspector, the attribute table and
 * exports read) keeps them. Returns the collection itself when nothing needs removing. One copy per data object.
 */
export function mapSafeData(data: FeatureCollection): FeatureCollection {
  const cached = safeCopies.get(data);
  if (cached) return cached;
  let result = data;
  if (data.features.some((feature) => feature.properties && Object.keys(feature.properties).some(isMapUnsafeKey))) {
    result = {
      ...data,
      features: data.features.map((feature) => {
        const properties = feature.properties;
        if (!properties || !Object.keys(properties).some(isMapUnsafeKey)) return feature;
        return { ...feature, properties: Object.fromEntries(Object.entries(properties).filter(([key]) => !isMapUnsafeKey(key))) };
      }),
    };
  }
  safeCopies.set(data, result);
  return result;
}
