/**
 * KML 2.2 (OGC 07-147r2) and KMZ drivers, converted by @tmcw/togeojson
 * (loaded lazily). KML is WGS84 longitude/latitude by definition. A KMZ is a
 * zip: every .kml inside is read (GDAL/LIBKML put the data in layers/*.kml
 * behind a NetworkLink in doc.kml). Styling keys are dropped; names,
 * descriptions and ExtendedData become properties.
 */
import type { Feature } from "geojson";
import { decodeUtf8, emptyCollection, type DriverContext, type FormatDriver, type RawLayer } from "./driver";
import { inferNumericColumns } from "./property-types";
import { parseXmlDocument } from "./xml-document";
import { isZip, readZipEntries, type ZipEntries } from "./zip-entries";

const STYLE_KEYS = /^(styleUrl|styleHash|styleMapHash|stroke|stroke-opacity|stroke-width|fill|fill-opacity|icon|icon-.*|label-.*|visibility)$/;

const OVERLAY_TYPES = new Set(["networklink", "groundoverlay", "photooverlay", "screenoverlay"]);

function withoutStyle(feature: Feature): Feature {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(feature.properties ?? {})) if (!STYLE_KEYS.test(key)) properties[key] = value;
  return { ...feature, properties };
}

async function readKmlText(text: string, context: DriverContext): Promise<RawLayer> {
  const parsed = await parseXmlDocument(text, context, "kml");
  if ("failure" in parsed) return parsed.failure;
  const { kml } = await import("@tmcw/togeojson");
  const collection = kml(parsed.document as Parameters<typeof kml>[0]);
  // NetworkLink / GroundOverlay "features" are links and images, not data (their geometry is a region box).
  const features = collection.features
    .filter((feature) => !OVERLAY_TYPES.has(String(feature.properties?.["@geometry-type"])))
    .map((feature) => withoutStyle(feature as Feature));
  const raw: RawLayer = { featureCollection: { type: "FeatureCollection", features }, issues: [], declaredCrs: { text: "EPSG:4326", origin: "format" }, format: "kml" };
  if (parsed.recoveredErrors > 0) {
    raw.issues.push(context.issue("parse-error", `${context.fileName}: the XML has ${parsed.recoveredErrors} error(s) (truncated or damaged?); some features may be missing.`));
  }
  return raw;
}

/** Reads every .kml of a KMZ archive into one layer. */
export async function readKmzEntries(entries: ZipEntries, context: DriverContext): Promise<RawLayer> {
  const names = Object.keys(entries).filter((name) => name.toLowerCase().endsWith(".kml")).sort();
  const combined: RawLayer = { featureCollection: emptyCollection(), issues: [], declaredCrs: { text: "EPSG:4326", origin: "format" }, format: "kmz" };
  if (names.length === 0) {
    combined.issues.push(context.issue("missing-part", `${context.fileName}: the KMZ holds no .kml document.`, { severity: "fatal" }));
    return combined;
  }
  for (const name of names) {
    const part = await readKmlText(decodeUtf8(entries[name]!), context);
    combined.issues.push(...part.issues.map((issue) => (issue.severity === "fatal" ? { ...issue, severity: "warning" as const, message: `${issue.message} (${name})` } : issue)));
    combined.featureCollection.features.push(...part.featureCollection.features);
  }
  inferNumericColumns(combined.featureCollection.features);
  return combined;
}

export const kmlDriver: FormatDriver = {
  id: "kml",
  extensions: ["kml"],
  sniff: (_bytes, head) => /<kml[\s>]/i.test(head),
  read: async (bytes, context) => {
    const raw = await readKmlText(decodeUtf8(bytes), context);
    inferNumericColumns(raw.featureCollection.features);
    return raw;
  },
};

export const kmzDriver: FormatDriver = {
  id: "kmz",
  extensions: ["kmz"],
  read: async (bytes, context) => {
    if (!isZip(bytes)) return kmlDriver.read(bytes, context);
    return readKmzEntries(await readZipEntries(bytes, (name) => name.toLowerCase().endsWith(".kml")), context);
  },
};
