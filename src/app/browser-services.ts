import { getAnalysisClient, layerSource } from "../state/app-stores";
import { browserCoordination, indexedDbStorage, localStorageJournal } from "../services/idb-storage";
import { onPageHide } from "../services/page-hide";
import { browserUrlEnvironment } from "../services/url-environment";
import type { AppServices } from "./compose";

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
