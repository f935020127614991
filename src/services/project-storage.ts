/** The key-value storage the project is kept in (IndexedDB via idb-keyval in the app, a Map in tests). */
export interface ProjectStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

/** What one tab tells the others after it saved: user layers it added and removed. */
export interface ProjectChange {
  added: string[];
  removed: string[];
}

/**
 * How tabs of the same browser share the saved project: an exclusive lock around each read-merge-write of the
 * settings (Web Locks in the browser), and a channel to tell the other tabs what changed (BroadcastChannel).
 */
export interface ProjectCoordination {
  withLock: (work: () => Promise<void>) => Promise<void>;
  announce: (change: ProjectChange) => void;
  onAnnounce: (listener: (change: ProjectChange) => void) => () => void;
}
