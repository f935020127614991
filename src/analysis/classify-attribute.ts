import type { FeatureCollection } from "geojson";
import { ckmeans, equalIntervalBreaks, quantile } from "simple-statistics";

/** At most this many categories are told apart; rarer values take the layer's own colour. */
const MAX_CATEGORIES = 12;
/** Class counts a graduated style offers (ColorBrewer's sequential ramps have 3–9 classes). */
const MIN_CLASSES = 3;
const MAX_CLASSES = 9;

/** How the class limits of a graduated style are chosen. */
export type ClassMethod = "equal-interval" | "quantile" | "natural-breaks";

/** A categorical class: one attribute value, most frequent first (colours are the theme's business). */
export interface CategoryClass {
  value: string;
  count: number;
}

/**
 * The most frequent values of a text attribute (up to {@link MAX_CATEGORIES}), for styling by categories.
 * @param featureCollection - the layer
 * @param property - attribute name
 * @returns values with their feature counts, most frequent first (ties alphabetical)
 */
export function categorize(featureCollection: FeatureCollection, property: string): CategoryClass[] {
  const counts = new Map<string, number>();
  for (const feature of featureCollection.features) {
    const value = feature.properties?.[property];
    if (value === null || value === undefined || value === "") continue;
    const key = String(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_CATEGORIES)
    .map(([value, count]) => ({ value, count }));
}

/** Classes of a numeric attribute: ascending inner limits (one fewer than classes) and the data's range. */
export interface GraduatedClasses {
  property: string;
  breaks: number[];
  min: number;
  max: number;
}

/** The finite numbers of an attribute, ascending (numeric text such as "12.5" counts). */
function numericValues(featureCollection: FeatureCollection, property: string): number[] {
  const values: number[] = [];
  for (const feature of featureCollection.features) {
    const raw = feature.properties?.[property];
    if (raw === null || raw === undefined || raw === "" || typeof raw === "boolean") continue;
    const value = Number(raw);
    if (Number.isFinite(value)) values.push(value);
  }
  return values.sort((a, b) => a - b);
}

/**
 * Class limits for styling by a numeric attribute (graduated / choropleth), with simple-statistics:
 * equal interval (`equalIntervalBreaks`), quantile (`quantile`, equal counts per class, interpolated between values) or natural breaks
 * (Jenks' optimisation as Wang & Song's `ckmeans`, optimal 1-D k-means). Limits that coincide (many equal values)
 * merge, so fewer classes may result.
 * @param featureCollection - the layer
 * @param property - numeric attribute name
 * @param classCount - wanted classes, clamped to {@link MIN_CLASSES}–{@link MAX_CLASSES}
 * @param method - how limits are chosen
 * @returns the classes, or null when fewer than two distinct numbers exist
 */
export function graduate(featureCollection: FeatureCollection, property: string, classCount = 5, method: ClassMethod = "quantile"): GraduatedClasses | null {
  const values = numericValues(featureCollection, property);
  const distinct = new Set(values).size;
  if (distinct < 2) return null;
  const count = Math.min(Math.max(Math.round(classCount), MIN_CLASSES), MAX_CLASSES, distinct);
  const min = values[0] as number;
  const max = values.at(-1) as number;
  let limits: number[];
  if (method === "equal-interval") limits = equalIntervalBreaks(values, count).slice(1, -1);
  else if (method === "natural-breaks")
    limits = ckmeans(values, count)
      .slice(1)
      .map((cluster) => cluster[0] as number);
  else
    limits = quantile(
      values,
      Array.from({ length: count - 1 }, (_, index) => (index + 1) / count),
    );
  const breaks = limits.filter((limit, index) => limit > min && limit <= max && (index === 0 || limit > (limits[index - 1] as number)));
  return { property, breaks: [...new Set(breaks)], min, max };
}

/** Field names never worth styling by: identifiers and names, one per feature. */
const IDENTIFIER_FIELD = /^(id|fid|gid|oid|objectid|uuid|name|name_?en|adcode|code)$|(^|_)id$|Id$/i;
/** Categorical fields a planner styles by first. */
const CATEGORY_FIELD = /^(type|class|status|level|category|kind|grade)$|(type|class|status|level)$/i;

/**
 * The attribute a layer is best styled by, as a planner would pick it: for categories a text field named like
 * type/class/status/level (else any text field with repeated values); for graduated colours the first numeric
 * measure. Identifiers (`id`, `fid`, `name`, …) and text fields unique per feature are never suggested.
 * @param featureCollection - the layer (a sample is enough)
 * @param fields - its field names in display order
 * @param kind - the style wanted
 * @returns the suggested field, or undefined when no field fits
 */
export function suggestStyleField(featureCollection: FeatureCollection, fields: readonly string[], kind: "categories" | "graduated"): string | undefined {
  const candidates = fields.filter((field) => !IDENTIFIER_FIELD.test(field));
  const isNumeric = (field: string) => {
    const values = featureCollection.features
      .map((feature) => feature.properties?.[field])
      .filter((value) => value !== null && value !== undefined && value !== "");
    return values.length > 0 && values.every((value) => typeof value === "number" || (typeof value === "string" && Number.isFinite(Number(value))));
  };
  const numeric = candidates.filter(isNumeric);
  const isRepeated = (field: string) => {
    const values = featureCollection.features.map((feature) => feature.properties?.[field]).filter((value) => typeof value === "string" && value !== "");
    return values.length > 1 && new Set(values).size < values.length;
  };
  const categorical = candidates.filter((field) => !numeric.includes(field) && isRepeated(field));
  if (kind === "graduated") return numeric[0];
  return categorical.find((field) => CATEGORY_FIELD.test(field)) ?? categorical[0];
}
