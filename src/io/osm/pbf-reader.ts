/**
 * OSM PBF reader: the file's blobs one at a time (`BlobHeader` + `Blob`, zlib via fflate), each
 * `PrimitiveBlock` decoded with the `pbf` protobuf reader (dense nodes, ways, relations, header bbox and
 * replication timestamp) — the format of https://wiki.openstreetmap.org/wiki/PBF_Format.
 */
import { PbfReader } from "pbf";
import { unzlibSync } from "fflate";
import { CooperativeYield, emptyOsmData, OsmReadError, type OsmData, type OsmMember, type OsmTags } from "./osm-data";

/** The format's limits: a BlobHeader under 64 KiB, a Blob (and its content) at most 32 MiB. */
const MAX_HEADER_BYTES = 64 * 1024;
const MAX_BLOB_BYTES = 32 * 1024 * 1024;
const MEMBER_TYPES: readonly OsmMember["type"][] = ["node", "way", "relation"];

interface BlobHeader {
  type: string;
  dataSize: number;
}
interface Blob {
  raw: Uint8Array | null;
  rawSize: number;
  zlib: Uint8Array | null;
  other: string | null;
}

function readBlobHeader(bytes: Uint8Array): BlobHeader {
  return new PbfReader(bytes).readFields(
    (tag, header: BlobHeader, pbf) => {
      if (tag === 1) header.type = pbf.readString();
      else if (tag === 3) header.dataSize = pbf.readVarint();
    },
    { type: "", dataSize: -1 },
  );
}

const COMPRESSIONS: Record<number, string> = { 4: "lzma", 5: "bzip2", 6: "lz4", 7: "zstd" };

function blobContent(bytes: Uint8Array, fileName: string): Uint8Array {
  const blob = new PbfReader(bytes).readFields(
    (tag, result: Blob, pbf) => {
      if (tag === 1) result.raw = pbf.readBytes();
      else if (tag === 2) result.rawSize = pbf.readVarint();
      else if (tag === 3) result.zlib = pbf.readBytes();
      else if (COMPRESSIONS[tag]) result.other = COMPRESSIONS[tag]!;
    },
    { raw: null, rawSize: -1, zlib: null, other: null },
  );
  if (blob.raw) return blob.raw;
  if (blob.zlib) {
    if (blob.rawSize < 0 || blob.rawSize > MAX_BLOB_BYTES)
      throw new OsmReadError("osm-corrupt", fileName, `a PBF block states an impossible size (${blob.rawSize} bytes)`);
    let out: Uint8Array;
    try {
      out = unzlibSync(blob.zlib, { out: new Uint8Array(blob.rawSize) });
    } catch (error) {
      throw new OsmReadError("osm-compression", fileName, `a PBF block is not valid zlib data (${(error as Error).message})`);
    }
    if (out.length !== blob.rawSize)
      throw new OsmReadError("osm-compression", fileName, `a PBF block unpacks to ${out.length} bytes, not the ${blob.rawSize} it states`);
    return out;
  }
  if (blob.other) throw new OsmReadError("osm-compression", fileName, `PBF blocks compressed with ${blob.other} are not supported (only zlib or none)`);
  throw new OsmReadError("osm-corrupt", fileName, "a PBF block holds no data");
}

interface HeaderBlock {
  bbox: [number, number, number, number] | null;
  timestampS: number | null;
  required: string[];
}

function readHeaderBlock(bytes: Uint8Array): HeaderBlock {
  return new PbfReader(bytes).readFields(
    (tag, header: HeaderBlock, pbf) => {
      if (tag === 1) {
        const box = pbf.readMessage(
          (field, b: number[], reader) => {
            if (field >= 1 && field <= 4) b[field - 1] = reader.readSVarint() / 1e9;
          },
          [NaN, NaN, NaN, NaN],
        );
        // left, right, top, bottom → west, south, east, north
        header.bbox = [box[0]!, box[3]!, box[1]!, box[2]!];
      } else if (tag === 4) header.required.push(pbf.readString());
      else if (tag === 32) header.timestampS = pbf.readVarint();
    },
    { bbox: null, timestampS: null, required: [] },
  );
}

interface Block {
  strings: string[];
  groups: [number, number][];
  granularity: number;
  latOffset: number;
  lonOffset: number;
  dateGranularity: number;
  /** The tags of this block's ways by their key and value string indexes, one object per distinct set. */
  wayTags: Map<string, OsmTags>;
}

