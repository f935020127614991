/**
 * The .zip container driver: looks inside and delegates — Shapefile parts to
 * the Shapefile reader, .kml to the KMZ reader, a lone .geojson/.json to the
 * GeoJSON reader. Used for any file that starts with a ZIP signature and has
 * no more specific extension (.kmz, .xlsx).
 */
import { decodeUtf8, emptyCollection, type FormatDriver } from "./driver";
import { parseGeoJsonText } from "./geojson";
import { readKmzEntries } from "./kml";
import { groupShapefiles, readShapefileZip, isShapefileEntry } from "./shapefile";
import { isZip, readZipEntries } from "./zip-entries";

const USEFUL = /\.(shp|shx|dbf|prj|cpg|kml|geojson|json)$/i;

export const zipArchiveDriver: FormatDriver = {
  id: "zip",
  extensions: ["zip"],
  sniff: (bytes) => isZip(bytes),
  read: async (bytes, context) => {
    const entries = await readZipEntries(bytes, (name) => USEFUL.test(name));
    const names = Object.keys(entries);
    if (groupShapefiles(entries).size > 0) return readShapefileZip(entries, context);
    if (names.some((name) => name.toLowerCase().endsWith(".kml"))) return readKmzEntries(entries, context);
    const json = names.filter((name) => /\.(geo)?json$/i.test(name)).sort()[0];
    if (json) return { ...parseGeoJsonText(decodeUtf8(entries[json]!), context), format: "geojson" };
    const parts = names.filter(isShapefileEntry);
    const message =
      parts.length > 0
        ? `${context.fileName}: the archive has Shapefile parts (${parts.join(", ")}) but no .shp.`
        : `${context.fileName}: the archive holds no Shapefile, KML or GeoJSON.`;
    return {
      featureCollection: emptyCollection(),
      issues: [context.issue(parts.length > 0 ? "missing-part" : "unsupported-format", message, { severity: "fatal", details: { kind: "no-shp-in-zip" } })],
    };
  },
};
