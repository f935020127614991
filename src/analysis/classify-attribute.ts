import type { FeatureCollection } from "geojson";
import type { GraduatedStyle, LegendCategory } from "../domain/layer-meta";

/** ColorBrewer "Set2"+"Paired" qualitative colours (colour-blind-safer first). */
const CATEGORY_COLORS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666", "#1f78b4", "#b2df8a", "#fb9a99", "#cab2d6"];
/** ColorBrewer "YlGnBu" sequential ramp for up to 5 classes. */
const GRADUATED_COLORS = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];

/**
 * Categories for styling by a text attribute: the most frequent values (up to 12) with qualitative colours;
 * rarer values fall back to the layer colour.
 * @param featureCollection - the layer
 * @param property - attribute name
 * @returns legend categories, most frequent first
 */
export function categorize(featureCollection: FeatureCollection, property: string): LegendCategory[] {
  const counts = new Map<string, number>();
  for (const feature of featureCollection.features) {
    const value = feature.properties?.[property];
    if (value === null || value === undefined || value === "") continue;
    const key = String(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, CATEGORY_COLORS.length)
    .map(([value], index) => ({ value, color: CATEGORY_COLORS[index] as string, label: { zh: value, en: value } }));
}

/**
 * Quantile classes for styling by a numeric attribute (graduated / choropleth), up to 5 classes.
 * @param featureCollection - the layer
 * @param property - numeric attribute name
 * @returns the classification, or null when fewer than two distinct numbers exist
 */
export function graduate(featureCollection: FeatureCollection, property: string, classCount = 5): GraduatedStyle | null {
  const values = featureCollection.features
    .map((feature) => Number(feature.properties?.[property]))
    .filter((value) => Number.isFinite(value))
    .sort((a, b) => a - b);
  if (new Set(values).size < 2) return null;
  const count = Math.min(classCount, GRADUATED_COLORS.length);
  const breaks: number[] = [];
  for (let index = 1; index < count; index += 1) {
    const value = values[Math.floor((index * values.length) / count)] as number;
    if (breaks.length === 0 || value > (breaks.at(-1) as number)) breaks.push(value);
  }
  return { property, breaks, colors: GRADUATED_COLORS.slice(GRADUATED_COLORS.length - breaks.length - 1) };
}
