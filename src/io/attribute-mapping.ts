import type { FeatureCollection } from "geojson";
import type { CanonicalAttribute } from "../domain/layer-roles";

/** Which source field feeds each canonical attribute (absent = not mapped). */
export type AttributeMapping = Partial<Record<CanonicalAttribute, string>>;

/** Field names (lower-case) that usually mean each canonical attribute in Chinese GIS data. */
const SYNONYMS: Record<CanonicalAttribute, string[]> = {
  name: ["name", "名称", "名字", "mc", "gymc", "公园名称", "xmmc", "title", "label"],
  type: ["type", "类型", "类别", "lx", "lb", "class", "category", "level", "等级", "公园类型", "dl", "zone"],
  population: ["population", "pop", "人口", "人口数", "rk", "rks", "居住人口", "常住人口", "pop2020"],
  areaM2: ["aream2", "area_m2", "面积", "面积m2", "mj", "shape_area", "area"],
};

/**
 * Guesses which fields hold name, type, population and area from their names
 * (名称/name, 类型/type, 人口/pop, 面积/area …), so the user only confirms.
 * @param fieldNames - attribute names found in the layer
 * @returns the guessed mapping
 * @example guessAttributeMapping(["MC", "LX", "RK"]) // { name: "MC", type: "LX", population: "RK" }
 */
export function guessAttributeMapping(fieldNames: readonly string[]): AttributeMapping {
  const mapping: AttributeMapping = {};
  for (const attribute of Object.keys(SYNONYMS) as CanonicalAttribute[]) {
    const field = SYNONYMS[attribute].map((synonym) => fieldNames.find((name) => name.trim().toLowerCase() === synonym)).find((name) => name !== undefined);
    if (field) mapping[attribute] = field;
  }
  return mapping;
}

/**
 * The field names used across a layer's features, in first-seen order.
 * @param featureCollection - any GeoJSON layer
 * @param sampleSize - how many features to look at (all by default; UIs pass a bound for 100k-row layers)
 * @returns property names
 */
export function fieldNamesOf(featureCollection: FeatureCollection, sampleSize = Infinity): string[] {
  const names = new Set<string>();
  const features = Number.isFinite(sampleSize) ? featureCollection.features.slice(0, sampleSize) : featureCollection.features;
  for (const feature of features) for (const key of Object.keys(feature.properties ?? {})) names.add(key);
  return [...names];
}

/**
 * Copies each mapped source field into its canonical name (numbers parsed for population/area),
 * keeping every original property. Inputs are not mutated.
 * @param featureCollection - the imported layer
 * @param mapping - canonical attribute → source field
 * @returns a new collection whose features carry `name`, `type`, `population`, `areaM2` where mapped
 */
export function applyAttributeMapping(featureCollection: FeatureCollection, mapping: AttributeMapping): FeatureCollection {
  const entries = Object.entries(mapping).filter((entry): entry is [CanonicalAttribute, string] => Boolean(entry[1]));
  if (entries.length === 0) return featureCollection;
  return {
    type: "FeatureCollection",
    features: featureCollection.features.map((feature) => {
      const properties: Record<string, unknown> = { ...(feature.properties ?? {}) };
      for (const [attribute, field] of entries) {
        const value = feature.properties?.[field];
        if (value === undefined || value === null || value === "") continue;
        properties[attribute] = attribute === "population" || attribute === "areaM2" ? Number(value) : String(value);
      }
      return { ...feature, properties };
    }),
  };
}
