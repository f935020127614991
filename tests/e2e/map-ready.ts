/**
 * Runs in the page: true once the map has loaded and stopped moving and every visible layer's data is on it.
 * Shared by the e2e harness and the load benchmark (plain function, no test-runner imports).
 */
export function isMapReady(): boolean {
  const map = document.querySelector<HTMLElement>("[data-testid=map]");
  const visible = (map?.dataset.visibleLayers ?? "").split(" ").filter(Boolean);
  const loaded = new Set((map?.dataset.loadedLayers ?? "").split(" "));
  return Boolean(window.__shanhai?.isIdle()) && visible.length > 0 && visible.every((id) => loaded.has(id));
}
