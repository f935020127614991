/** Calls `listener` when the page is hidden (tab switched, window minimised) or unloaded. */
export function onPageHide(listener: () => void): () => void {
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
