import { getAnalysisClient, layerSource } from "../state/app-stores";
import { browserCoordination, indexedDbStorage, localStorageJournal } from "../state/idb-storage";
import { browserUrlEnvironment } from "../state/url-sync";
import type { AppServices } from "./compose";

/** Calls `listener` when the page is hidden (tab switched, window minimised) or unloaded. */
function onPageHide(listener: () => void): () => void {
  const onHidden = () => {
    if (document.visibilityState === "hidden") listener();
  };
  window.addEventListener("pagehide", listener);
  document.addEventListener("visibilitychange", onHidden);
  return () => {
    window.removeEventListener("pagehide", listener);
    document.removeEventListener("visibilitychange", onHidden);
  };
}

/** The real browser's services: IndexedDB, Web Locks + BroadcastChannel, localStorage, the address bar, the workers. */
export function browserServices(): AppServices {
  return {
    layerSource,
    storage: indexedDbStorage,
    coordination: browserCoordination(),
    journal: localStorageJournal(),
    urlEnvironment: browserUrlEnvironment(),
    onPageHide,
    analysisClient: getAnalysisClient,
  };
}
