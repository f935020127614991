import { expose } from "comlink";
import type { Feature } from "geojson";
import { readLayerFile } from "../io/read-layer-file";
import type { ReadOptions, ReadResult } from "../io/read-layer-file";

/** Feature lists of the last read, kept here until the main thread has taken them in slices. */
let pending: Feature[][] = [];

/** A parsed project file whose user layers' feature arrays stayed here (`featureCounts[i]` of layer i). */
export interface ProjectShell {
  value: unknown;
  featureCounts: number[];
}

/**
 * What the import worker offers: the same `readLayerFile` the CLI uses, off the main thread; files arrive as Blobs
 * (references) and are read into memory here. Results come back without their features; `features(list, start,
 * count)` hands them over in slices, so the main thread decodes a few megabytes per task instead of freezing for
 * seconds on one 200 MB message.
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
    pending = [result.featureCollection.features];
    return { ...result, featureCollection: { ...result.featureCollection, features: [] }, featureCount: result.featureCollection.features.length };
  },
  /**
   * Parses a project file (JSON) here; its user layers come back with empty feature arrays (taken with
   * `features`). Null when the text is not JSON; whether it is a Shanhai project is for the main thread to check.
   */
  async readProject(content: Blob): Promise<ProjectShell | null> {
    let value: unknown;
    try {
      value = JSON.parse(await content.text());
    } catch {
      return null;
    }
    const layers = (value as { userLayers?: unknown } | null)?.userLayers;
    pending = [];
    if (Array.isArray(layers)) {
      for (const layer of layers) {
        const data = (layer as { data?: { features?: unknown } } | null)?.data;
        const features = Array.isArray(data?.features) ? (data.features as Feature[]) : [];
        pending.push(features);
        if (data && Array.isArray(data.features)) data.features = [];
      }
    }
    return { value, featureCounts: pending.map((features) => features.length) };
  },
  /** A slice of feature list `list` of the last read; the lists are forgotten once the last slice of the last is taken. */
  features(list: number, start: number, count: number): Feature[] {
    const features = pending[list] ?? [];
    const slice = features.slice(start, start + count);
    if (list === pending.length - 1 && start + count >= features.length) pending = [];
    return slice;
  },
};

export type ImportLib = typeof importLib;

expose(importLib);
