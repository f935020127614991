import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";

export const WALKING_AREA_SOURCE_ID = "analysis-walking-areas";
export const RADIUS_ONLY_SOURCE_ID = "analysis-radius-only";
export const WALKING_AREA_LAYER_IDS = [`${WALKING_AREA_SOURCE_ID}-fill`, `${WALKING_AREA_SOURCE_ID}-outline`];
export const RADIUS_ONLY_LAYER_IDS = [`${RADIUS_ONLY_SOURCE_ID}-fill`, `${RADIUS_ONLY_SOURCE_ID}-outline`];
/** Fill colours (the layer panel swatches in styles.css match). */
const WALKING_AREA_COLOR = "#1a9850";
const RADIUS_ONLY_COLOR = "#d95f02";

const from = (source: string, sourceLayer?: string) => ({ source, ...(sourceLayer ? { "source-layer": sourceLayer } : {}) });

/**
 * Walking service areas (步行服务区): only the overall dissolved area (`scope` "overall") is drawn, as a light green
 * fill with a green outline, so the per-class copies in the same collection do not stack.
 */
export function walkingAreaLayers(sourceLayer?: string): LayerSpecification[] {
  const overall = ["==", ["get", "scope"], "overall"] as const;
  return [
    {
      id: WALKING_AREA_LAYER_IDS[0] as string,
      type: "fill",
      ...from(WALKING_AREA_SOURCE_ID, sourceLayer),
      filter: overall as never,
      paint: { "fill-color": WALKING_AREA_COLOR, "fill-opacity": 0.3 },
    },
    {
      id: WALKING_AREA_LAYER_IDS[1] as string,
      type: "line",
      ...from(WALKING_AREA_SOURCE_ID, sourceLayer),
      filter: overall as never,
      paint: { "line-color": WALKING_AREA_COLOR, "line-width": 1 },
    },
  ];
}

/** Residential land the radius covers and walking does not (半径可达、步行不可达): solid orange with a dark outline. */
export function radiusOnlyLayers(sourceLayer?: string): LayerSpecification[] {
  return [
    {
      id: RADIUS_ONLY_LAYER_IDS[0] as string,
      type: "fill",
      ...from(RADIUS_ONLY_SOURCE_ID, sourceLayer),
      paint: { "fill-color": RADIUS_ONLY_COLOR, "fill-opacity": 0.7 },
    },
    {
      id: RADIUS_ONLY_LAYER_IDS[1] as string,
      type: "line",
      ...from(RADIUS_ONLY_SOURCE_ID, sourceLayer),
      paint: { "line-color": "#7f2704", "line-width": 0.8 },
    },
  ];
}