function readBlock(pbf: PbfReader): Block {
  return pbf.readFields(
    (tag, block: Block, reader) => {
      if (tag === 1) {
        const end = reader.readVarint() + reader.pos;
        const decoder = new TextDecoder();
        while (reader.pos < end) {
          const field = reader.readVarint();
          if (field >> 3 === 1) {
            const length = reader.readVarint();
            block.strings.push(decoder.decode(reader.buf.subarray(reader.pos, reader.pos + length)));
            reader.pos += length;
          } else reader.skip(field);
        }
      } else if (tag === 2) {
        const length = reader.readVarint();
        block.groups.push([reader.pos, reader.pos + length]);
        reader.pos += length;
      } else if (tag === 17) block.granularity = reader.readVarint();
      else if (tag === 18) block.dateGranularity = reader.readVarint();
      else if (tag === 19) block.latOffset = reader.readVarint(true);
      else if (tag === 20) block.lonOffset = reader.readVarint(true);
    },
    { strings: [], groups: [], granularity: 100, latOffset: 0, lonOffset: 0, dateGranularity: 1000, wayTags: new Map() },
  );
}

function tagsOf(keys: number[], values: number[], strings: string[]): OsmTags {
  const tags: OsmTags = {};
  for (let i = 0; i < keys.length; i++) {
    const key = strings[keys[i]!];
    const value = strings[values[i]!];
    if (key !== undefined && value !== undefined) tags[key] = value;
  }
  return tags;
}

/** A way's tags: the same object for every way of the block with the same tags. */
function blockTags(keys: number[], values: number[], block: Block): OsmTags {
  const key = `${keys.join(",")}|${values.join(",")}`;
  let tags = block.wayTags.get(key);
  if (!tags) block.wayTags.set(key, (tags = tagsOf(keys, values, block.strings)));
  return tags;
}

function readDense(pbf: PbfReader, block: Block, data: OsmData): void {
  const ids: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const timestamps: number[] = [];
  pbf.readMessage((tag, _: null, reader) => {
    if (tag === 1) reader.readPackedSVarint(ids);
    else if (tag === 8) reader.readPackedSVarint(lats);
    else if (tag === 9) reader.readPackedSVarint(lons);
    else if (tag === 5)
      reader.readMessage((field, __: null, info) => {
        if (field === 2) info.readPackedSVarint(timestamps);
      }, null);
  }, null);
  let id = 0,
    lat = 0,
    lon = 0,
    timestamp = 0,
    newest = 0;
  for (let i = 0; i < ids.length; i++) {
    id += ids[i]!;
    lat += lats[i] ?? NaN;
    lon += lons[i] ?? NaN;
    data.nodes.add(id, (block.lonOffset + lon * block.granularity) / 1e9, (block.latOffset + lat * block.granularity) / 1e9);
    if (i < timestamps.length) {
      timestamp += timestamps[i]!;
      if (timestamp > newest) newest = timestamp;
    }
  }
  const newestMs = newest * block.dateGranularity;
  if (newestMs > data.newestTimestampMs) data.newestTimestampMs = newestMs;
}

function readInfoTimestamp(reader: PbfReader, block: Block, data: OsmData): void {
  reader.readMessage((field, _: null, info) => {
    if (field !== 2) return;
    const ms = info.readVarint() * block.dateGranularity;
    if (ms > data.newestTimestampMs) data.newestTimestampMs = ms;
  }, null);
}

function readGroup(pbf: PbfReader, [start, end]: [number, number], block: Block, data: OsmData): void {
  pbf.pos = start;
  pbf.readFields(
    (tag, _: null, reader) => {
      if (tag === 2) readDense(reader, block, data);
      else if (tag === 1) {
        const node = { id: 0, lat: NaN, lon: NaN };
        reader.readMessage((field, n: typeof node, r) => {
          if (field === 1) n.id = r.readSVarint();
          else if (field === 8) n.lat = r.readSVarint();
          else if (field === 9) n.lon = r.readSVarint();
          else if (field === 4) readInfoTimestamp(r, block, data);
        }, node);
        data.nodes.add(node.id, (block.lonOffset + node.lon * block.granularity) / 1e9, (block.latOffset + node.lat * block.granularity) / 1e9);
      } else if (tag === 3) {
        const way = { id: 0, keys: [] as number[], values: [] as number[], refs: [] as number[] };
        reader.readMessage((field, w: typeof way, r) => {
          if (field === 1) w.id = r.readVarint();
          else if (field === 2) r.readPackedVarint(w.keys);
          else if (field === 3) r.readPackedVarint(w.values);
          else if (field === 8) r.readPackedSVarint(w.refs);
          else if (field === 4) readInfoTimestamp(r, block, data);
        }, way);
        for (let i = 1; i < way.refs.length; i++) way.refs[i]! += way.refs[i - 1]!;
        // An exact-length copy: the decoded array keeps the spare capacity that growing it by push left.
        data.ways.set(way.id, { id: way.id, refs: way.refs.slice(), tags: blockTags(way.keys, way.values, block) });
      } else if (tag === 4) {
        const relation = { id: 0, keys: [] as number[], values: [] as number[], roles: [] as number[], ids: [] as number[], types: [] as number[] };
        reader.readMessage((field, rel: typeof relation, r) => {
          if (field === 1) rel.id = r.readVarint();
          else if (field === 2) r.readPackedVarint(rel.keys);
          else if (field === 3) r.readPackedVarint(rel.values);
          else if (field === 8) r.readPackedVarint(rel.roles);
          else if (field === 9) r.readPackedSVarint(rel.ids);
          else if (field === 10) r.readPackedVarint(rel.types);
          else if (field === 4) readInfoTimestamp(r, block, data);
        }, relation);
        const members: OsmMember[] = [];
        let ref = 0;
        for (let i = 0; i < relation.ids.length; i++) {
          ref += relation.ids[i]!;
          const type = MEMBER_TYPES[relation.types[i] ?? -1];
          if (type) members.push({ type, ref, role: block.strings[relation.roles[i] ?? -1] ?? "" });
        }
        data.relations.set(relation.id, { id: relation.id, members, tags: tagsOf(relation.keys, relation.values, block.strings) });
      } else reader.skip(tag);
    },
    null,
    end,
  );
}

