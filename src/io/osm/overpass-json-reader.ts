/** Overpass API JSON (`[out:json]`) reader: the `elements` array of nodes, ways and relations. */
import { emptyOsmData, OsmReadError, type OsmData, type OsmMember, type OsmTags } from "./osm-data";
import { textChunks } from "./text-chunks";

/** JSON is parsed whole: beyond this many characters a string cannot hold it reliably in every engine. */
const MAX_JSON_CHARS = 400e6;

interface JsonElement {
  type?: unknown;
  id?: unknown;
  lat?: unknown;
  lon?: unknown;
  timestamp?: unknown;
  tags?: unknown;
  nodes?: unknown;
  members?: unknown;
}

function tagsOf(value: unknown): OsmTags {
  const tags: OsmTags = {};
  if (value && typeof value === "object") for (const [key, text] of Object.entries(value)) if (typeof text === "string") tags[key] = text;
  return tags;
}

function membersOf(value: unknown): OsmMember[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((member: { type?: unknown; ref?: unknown; role?: unknown }) =>
    (member?.type === "node" || member?.type === "way" || member?.type === "relation") && typeof member.ref === "number"
      ? [{ type: member.type, ref: member.ref, role: typeof member.role === "string" ? member.role : "" }]
      : [],
  );
}

/** Reads Overpass JSON (gzip allowed) into elements. */
export function readOverpassJson(bytes: Uint8Array, fileName: string): OsmData {
  let text = "";
  for (const chunk of textChunks(bytes, fileName)) {
    if (text.length + chunk.text.length > MAX_JSON_CHARS)
      throw new OsmReadError(
        "osm-too-large",
        fileName,
        `Overpass JSON over ${MAX_JSON_CHARS / 1e6} million characters cannot be read in one piece; export the area as .osm.pbf`,
      );
    text += chunk.text;
  }
  let json: { elements?: unknown; osm3s?: { timestamp_osm_base?: unknown } };
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new OsmReadError("osm-bad-json", fileName, `the Overpass JSON is malformed or cut off (${(error as Error).message})`);
  }
  if (!json || typeof json !== "object" || !Array.isArray(json.elements))
    throw new OsmReadError("osm-not-osm", fileName, 'the JSON has no Overpass "elements" array');
  const data = emptyOsmData("overpass-json");
  const base = typeof json.osm3s?.timestamp_osm_base === "string" ? Date.parse(json.osm3s.timestamp_osm_base) : NaN;
  if (Number.isFinite(base)) data.headerTimestampMs = base;
  for (const element of json.elements as JsonElement[]) {
    if (!element || typeof element.id !== "number" || !Number.isSafeInteger(element.id)) continue;
    const ms = typeof element.timestamp === "string" ? Date.parse(element.timestamp) : NaN;
    if (ms > data.newestTimestampMs) data.newestTimestampMs = ms;
    if (element.type === "node" && typeof element.lon === "number" && typeof element.lat === "number") data.nodes.add(element.id, element.lon, element.lat);
    else if (element.type === "way" && Array.isArray(element.nodes))
      data.ways.set(element.id, { id: element.id, refs: element.nodes.filter((ref): ref is number => typeof ref === "number"), tags: tagsOf(element.tags) });
    else if (element.type === "relation") data.relations.set(element.id, { id: element.id, members: membersOf(element.members), tags: tagsOf(element.tags) });
  }
  return data;
}
