/**
 * Text formats (CSV, GPX extensions, KML ExtendedData) carry every attribute
 * as a string. A column whose non-empty values are all plain decimal numbers
 * becomes numeric, as GDAL's CSV driver does with AUTODETECT_TYPE; values with
 * a leading zero ("007", postal-code-like) keep the column textual.
 */
import type { Feature } from "geojson";
import { hasProperty } from "./property-record";

const NUMBER = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** True when `text` is a plain decimal number without a leading zero. */
function isNumericText(text: string): boolean {
  return NUMBER.test(text.trim());
}

/**
 * Converts, in place, the string properties of `features` whose column is
 * entirely numeric; empty strings in such a column become null. `keys`
 * limits the columns examined (default: all).
 */
export function inferNumericColumns(features: Feature[], keys?: readonly string[]): void {
  const columns = keys ?? [...new Set(features.flatMap((feature) => Object.keys(feature.properties ?? {})))];
  for (const key of columns) {
    let numeric = false;
    let textual = false;
    for (const feature of features) {
      if (!hasProperty(feature.properties, key)) continue;
      const value = feature.properties![key];
      if (value === undefined || value === null || value === "") continue;
      if (typeof value === "string" && isNumericText(value)) numeric = true;
      else textual = true;
    }
    if (!numeric || textual) continue;
    for (const feature of features) {
      const properties = feature.properties;
      if (!properties || !hasProperty(properties, key)) continue;
      const value = properties[key];
      properties[key] = typeof value === "string" ? (value.trim() === "" ? null : Number(value)) : value;
    }
  }
}
