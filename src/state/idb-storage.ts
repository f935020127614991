import { del, get, set } from "idb-keyval";
import type { ProjectStorage } from "./persistence";

/** The project storage in the browser's IndexedDB (survives reloads and browser restarts). */
export const indexedDbStorage: ProjectStorage = { get, set, del };
