/**
 * GPX 1.1 driver (waypoints, routes, tracks) via @tmcw/togeojson, loaded
 * lazily. GPX is WGS84 by definition. GDAL writes extra attributes as
 * `<extensions><ogr:field>`; togeojson names them "ogr_field", and the prefix
 * is removed here when that does not collide with another property. togeojson stores attributes in plain
 * objects, where a `__proto__` key is lost: elements of that name are renamed before it reads them and the
 * attribute gets its name back here.
 */
import type { Feature } from "geojson";
import { decodeUtf8, type FormatDriver, type RawLayer } from "./driver";
import { createPropertyRecord, hasProperty } from "./property-record";
import { inferNumericColumns } from "./property-types";
import { parseXmlDocument } from "./xml-document";

const GDAL_PREFIX = "ogr_";
/** The element name that stands in for `__proto__` while togeojson reads the document (a valid XML name). */
const PROTO_STAND_IN = "shanhai.proto-name";

function renameGdalExtensions(feature: Feature): Feature {
  const properties = createPropertyRecord();
  const source = feature.properties ?? {};
  for (const [key, value] of Object.entries(source)) {
    const original = key === PROTO_STAND_IN ? "__proto__" : key;
    const bare = original.startsWith(GDAL_PREFIX) ? original.slice(GDAL_PREFIX.length) : original;
    properties[bare !== original && hasProperty(source, bare) ? original : bare] = value;
  }
  return { ...feature, properties };
}

interface XmlNodeLike {
  firstChild: XmlNodeLike | null;
  parentNode: XmlNodeLike | null;
  appendChild(child: XmlNodeLike): unknown;
  replaceChild(replacement: XmlNodeLike, old: XmlNodeLike): unknown;
}
interface XmlElementLike extends XmlNodeLike {
  namespaceURI: string | null;
  getAttribute(name: string): string | null;
}
interface XmlDocumentLike {
  getElementsByTagName(name: string): ArrayLike<XmlElementLike>;
  createElementNS(namespace: string | null, name: string): XmlElementLike;
}

/** Renames every `<__proto__>` element (no prefix) to `PROTO_STAND_IN`, keeping its namespace and content. */
function standInForProtoElements(document: XmlDocumentLike): void {
  for (const element of Array.from(document.getElementsByTagName("__proto__"))) {
    const replacement = document.createElementNS(element.namespaceURI, PROTO_STAND_IN);
    while (element.firstChild) replacement.appendChild(element.firstChild);
    element.parentNode?.replaceChild(replacement, element);
  }
}

/**
 * 0-based indices of the waypoints (`<wpt>`) whose lat or lon attribute is missing or not a number:
 * togeojson skips them without a word, so the driver reports them.
 */
function waypointsWithoutPosition(document: unknown): number[] {
  const elements = (document as XmlDocumentLike).getElementsByTagName?.("wpt");
  const indices: number[] = [];
  for (let index = 0; index < (elements?.length ?? 0); index++) {
    const element = elements[index]!;
    const lat = element.getAttribute("lat")?.trim(),
      lon = element.getAttribute("lon")?.trim();
    if (!lat || !lon || !Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon))) indices.push(index);
  }
  return indices;
}

export const gpxDriver: FormatDriver = {
  id: "gpx",
  extensions: ["gpx"],
  sniff: (_bytes, head) => /<gpx[\s>]/i.test(head),
  read: async (bytes, context) => {
    const parsed = await parseXmlDocument(decodeUtf8(bytes), context, "gpx");
    if ("failure" in parsed) return parsed.failure;
    const { gpx } = await import("@tmcw/togeojson");
    standInForProtoElements(parsed.document as XmlDocumentLike);
    const collection = gpx(parsed.document as Parameters<typeof gpx>[0]);
    const features = collection.features.map((feature) => renameGdalExtensions(feature as Feature));
    inferNumericColumns(features);
    const raw: RawLayer = { featureCollection: { type: "FeatureCollection", features }, issues: [], declaredCrs: { text: "EPSG:4326", origin: "format" } };
    const unplaced = waypointsWithoutPosition(parsed.document);
    if (unplaced.length > 0) {
      raw.issues.push({
        ...context.issue(
          "coordinate-invalid",
          `${context.fileName}: ${unplaced.length} waypoint(s) without a numeric lat/lon were skipped: waypoint ${unplaced.slice(0, 50).join(", ")}.`,
          { count: unplaced.length },
        ),
        featureIds: unplaced,
      });
    }
    if (parsed.recoveredErrors > 0) {
      raw.issues.push(
        context.issue(
          "parse-error",
          `${context.fileName}: the XML has ${parsed.recoveredErrors} error(s) (truncated or damaged?); some features may be missing.`,
        ),
      );
    }
    return raw;
  },
};
