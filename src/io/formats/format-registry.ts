/**
 * The import-format registry (Placemark `convert/index.ts` `FILE_TYPES`
 * pattern): each driver is small and loads its parser lazily, so the main
 * bundle does not carry shpjs, togeojson or sql.js until a file needs them.
 */
import { csvDriver } from "./csv";
import type { FormatDriver } from "./driver";
import { geoJsonDriver } from "./geojson";
import { geoPackageDriver } from "./geopackage";
import { gpxDriver } from "./gpx";
import { kmlDriver, kmzDriver } from "./kml";
import { shapefileDriver } from "./shapefile";
import { xlsxDriver } from "./xlsx";
import { zipArchiveDriver } from "./zip-archive";

/** Order matters for sniffing: specific signatures before generic ones. */
const FORMAT_DRIVERS: readonly FormatDriver[] = [
  geoPackageDriver,
  xlsxDriver,
  kmzDriver,
  zipArchiveDriver,
  kmlDriver,
  gpxDriver,
  geoJsonDriver,
  shapefileDriver,
  csvDriver,
];

/** Lower-case extension of a file name without the dot ("" when none). */
function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName.toLowerCase());
  return match ? match[1]! : "";
}

/** Extensions `readLayerFile` accepts, for file pickers (`accept=".geojson,.zip,…"`). */
export const SUPPORTED_EXTENSIONS: readonly string[] = FORMAT_DRIVERS.flatMap((driver) => driver.extensions);

/** Picks a driver by extension, else by sniffing the first bytes. */
export function pickDriver(bytes: Uint8Array, fileName: string): FormatDriver | undefined {
  const extension = extensionOf(fileName);
  const byExtension = FORMAT_DRIVERS.find((driver) => driver.extensions.includes(extension));
  if (byExtension) return byExtension;
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 1024));
  return FORMAT_DRIVERS.find((driver) => driver.sniff?.(bytes, head));
}
