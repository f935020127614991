import { wrap, type Remote } from "comlink";

/** A worker started on first use and wrapped by comlink; `terminate` stops it and the next call starts a fresh one. */
export function lazyWorker<T>(createWorker: () => Worker): { api: () => Remote<T>; terminate: () => void } {
  let worker: Worker | undefined;
  let remote: Remote<T> | undefined;
  return {
    api: () => {
      if (!remote) {
        worker = createWorker();
        remote = wrap<T>(worker);
      }
      return remote;
    },
    terminate: () => {
      worker?.terminate();
      worker = undefined;
      remote = undefined;
    },
  };
}

/** The analysis worker (metrics session, siting), as a module worker. */
export const createAnalysisWorker = (): Worker => new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
