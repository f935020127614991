import type { Page } from "playwright-core";

/** The value the app saved under `key` in IndexedDB (idb-keyval's default store), or undefined. */
export function readSaved(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (wanted) =>
      new Promise<unknown>((resolve) => {
        const request = indexedDB.open("keyval-store");
        request.onsuccess = () => {
          const get = request.result.transaction("keyval").objectStore("keyval").get(wanted);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => resolve(undefined);
        };
        request.onerror = () => resolve(undefined);
      }),
    key,
  );
}
