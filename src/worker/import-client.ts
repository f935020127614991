import { proxy, type Remote, transfer, wrap } from "comlink";
import type { ReadOptions, ReadResult } from "../io/read-layer-file";
import type { ImportLib } from "./import.worker";

/** Reads files in a dedicated worker; `cancel` terminates it (the next read starts a fresh one). */
export interface ImportClient {
  read(
    bytes: Uint8Array,
    fileName: string,
    options: Omit<ReadOptions, "signal" | "onProgress" | "parseXml">,
    onProgress: (fraction: number) => void,
  ): Promise<ReadResult>;
  cancel(): void;
}

/** Creates the worker-backed import client used by the import store. */
export function createImportClient(): ImportClient {
  let worker: Worker | null = null;
  let remote: Remote<ImportLib> | null = null;
  let rejectPending: ((reason: Error) => void) | null = null;
  const ensure = () => {
    if (!worker || !remote) {
      worker = new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
      remote = wrap<ImportLib>(worker);
    }
    return remote;
  };
  return {
    read(bytes, fileName, options, onProgress) {
      const lib = ensure();
      return new Promise<ReadResult>((resolve, reject) => {
        rejectPending = reject;
        lib.read(transfer(bytes, [bytes.buffer]), fileName, options, proxy(onProgress)).then(resolve, reject);
      });
    },
    cancel() {
      worker?.terminate();
      worker = null;
      remote = null;
      rejectPending?.(new Error("cancelled"));
      rejectPending = null;
    },
  };
}
