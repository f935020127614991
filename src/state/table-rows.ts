import type { FeatureCollection } from "geojson";

export interface TableQuery {
  /** Text searched in every attribute (case-insensitive). */
  search: string;
  sortKey: string | null;
  sortDirection: "ascending" | "descending";
}

const text = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));

/**
 * Row order of an attribute table: indices of the features that match the search, sorted by one
 * attribute (numbers numerically, text by the Chinese collation, empty values last).
 */
export function tableRows(featureCollection: FeatureCollection, query: TableQuery): number[] {
  const needle = query.search.trim().toLowerCase();
  const rows: number[] = [];
  featureCollection.features.forEach((feature, index) => {
    if (!needle) {
      rows.push(index);
      return;
    }
    const properties = feature.properties ?? {};
    if (Object.values(properties).some((value) => text(value).toLowerCase().includes(needle))) rows.push(index);
  });
  const key = query.sortKey;
  if (!key) return rows;
  const collator = new Intl.Collator("zh-CN", { numeric: true });
  const direction = query.sortDirection === "ascending" ? 1 : -1;
  const cellValue = (index: number) => {
    const properties = featureCollection.features[index]?.properties;
    return properties && Object.hasOwn(properties, key) ? properties[key] : undefined;
  };
  return rows.sort((a, b) => {
    const left = cellValue(a);
    const right = cellValue(b);
    const leftEmpty = left === null || left === undefined || left === "";
    const rightEmpty = right === null || right === undefined || right === "";
    if (leftEmpty || rightEmpty) return leftEmpty === rightEmpty ? a - b : leftEmpty ? 1 : -1;
    if (typeof left === "number" && typeof right === "number") return (left - right) * direction || a - b;
    return collator.compare(text(left), text(right)) * direction || a - b;
  });
}
