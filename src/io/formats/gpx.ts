/**
 * GPX 1.1 driver (waypoints, routes, tracks) via @tmcw/togeojson, loaded
 * lazily. GPX is WGS84 by definition. GDAL writes extra attributes as
 * `<extensions><ogr:field>`; togeojson names them "ogr_field", and the prefix
 * is removed here when that does not collide with another property.
 */
import type { Feature } from "geojson";
import { decodeUtf8, type FormatDriver, type RawLayer } from "./driver";
import { inferNumericColumns } from "./property-types";
import { parseXmlDocument } from "./xml-document";

const GDAL_PREFIX = "ogr_";

function renameGdalExtensions(feature: Feature): Feature {
  const properties: Record<string, unknown> = {};
  const source = feature.properties ?? {};
  for (const [key, value] of Object.entries(source)) {
    const bare = key.startsWith(GDAL_PREFIX) ? key.slice(GDAL_PREFIX.length) : key;
    properties[bare !== key && bare in source ? key : bare] = value;
  }
  return { ...feature, properties };
}

export const gpxDriver: FormatDriver = {
  id: "gpx",
  extensions: ["gpx"],
  sniff: (_bytes, head) => /<gpx[\s>]/i.test(head),
  read: async (bytes, context) => {
    const parsed = await parseXmlDocument(decodeUtf8(bytes), context, "gpx");
    if ("failure" in parsed) return parsed.failure;
    const { gpx } = await import("@tmcw/togeojson");
    const collection = gpx(parsed.document as Parameters<typeof gpx>[0]);
    const features = collection.features.map((feature) => renameGdalExtensions(feature as Feature));
    inferNumericColumns(features);
    const raw: RawLayer = { featureCollection: { type: "FeatureCollection", features }, issues: [], declaredCrs: { text: "EPSG:4326", origin: "format" } };
    if (parsed.recoveredErrors > 0) {
      raw.issues.push(context.issue("parse-error", `${context.fileName}: the XML has ${parsed.recoveredErrors} error(s) (truncated or damaged?); some features may be missing.`));
    }
    return raw;
  },
};
