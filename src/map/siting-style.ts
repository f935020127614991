import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";

export const SITING_SOURCE_ID = "analysis-siting-sites";
export const SITING_LAYER_IDS = [`${SITING_SOURCE_ID}-circle`, `${SITING_SOURCE_ID}-number`];
/** Selected sites (to be accepted) in the park green, the others grey (the panel's checkboxes). */
const SITE_COLOR = ["case", ["get", "selected"], "#1b7f3b", "#7a8a7f"] as const;

/**
 * The siting tool's suggested sites: a numbered disc each (rank 1 = adds most), the number as map text — a
 * GeoJSON source of points with `rank` and `selected`, drawn over the analysis overlays, below the highlight.
 */
export function sitingLayers(): LayerSpecification[] {
  return [
    {
      id: SITING_LAYER_IDS[0] as string,
      type: "circle",
      source: SITING_SOURCE_ID,
      paint: {
        "circle-radius": 11,
        "circle-color": SITE_COLOR as never,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 2,
      },
    },
    {
      id: SITING_LAYER_IDS[1] as string,
      type: "symbol",
      source: SITING_SOURCE_ID,
      layout: {
        "text-field": ["to-string", ["get", "rank"]],
        "text-size": 12,
        "text-allow-overlap": true,
        "text-ignore-placement": true,
        "symbol-sort-key": ["get", "rank"],
      },
      paint: { "text-color": "#ffffff" },
    },
  ];
}
