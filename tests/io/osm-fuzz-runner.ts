/**
 * Fuzz runner for the OSM readers, run as a child process by osm-fuzz.test.ts so a hang can be killed:
 * seeded truncations (also just past a PBF block boundary — a file cut exactly at one is a valid shorter
 * extract, which no reader can tell), byte flips, deletions, garbage, a PBF blob's zlib
 * field relabelled as another compression, damaged gzip, and bad XML. Prints one JSON line per case; "case <n>"
 * on stderr before each.
 *
 * Usage: node --import tsx tests/io/osm-fuzz-runner.ts <seed> <mutationsPerKind>
 */
import { readFileSync } from "node:fs";
import type { Geometry, Position } from "geojson";
import { gunzipSync, gzipSync, unzlibSync, zlibSync } from "fflate";
import { PbfReader, PbfWriter } from "pbf";
import { seededRandom } from "../../src/analysis/synthetic/seeded-random";
import { OsmReadError, readOsmProject } from "../../src/io/osm/osm-project";
import { DEFAULT_OSM_MAPPING, OSM_ROLES } from "../../src/io/osm/osm-types";

const DIR = new URL("../fixtures/osm/", import.meta.url);
const [seed = "1", perKind = "10"] = process.argv.slice(2);
const random = seededRandom(Number(seed));
const integer = (max: number) => Math.floor(random() * max);

/** Start offsets of the PBF blocks (length-prefixed BlobHeader + Blob). */
function blockStarts(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts: number[] = [];
  for (let pos = 0; pos + 4 <= bytes.length; ) {
    starts.push(pos);
    const headerLength = view.getInt32(pos);
    const header = bytes.subarray(pos + 4, pos + 4 + headerLength);
    // datasize is field 3 (varint) — the last field of the BlobHeader.
    let i = header.lastIndexOf(0x18),
      size = 0,
      shift = 0;
    for (i++; i < header.length; i++, shift += 7) size += (header[i]! & 0x7f) * 2 ** shift;
    pos += 4 + headerLength + size;
  }
  return starts;
}

type Mutation = (bytes: Uint8Array) => Uint8Array;
const common: Record<string, Mutation> = {
  truncate: (b) => b.slice(0, integer(b.length)),
  flip: (b) => {
    const c = b.slice();
    for (let i = 0, n = 1 + integer(16); i < n; i++) c[integer(c.length)] = integer(256);
    return c;
  },
  delete: (b) => {
    const s = integer(b.length);
    return new Uint8Array([...b.subarray(0, s), ...b.subarray(Math.min(b.length, s + 1 + integer(64)))]);
  },
  garbage: (b) => {
    const s = integer(b.length);
    return new Uint8Array([...b.subarray(0, s), ...Array.from({ length: 1 + integer(64) }, () => integer(256)), ...b.subarray(s)]);
  },
};
/** One data block unpacked, damaged (byte flips in the protobuf content) and packed again with valid zlib. */
function damageBlockContent(b: Uint8Array): Uint8Array {
  const starts = blockStarts(b);
  const at = starts[1 + integer(starts.length - 1)]!;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const headerLength = view.getInt32(at);
  const end = starts[starts.indexOf(at) + 1] ?? b.length;
  const blob = new PbfReader(b.slice(at + 4 + headerLength, end)).readFields((tag, r: { zlib?: Uint8Array }, pbf) => {
    if (tag === 3) r.zlib = pbf.readBytes();
  }, {});
  const content = unzlibSync(blob.zlib!);
  for (let i = 0, n = 1 + integer(12); i < n; i++) content[integer(content.length)] = integer(256);
  const newBlob = new PbfWriter();
  newBlob.writeVarintField(2, content.length);
  newBlob.writeBytesField(3, zlibSync(content));
  const blobBytes = newBlob.finish();
  const header = new PbfWriter();
  header.writeStringField(1, "OSMData");
  header.writeVarintField(3, blobBytes.length);
  const headerBytes = header.finish();
  const out = new Uint8Array(at + 4 + headerBytes.length + blobBytes.length + (b.length - end));
  out.set(b.subarray(0, at));
  new DataView(out.buffer).setInt32(at, headerBytes.length);
  out.set(headerBytes, at + 4);
  out.set(blobBytes, at + 4 + headerBytes.length);
  out.set(b.subarray(end), at + 4 + headerBytes.length + blobBytes.length);
  return out;
}

