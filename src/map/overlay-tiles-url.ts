/** The custom protocol and tile addressing of the analysis overlay (shared by the map and its worker plugin). */
export const OVERLAY_PROTOCOL = "shanhai-overlay";
export const OVERLAY_SOURCE_LAYER = "overlay";
export const OVERLAY_TILE_EXTENT = 4096;
/** Deepest zoom cut from the data; MapLibre overzooms beyond it. */
export const OVERLAY_TILE_MAX_ZOOM = 16;

/** The tile URL template for one GeoJSON object URL, e.g. `shanhai-overlay://{z}/{x}/{y}?src=blob%3A…`. */
export function overlayTileTemplate(objectUrl: string): string {
  return `${OVERLAY_PROTOCOL}://{z}/{x}/{y}?src=${encodeURIComponent(objectUrl)}`;
}

/** Reads z/x/y and the object URL back from a requested tile URL; null when the URL is not one of ours. */
export function parseOverlayTileUrl(url: string): { z: number; x: number; y: number; objectUrl: string } | null {
  const match = /^shanhai-overlay:\/\/(\d+)\/(\d+)\/(\d+)\?src=(.+)$/.exec(url);
  if (!match) return null;
  const [, z, x, y, source] = match;
  return { z: Number(z), x: Number(x), y: Number(y), objectUrl: decodeURIComponent(source as string) };
}
