import { expose } from "comlink";
import type { Feature } from "geojson";
import { readLayerFile } from "../io/read-layer-file";
import type { ReadOptions, ReadResult } from "../io/read-layer-file";

/** The features of the last read, kept here until the main thread has taken them in slices. */
let pending: Feature[] = [];

/**
 * What the import worker offers: the same `readLayerFile` the CLI uses, off the main thread; the file arrives as a
 * Blob (a reference) and is read into memory here. The result comes
 * back without its features; `features(start, count)` hands them over in slices, so the main thread decodes
 * a few megabytes per task instead of freezing for seconds on one 200 MB message.
 */
const importLib = {
  async read(
    content: Blob,
    fileName: string,
    options: Omit<ReadOptions, "signal" | "onProgress" | "parseXml">,
    onProgress?: (fraction: number) => void,
  ): Promise<ReadResult & { featureCount: number }> {
    const bytes = new Uint8Array(await content.arrayBuffer());
    const result = await readLayerFile(bytes, fileName, { ...options, onProgress });
    pending = result.featureCollection.features;
    return { ...result, featureCollection: { ...result.featureCollection, features: [] }, featureCount: pending.length };
  },
  /** A slice of the last read's features; the store forgets them once the last slice is taken. */
  features(start: number, count: number): Feature[] {
    const slice = pending.slice(start, start + count);
    if (start + count >= pending.length) pending = [];
    return slice;
  },
};

export type ImportLib = typeof importLib;

expose(importLib);
