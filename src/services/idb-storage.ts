import { del, get, set } from "idb-keyval";
import type { ProjectChange, ProjectCoordination, ProjectStorage } from "./project-storage";

/** The project storage in the browser's IndexedDB (survives reloads and browser restarts). */
export const indexedDbStorage: ProjectStorage = { get, set, del };

const CHANNEL = "shanhai-project";

/**
 * Tabs of this browser share the project: each settings write holds the Web Lock `shanhai-project`, and a
 * BroadcastChannel of the same name tells the other tabs which user layers were added or removed. Where either API
 * is missing, the tab behaves as the only one.
 */
export function browserCoordination(): ProjectCoordination {
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(CHANNEL) : null;
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  return {
    withLock: (work) => (locks ? locks.request(CHANNEL, { mode: "exclusive" }, work) : work()),
    announce: (change) => channel?.postMessage(change),
    onAnnounce: (listener) => {
      if (!channel) return () => {};
      const onMessage = (event: MessageEvent) => {
        const data = event.data as Partial<ProjectChange> | null;
        const ids = (value: unknown) => (Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : []);
        listener({ added: ids(data?.added), removed: ids(data?.removed) });
      };
      channel.addEventListener("message", onMessage);
      return () => channel.removeEventListener("message", onMessage);
    },
  };
}

const JOURNAL_KEY = "shanhai:journal:v1";

/** A synchronous store of one JSON value; `write` returns false when it could not keep it. */
interface JsonJournal {
  write: (value: unknown) => boolean;
  read: () => unknown;
  clear: () => void;
}

/**
 * The journal in localStorage: synchronous, so it is written in full even from a `pagehide` handler. Holds what
 * fits in the browser's quota (≈ 5 MB of text): `write` returns false for more, and the caller journals less.
 */
export function localStorageJournal(): JsonJournal {
  const storage = (): Storage | null => {
    try {
      return typeof localStorage === "undefined" ? null : localStorage;
    } catch {
      return null;
    }
  };
  return {
    write: (snapshot) => {
      try {
        storage()?.setItem(JOURNAL_KEY, JSON.stringify(snapshot));
        return storage() !== null;
      } catch {
        storage()?.removeItem(JOURNAL_KEY);
        return false;
      }
    },
    read: () => {
      try {
        const text = storage()?.getItem(JOURNAL_KEY);
        return text ? (JSON.parse(text) as unknown) : undefined;
      } catch {
        return undefined;
      }
    },
    clear: () => {
      try {
        storage()?.removeItem(JOURNAL_KEY);
      } catch {
        // Storage blocked: nothing was journaled either.
      }
    },
  };
}
