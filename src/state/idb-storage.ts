import { del, get, set } from "idb-keyval";
import type { ProjectChange, ProjectCoordination, ProjectStorage } from "./persistence";

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
