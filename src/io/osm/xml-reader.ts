/**
 * OSM XML reader (API 0.6 / osmium / Overpass XML, gzipped or not): a streaming SAX parse with saxes, so a
 * large file is never held as a DOM; malformed XML throws `osm-bad-xml` naming the line.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { CooperativeYield, emptyOsmData, OsmReadError, type OsmData, type OsmMember, type OsmTags } from "./osm-data";
import { textChunks } from "./text-chunks";

const MEMBER_TYPES = new Set(["node", "way", "relation"]);

function timestampMs(text: string | undefined): number {
  if (!text) return 0;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : 0;
}

interface Current {
  kind: "node" | "way" | "relation";
  id: number;
  tags: OsmTags;
  refs: number[];
  members: OsmMember[];
}

/** Reads OSM XML text (gzip allowed) into elements, reporting the share of bytes read. */
export async function readOsmXml(
  bytes: Uint8Array,
  fileName: string,
  onProgress: ((ratio: number) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<OsmData> {
  const data = emptyOsmData("xml");
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const pause = new CooperativeYield(fileName, signal);
  let current: Current | null = null;
  let sawOsm = false;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const a = tag.attributes;
    switch (tag.name) {
      case "osm":
        sawOsm = true;
        break;
      case "bounds": {
        const box = [Number(a.minlon), Number(a.minlat), Number(a.maxlon), Number(a.maxlat)];
        if (box.every(Number.isFinite)) data.headerBbox = box as [number, number, number, number];
        break;
      }
      case "meta": {
        const ms = timestampMs(a.osm_base);
        if (ms > 0) data.headerTimestampMs = ms;
        break;
      }
      case "node":
      case "way":
      case "relation": {
        const id = Number(a.id);
        // JOSM files keep deleted elements with action="delete"; history files mark them visible="false".
        if (a.action === "delete" || a.visible === "false") {
          current = null;
          break;
        }
        const ms = timestampMs(a.timestamp);
        if (ms > data.newestTimestampMs) data.newestTimestampMs = ms;
        if (tag.name === "node") data.nodes.add(id, Number(a.lon), Number(a.lat));
        current = Number.isSafeInteger(id) ? { kind: tag.name, id, tags: {}, refs: [], members: [] } : null;
        break;
      }
      case "tag":
        if (current && a.k !== undefined) current.tags[a.k] = a.v ?? "";
        break;
      case "nd":
        if (current?.kind === "way") current.refs.push(Number(a.ref));
        break;
      case "member":
        if (current?.kind === "relation" && MEMBER_TYPES.has(a.type ?? ""))
          current.members.push({ type: a.type as OsmMember["type"], ref: Number(a.ref), role: a.role ?? "" });
        break;
    }
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (!current || tag.name !== current.kind) return;
    if (current.kind === "way") data.ways.set(current.id, { id: current.id, refs: current.refs, tags: current.tags });
    else if (current.kind === "relation") data.relations.set(current.id, { id: current.id, members: current.members, tags: current.tags });
    current = null;
  });
  try {
    for (const { text, ratio } of textChunks(bytes, fileName)) {
      parser.write(text);
      onProgress?.(ratio);
      await pause.maybeYield();
    }
    parser.close();
  } catch (error) {
    if (error instanceof OsmReadError) throw error;
    throw new OsmReadError("osm-bad-xml", fileName, `the OSM XML is malformed or cut off (${(error as Error).message})`);
  }
  if (!sawOsm) throw new OsmReadError("osm-not-osm", fileName, "the XML has no <osm> root element");
  return data;
}