const pbfOnly: Record<string, Mutation> = {
  "damaged-block-content": damageBlockContent,
  "truncate-at-block": (b) => {
    const starts = blockStarts(b);
    const at = starts[1 + integer(starts.length - 1)] ?? b.length;
    return b.slice(0, at + 1 + integer(23));
  },
  "cut-inside-block": (b) => {
    const starts = blockStarts(b);
    const at = starts[integer(starts.length)]!;
    return b.slice(0, at + 4 + integer(600));
  },
  "wrong-compression": (b) => {
    const c = b.slice();
    const starts = blockStarts(c);
    const at = starts[integer(starts.length)]!;
    const headerLength = new DataView(c.buffer).getInt32(at);
    const blob = at + 4 + headerLength;
    for (let i = blob; i < Math.min(c.length, blob + 12); i++)
      if (c[i] === 0x1a) {
        c[i] = [0x22, 0x2a, 0x32, 0x3a][integer(4)]!;
        break;
      }
    return c;
  },
};
const gzOnly: Record<string, Mutation> = {
  "gzip-body-flip": (b) => {
    const c = b.slice();
    for (let i = 0; i < 4; i++) c[10 + integer(c.length - 18)] = integer(256);
    return c;
  },
  "bad-xml": (b) => {
    const text = new TextDecoder().decode(gunzipSync(b));
    const s = integer(text.length);
    const broken = [
      `${text.slice(0, s)}<<&${text.slice(s)}`,
      text.replace(/\/>/g, (m) => (random() < 0.01 ? ">" : m)),
      text.slice(0, s),
      text.replace("<osm", "<osmx"),
    ][integer(4)]!;
    return gzipSync(new TextEncoder().encode(broken));
  },
  "not-gzip-of-osm": () => gzipSync(new TextEncoder().encode('{"type":"FeatureCollection","features":[]}')),
};

/** Every position of a geometry. */
function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case "Point":
      return [geometry.coordinates];
    case "LineString":
    case "MultiPoint":
      return geometry.coordinates;
    case "Polygon":
    case "MultiLineString":
      return geometry.coordinates.flat();
    case "MultiPolygon":
      return geometry.coordinates.flat(2);
    default:
      return geometry.geometries.flatMap(positionsOf);
  }
}

let index = 0;
for (const [file, extra] of [
  ["andorra-centre.osm.pbf", pbfOnly],
  ["taipei-jingmei-corner.osm.gz", gzOnly],
] as const) {
  const original = new Uint8Array(readFileSync(new URL(file, DIR)));
  for (const [how, mutate] of Object.entries({ ...common, ...extra })) {
    for (let k = 0; k < Number(perKind); k++) {
      process.stderr.write(`case ${index} ${file} ${how}\n`);
      const bytes = mutate(original);
      const started = performance.now();
      const result: Record<string, unknown> = { index, file, how };
      try {
        const project = await readOsmProject(bytes, file, DEFAULT_OSM_MAPPING, { kind: "extent" });
        let bad = 0;
        for (const role of OSM_ROLES)
          for (const f of project.layers[role].features) {
            for (const [lon, lat] of positionsOf(f.geometry)) if (!(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90)) bad++;
          }
        result.ok = true;
        result.badCoordinates = bad;
      } catch (error) {
        result.ok = false;
        result.code = error instanceof OsmReadError ? error.code : null;
        result.message = (error as Error).message;
      }
      result.ms = Math.round(performance.now() - started);
      process.stdout.write(`${JSON.stringify(result)}\n`);
      index++;
    }
  }
}
