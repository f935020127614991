import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";

export const BLIND_SPOT_SOURCE_ID = "analysis-blind-spots";
export const BLIND_SPOT_PATTERN_ID = "blind-spot-hatch";
export const BLIND_SPOT_LAYER_IDS = [`${BLIND_SPOT_SOURCE_ID}-fill`, `${BLIND_SPOT_SOURCE_ID}-outline`];

/**
 * A 12×12 diagonal hatch (dark red on transparent), so blind spots read by pattern as well as by
 * colour for colour-blind readers.
 */
export function hatchPattern(sizePx = 12): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(sizePx * sizePx * 4);
  for (let y = 0; y < sizePx; y += 1) {
    for (let x = 0; x < sizePx; x += 1) {
      const onStripe = (x + y) % sizePx < 3;
      const offset = (y * sizePx + x) * 4;
      data.set(onStripe ? [178, 24, 43, 230] : [178, 24, 43, 40], offset);
    }
  }
  return { width: sizePx, height: sizePx, data };
}

/**
 * Style layers of the blind-spot overlay (服务盲区): hatched fill plus a solid outline. `sourceLayer` is
 * given when the overlay arrives as vector tiles (the normal path), omitted for the GeoJSON fallback.
 */
export function blindSpotLayers(sourceLayer?: string): LayerSpecification[] {
  const from = { source: BLIND_SPOT_SOURCE_ID, ...(sourceLayer ? { "source-layer": sourceLayer } : {}) };
  return [
    { id: BLIND_SPOT_LAYER_IDS[0] as string, type: "fill", ...from, paint: { "fill-pattern": BLIND_SPOT_PATTERN_ID } },
    { id: BLIND_SPOT_LAYER_IDS[1] as string, type: "line", ...from, paint: { "line-color": "#b2182b", "line-width": 1.2 } },
  ];
}
