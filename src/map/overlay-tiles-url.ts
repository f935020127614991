/** The custom protocol and tile addressing of the worker-cut vector tiles (shared by the map and its worker plugin). */
export const OVERLAY_PROTOCOL = "shanhai-overlay";
export const OVERLAY_SOURCE_LAYER = "overlay";
export const OVERLAY_TILE_EXTENT = 4096;
/**
 * Douglas–Peucker tolerances in tile units (geojson-vt also drops rings smaller than the tolerance squared):
 * - `layer`: 1 screen pixel of a 512-px tile, as `SIMPLIFY_TOLERANCE` for GeoJSON sources; 200k parcels at city
 *   zoom drew for 1.3 s per frame in SwiftShader with ⅛ px;
 * - `overlay`: ⅛ px, so that small blind spots stay visible at city zoom (they are what the overlay is for).
 */
export const OVERLAY_TILE_TOLERANCE = { layer: OVERLAY_TILE_EXTENT / 512, overlay: 1 } as const;
export type OverlayDetail = keyof typeof OVERLAY_TILE_TOLERANCE;
/** Deepest zoom cut from the data; MapLibre overzooms beyond it. */
export const OVERLAY_TILE_MAX_ZOOM = 16;

/**
 * The tile URL template for one GeoJSON object URL, e.g.
 * `shanhai-overlay://{z}/{x}/{y}?slot=blind-spots&detail=overlay&src=blob%3A…`. The slot names the map source (the
 * plugin keeps the newest tile indexes per slot); the detail picks the simplification tolerance.
 */
export function overlayTileTemplate(objectUrl: string, slot: string, detail: OverlayDetail): string {
  return `${OVERLAY_PROTOCOL}://{z}/{x}/{y}?slot=${encodeURIComponent(slot)}&detail=${detail}&src=${encodeURIComponent(objectUrl)}`;
}

/** Reads z/x/y, slot, detail and object URL back from a requested tile URL; null when the URL is not one of ours. */
export function parseOverlayTileUrl(url: string): { z: number; x: number; y: number; slot: string; detail: OverlayDetail; objectUrl: string } | null {
  const match = /^shanhai-overlay:\/\/(\d+)\/(\d+)\/(\d+)\?slot=([^&]+)&detail=(layer|overlay)&src=(.+)$/.exec(url);
  if (!match) return null;
  const [, z, x, y, slot, detail, source] = match;
  return {
    z: Number(z),
    x: Number(x),
    y: Number(y),
    slot: decodeURIComponent(slot as string),
    detail: detail as OverlayDetail,
    objectUrl: decodeURIComponent(source as string),
  };
}
