/** The text of an OSM XML or JSON file in chunks, gunzipped on the fly when it is gzip (fflate streaming). */
import { Gunzip } from "fflate";
import { OsmReadError } from "./osm-data";

const CHUNK_BYTES = 256 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Text chunks with the share of input bytes consumed; a damaged or cut gzip stream throws `osm-compression`. */
export function* textChunks(bytes: Uint8Array, fileName: string): Generator<{ text: string; ratio: number }> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  if (!isGzip(bytes)) {
    for (let pos = 0; pos < bytes.length; pos += CHUNK_BYTES) {
      const end = Math.min(bytes.length, pos + CHUNK_BYTES);
      yield { text: decoder.decode(bytes.subarray(pos, end), { stream: end < bytes.length }), ratio: end / bytes.length };
    }
    return;
  }
  const pending: Uint8Array[] = [];
  const gunzip = new Gunzip((chunk) => pending.push(chunk));
  for (let pos = 0; pos < bytes.length; pos += CHUNK_BYTES) {
    const end = Math.min(bytes.length, pos + CHUNK_BYTES);
    try {
      gunzip.push(bytes.subarray(pos, end), end === bytes.length);
    } catch (error) {
      throw new OsmReadError("osm-compression", fileName, `the gzip data is damaged or cut off (${(error as Error).message})`);
    }
    let text = "";
    for (const chunk of pending.splice(0)) text += decoder.decode(chunk, { stream: true });
    yield { text, ratio: end / bytes.length };
  }
  yield { text: decoder.decode(), ratio: 1 };
}
