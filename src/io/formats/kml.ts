/**
 * KML 2.2 (OGC 07-147r2) and KMZ drivers, converted by @tmcw/togeojson
 * (loaded lazily). KML is WGS84 longitude/latitude by definition. A KMZ is a
 * zip: every .kml inside is read (GDAL/LIBKML put the data in layers/*.kml
 * behind a NetworkLink in doc.kml). Styling keys are dropped; names,
 * descriptions and ExtendedData become properties.
 */
import type { Feature } from "geojson";
import { decodeUtf8, emptyCollection, type DriverContext, type FormatDriver, type RawLayer } from "./driver";
import { propertyRecordOf } from "./property-record";
import { inferNumericColumns } from "./property-types";
import { parseXmlDocument, type XmlDocumentLike } from "./xml-document";
import { isZip, readZipEntries, type ZipEntries } from "./zip-entries";

const STYLE_KEYS = /^(styleUrl|styleHash|styleMapHash|stroke|stroke-opacity|stroke-width|fill|fill-opacity|icon|icon-.*|label-.*|visibility)$/;

const OVERLAY_TYPES = new Set(["networklink", "groundoverlay", "photooverlay", "screenoverlay"]);

/** SimpleField types togeojson converts (KML 2.2 §9.6); any other type is read as text. */
const SIMPLE_FIELD_TYPES = new Set(["string", "int", "uint", "short", "ushort", "float", "double", "bool"]);

const ATTRIBUTE_ALIAS = "\u0000shanhai-attribute-";

interface ElementLike {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}

/**
 * togeojson keeps attributes and schema types in plain objects, so a Data/SimpleData named `__proto__`
 * vanishes and one named `hasOwnProperty` or `constructor` picks up Object.prototype's functions. Before
 * conversion such names are replaced by aliases that cannot occur in XML (they start with U+0000), and
 * unknown SimpleField types by "string"; `restoreName` maps the aliases back afterwards.
 */
function aliasSpecialNames(document: XmlDocumentLike): (key: string) => string {
  const originals: string[] = [];
  const elements = (tag: string) => Array.from(document.getElementsByTagName(tag) as ArrayLike<ElementLike>);
  for (const element of [...elements("Data"), ...elements("SimpleData"), ...elements("SimpleField")]) {
    const name = element.getAttribute("name");
    if (name !== null && name in Object.prototype) {
      let index = originals.indexOf(name);
      if (index < 0) index = originals.push(name) - 1;
      element.setAttribute("name", `${ATTRIBUTE_ALIAS}${index}`);
    }
  }
  for (const field of elements("SimpleField")) {
    if (!SIMPLE_FIELD_TYPES.has(field.getAttribute("type") ?? "")) field.setAttribute("type", "string");
  }
  return (key) => (key.startsWith(ATTRIBUTE_ALIAS) ? (originals[Number(key.slice(ATTRIBUTE_ALIAS.length))] ?? key) : key);
}

function withoutStyle(feature: Feature, restoreName: (key: string) => string): Feature {
  const entries = Object.entries(feature.properties ?? {}).filter(([key]) => !STYLE_KEYS.test(key));
  return { ...feature, properties: propertyRecordOf(entries.map(([key, value]) => [restoreName(key), value])) };
}

async function readKmlText(text: string, context: DriverContext): Promise<RawLayer> {
  const parsed = await parseXmlDocument(text, context, "kml");
  if ("failure" in parsed) return parsed.failure;
  const { kml } = await import("@tmcw/togeojson");
  const restoreName = aliasSpecialNames(parsed.document);
  const collection = kml(parsed.document as Parameters<typeof kml>[0]);
  // NetworkLink / GroundOverlay "features" are links and images, not data (their geometry is a region box).
  const features = collection.features
    .filter((feature) => !OVERLAY_TYPES.has(String(feature.properties?.["@geometry-type"])))
    .map((feature) => withoutStyle(feature as Feature, restoreName));
  const raw: RawLayer = {
    featureCollection: { type: "FeatureCollection", features },
    issues: [],
    declaredCrs: { text: "EPSG:4326", origin: "format" },
    format: "kml",
  };
  if (parsed.recoveredErrors > 0) {
    raw.issues.push(
      context.issue(
        "parse-error",
        `${context.fileName}: the XML has ${parsed.recoveredErrors} error(s) (truncated or damaged?); some features may be missing.`,
      ),
    );
  }
  return raw;
}

/** Reads every .kml of a KMZ archive into one layer. */
export async function readKmzEntries(entries: ZipEntries, context: DriverContext): Promise<RawLayer> {
  const names = Object.keys(entries)
    .filter((name) => name.toLowerCase().endsWith(".kml"))
    .sort();
  const combined: RawLayer = { featureCollection: emptyCollection(), issues: [], declaredCrs: { text: "EPSG:4326", origin: "format" }, format: "kmz" };
  if (names.length === 0) {
    combined.issues.push(
      context.issue("missing-part", `${context.fileName}: the KMZ holds no .kml document.`, { severity: "fatal", details: { kind: "no-kml" } }),
    );
    return combined;
  }
  for (const name of names) {
    const part = await readKmlText(decodeUtf8(entries[name]!), context);
    combined.issues.push(
      ...part.issues.map((issue) => (issue.severity === "fatal" ? { ...issue, severity: "warning" as const, message: `${issue.message} (${name})` } : issue)),
    );
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
