/** Format detection and the scan of an OSM extract (boundaries, admin levels, data date, extent). */
import { readOverpassJson } from "./overpass-json-reader";
import { OsmReadError, type OsmData } from "./osm-data";
import { boxOf, type Box } from "./osm-clip-grid";
import { relationPolygons } from "./osm-features";
import type { OsmBoundary, OsmReadOptions, OsmScan } from "./osm-types";
import { chineseName } from "./osm-properties";
import { readOsmPbf } from "./pbf-reader";
import { isGzip } from "./text-chunks";
import { readOsmXml } from "./xml-reader";
import { Gunzip } from "fflate";
import type { Position } from "geojson";

/** Names that only OSM files carry (`.pbf` alone may be a vector tile, `.json` anything: those are sniffed). */
const OSM_NAME = /\.(osm|osm\.pbf|osm\.gz|osm\.xml|osm\.xml\.gz|osm\.bz2)$/i;
const latin1 = new TextDecoder("latin1");

/** The first text of a file, gunzipped when it is gzip (a damaged stream gives ""). */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  if (!isGzip(bytes)) return latin1.decode(head);
  const chunks: Uint8Array[] = [];
  try {
    new Gunzip((chunk) => chunks.push(chunk)).push(bytes.subarray(0, 65536), false);
  } catch {
    return "";
  }
  let text = "";
  for (const chunk of chunks) if (text.length < 4096) text += latin1.decode(chunk);
  return text.slice(0, 4096);
}

/** Whether the bytes start like an OSM PBF file: a BlobHeader naming `OSMHeader`. */
function looksLikePbf(bytes: Uint8Array): boolean {
  return bytes.length > 16 && bytes[0] === 0 && bytes[1] === 0 && latin1.decode(bytes.subarray(4, 24)).includes("OSMHeader");
}

/** True when the bytes/name look like .osm.pbf, .osm / .osm.gz XML or Overpass JSON. */
export function isOsmFile(bytes: Uint8Array, fileName: string): boolean {
  if (looksLikePbf(bytes)) return true;
  const text = headText(bytes).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<osm[\s>]/.test(text)) return true;
  if (text.startsWith("{") && /"elements"\s*:/.test(text) && !/"FeatureCollection"/.test(text)) return true;
  return OSM_NAME.test(fileName);
}

/** A scan's parse, kept for the read of the same bytes that follows it (which takes it out). */
const parsed = new WeakMap<Uint8Array, OsmData>();

/**
 * Parses any supported OSM format, by content (the name is only used in messages). With `keepForRead` the
 * parse is kept for the next call on the same bytes, which takes it out, so a scan then a read parse once and
 * the elements are not held once the read is done.
 */
export async function readOsmData(bytes: Uint8Array, fileName: string, options: OsmReadOptions, keepForRead = false): Promise<OsmData> {
  const cached = parsed.get(bytes);
  parsed.delete(bytes);
  const data = cached ?? (await parseOsmData(bytes, fileName, options));
  if (keepForRead) parsed.set(bytes, data);
  return data;
}

async function parseOsmData(bytes: Uint8Array, fileName: string, options: OsmReadOptions): Promise<OsmData> {
  if (options.signal?.aborted) throw new OsmReadError("osm-cancelled", fileName, "import cancelled");
  if (bytes.length === 0) throw new OsmReadError("osm-empty", fileName, "the file is empty");
  if (bytes[0] === 0x42 && bytes[1] === 0x5a && bytes[2] === 0x68)
    throw new OsmReadError("osm-compression", fileName, "bzip2-compressed OSM is not supported; unpack it (bunzip2) or use the .osm.pbf");
  let data: OsmData;
  if (looksLikePbf(bytes)) data = await readOsmPbf(bytes, fileName, options.onProgress, options.signal);
  else {
    const text = headText(bytes).trimStart();
    if (isGzip(bytes) && text === "") throw new OsmReadError("osm-compression", fileName, "the gzip data is damaged");
    if (text.startsWith("{")) data = readOverpassJson(bytes, fileName);
    else if (text.startsWith("<")) data = await readOsmXml(bytes, fileName, options.onProgress, options.signal);
    else throw new OsmReadError("osm-not-osm", fileName, "not an OSM file (neither PBF, OSM XML nor Overpass JSON)");
  }
  if (data.nodes.size === 0 && data.ways.size === 0 && data.relations.size === 0)
    throw new OsmReadError("osm-empty", fileName, "the OSM file holds no nodes, ways or relations");
  return data;
}

/** The header's box, else the box of every way's nodes and the boundaries. */
function extentOf(data: OsmData, boundaries: readonly { box: Box }[]): Box {
  if (data.headerBbox) return data.headerBbox;
  const corners: Position[] = boundaries.flatMap(({ box }) => [
    [box[0], box[1]],
    [box[2], box[3]],
  ]);
  // One way's positions at a time, so they are garbage as soon as the box has taken them in.
  const lines = function* () {
    yield corners;
    for (const way of data.ways.values()) yield way.refs.map((ref) => data.nodes.get(ref)).filter((p): p is [number, number] => p !== undefined);
  };
  const box = boxOf(lines());
  return box.every(Number.isFinite) ? box : [0, 0, 0, 0];
}

/** Lists the administrative boundary relations whose rings close, largest box first. */
export function scanOf(data: OsmData, fileName: string): OsmScan {
  const found: (OsmBoundary & { box: Box; size: number })[] = [];
  for (const relation of data.relations.values()) {
    if (relation.tags.boundary !== "administrative") continue;
    const polygons = relationPolygons(relation, data);
    if (!polygons) continue;
    const box = boxOf(polygons.flat());
    const level = Number(relation.tags.admin_level);
    found.push({
      relationId: relation.id,
      name: chineseName(relation.tags) ?? `relation ${relation.id}`,
      nameEn: relation.tags["name:en"] ?? null,
      adminLevel: Number.isInteger(level) ? level : null,
      box,
      size: (box[2] - box[0]) * (box[3] - box[1]),
    });
  }
  found.sort((a, b) => b.size - a.size);
  const timestamp = data.headerTimestampMs ?? (data.newestTimestampMs > 0 ? data.newestTimestampMs : null);
  return {
    fileName,
    format: data.format,
    boundaries: found.map(({ relationId, name, nameEn, adminLevel }) => ({ relationId, name, nameEn, adminLevel })),
    adminLevels: [...new Set(found.flatMap((b) => (b.adminLevel === null ? [] : [b.adminLevel])))].sort((a, b) => a - b),
    dataDate: timestamp === null ? null : new Date(timestamp).toISOString(),
    bbox: extentOf(data, found),
    elementCounts: { nodes: data.nodes.size, ways: data.ways.size, relations: data.relations.size },
  };
}
