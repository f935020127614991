import type { Map as MapLibreMap } from "maplibre-gl";

/** The part of MapLibre's painter this module touches (not public API: feature-detected, see below). */
interface PainterWithDrawFunctions {
  drawFunctions: Record<string, unknown>;
}

/**
 * Stops MapLibre drawing its sky pass. MapLibre 6 draws a full-screen sky quad under every frame, for its globe
 * view, even in Mercator where no horizon is in view (the app keeps Mercator and the default 60° pitch limit).
 * The sea is the map container's background colour showing through the transparent canvas (basemap-style.ts), so
 * the sky pass and a sea-coloured background layer are both work one cannot see — and under software WebGL each
 * costs a shader build (≈ 60 ms) in the first frame.
 *
 * Replaces the painter's `drawFunctions.sky`, which is not public API: returns false, and changes nothing, when
 * the pinned MapLibre has no such function (the caller then draws the sea as a background layer instead).
 */
export function skipSkyPass(map: MapLibreMap): boolean {
  const painter = (map as unknown as { painter?: Partial<PainterWithDrawFunctions> }).painter;
  const drawFunctions = painter?.drawFunctions;
  if (!drawFunctions || typeof drawFunctions.sky !== "function") return false;
  drawFunctions.sky = () => {};
  return true;
}
