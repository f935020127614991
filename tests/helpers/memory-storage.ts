import type { ProjectStorage } from "../../src/services/project-storage";

/** An in-memory `ProjectStorage` for unit tests, as IndexedDB behaves: values are structured clones. */
export interface MemoryStorage extends ProjectStorage {
  /** The stored values by key. */
  readonly map: Map<string, unknown>;
  /** The keys written, in order. */
  readonly writes: string[];
}

/** Creates an empty memory storage; with `failWith`, every write rejects with that error (a full or broken disk). */
export function memoryStorage(failWith?: Error): MemoryStorage {
  const map = new Map<string, unknown>();
  const writes: string[] = [];
  return {
    map,
    writes,
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => {
      if (failWith) throw failWith;
      writes.push(key);
      map.set(key, structuredClone(value));
    },
    del: async (key) => {
      map.delete(key);
    },
  };
}