/** Decodes one blob's bytes into `data`; exceptions of the protobuf reader become "corrupt block" errors. */
function readBlob(type: string, content: Uint8Array, data: OsmData, fileName: string): void {
  try {
    if (type === "OSMHeader") {
      const header = readHeaderBlock(content);
      const unsupported = header.required.filter((feature) => feature !== "OsmSchema-V0.6" && feature !== "DenseNodes");
      if (unsupported.length > 0) throw new OsmReadError("osm-corrupt", fileName, `the PBF file needs features this reader lacks (${unsupported.join(", ")})`);
      if (header.bbox?.every(Number.isFinite)) data.headerBbox = header.bbox;
      if (header.timestampS !== null && header.timestampS > 0) data.headerTimestampMs = header.timestampS * 1000;
    } else if (type === "OSMData") {
      const pbf = new PbfReader(content);
      const block = readBlock(pbf);
      for (const group of block.groups) readGroup(pbf, group, block, data);
    }
  } catch (error) {
    if (error instanceof OsmReadError) throw error;
    throw new OsmReadError("osm-corrupt", fileName, `a PBF block is damaged (${(error as Error).message})`);
  }
}

/** Reads an `.osm.pbf` file block by block, reporting the share of bytes read. */
export async function readOsmPbf(
  bytes: Uint8Array,
  fileName: string,
  onProgress: ((ratio: number) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<OsmData> {
  const data = emptyOsmData("pbf");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pause = new CooperativeYield(fileName, signal);
  let pos = 0;
  let sawHeader = false;
  while (pos < bytes.length) {
    if (pos + 4 > bytes.length) throw new OsmReadError("osm-truncated", fileName, `the PBF file ends inside a block (at byte ${pos})`);
    const headerLength = view.getInt32(pos);
    if (headerLength <= 0 || headerLength > MAX_HEADER_BYTES)
      throw new OsmReadError("osm-corrupt", fileName, `a PBF block header states ${headerLength} bytes (at byte ${pos})`);
    if (pos + 4 + headerLength > bytes.length) throw new OsmReadError("osm-truncated", fileName, `the PBF file ends inside a block header (at byte ${pos})`);
    let header: BlobHeader;
    try {
      header = readBlobHeader(bytes.subarray(pos + 4, pos + 4 + headerLength));
    } catch (error) {
      throw new OsmReadError("osm-corrupt", fileName, `a PBF block header is damaged (${(error as Error).message})`);
    }
    if (header.dataSize < 0 || header.dataSize > MAX_BLOB_BYTES)
      throw new OsmReadError("osm-corrupt", fileName, `a PBF block states ${header.dataSize} bytes (at byte ${pos})`);
    if (!sawHeader && header.type !== "OSMHeader") throw new OsmReadError("osm-not-osm", fileName, "not an OSM PBF file (no OSMHeader block first)");
    sawHeader = true;
    const start = pos + 4 + headerLength;
    const end = start + header.dataSize;
    if (end > bytes.length) throw new OsmReadError("osm-truncated", fileName, `the PBF file is cut off: a block needs ${end - bytes.length} more bytes`);
    readBlob(header.type, blobContent(bytes.subarray(start, end), fileName), data, fileName);
    pos = end;
    onProgress?.(pos / bytes.length);
    await pause.maybeYield();
  }
  return data;
}
