/**
 * Result features as CSV with the geometry in OGC Well-Known Text (Simple Features, ISO 19125-1) in the first
 * column, the layout GDAL's CSV driver writes (`-lco GEOMETRY=AS_WKT`) and reads (`-oo GEOM_POSSIBLE_NAMES=WKT`),
 * then every attribute in the order it first appears. WKT is written by `@terraformer/wkt`; the coordinates are
 * those of the collection (already in the export CRS: x then y, i.e. easting then northing for Gauss-Krüger),
 * rounded to 1 mm when projected or 1e-8° (about 1 mm) when geographic.
 */
import { geojsonToWKT } from "@terraformer/wkt";
import type { FeatureCollection } from "geojson";
import { mapPositions } from "../crs/geometry-positions";
import { writeCsvText } from "./csv-text";
import type { TableCell } from "./metric-table";

/** The header of the geometry column, the name GDAL looks for first. */
const WKT_COLUMN = "WKT";

const roundTo = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** Writes `collection` as WKT CSV (UTF-8 with BOM, CRLF); `isGeographic` chooses the coordinate rounding. */
export async function writeWktCsvText(collection: FeatureCollection, isGeographic: boolean): Promise<string> {
  const decimals = isGeographic ? 8 : 3;
  const columns: string[] = [];
  const seen = new Set<string>([WKT_COLUMN]);
  for (const feature of collection.features) {
    for (const key of Object.keys(feature.properties ?? {})) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  const rows: TableCell[][] = [[WKT_COLUMN, ...columns]];
  for (const feature of collection.features) {
    if (!feature.geometry) continue;
    const geometry = mapPositions(feature.geometry, (position) => position.map((ordinate) => roundTo(ordinate, decimals)));
    const properties = feature.properties ?? {};
    rows.push([geojsonToWKT(geometry), ...columns.map((key) => cellOf(Object.hasOwn(properties, key) ? properties[key] : null))]);
  }
  return writeCsvText(rows);
}

function cellOf(value: unknown): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
