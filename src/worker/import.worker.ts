import { expose } from "comlink";
import { readLayerFile } from "../io/read-layer-file";
import type { ReadOptions, ReadResult } from "../io/read-layer-file";

/** What the import worker offers: the same `readLayerFile` the CLI uses, off the main thread. */
const importLib = {
  read(bytes: Uint8Array, fileName: string, options: Omit<ReadOptions, "signal" | "onProgress" | "parseXml">, onProgress?: (fraction: number) => void): Promise<ReadResult> {
    return readLayerFile(bytes, fileName, { ...options, onProgress });
  },
};

export type ImportLib = typeof importLib;

expose(importLib);
