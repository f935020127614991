import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";

export const HIGHLIGHT_SOURCE_ID = "highlight";
export const HIGHLIGHT_LAYER_IDS = [`${HIGHLIGHT_SOURCE_ID}-fill`, `${HIGHLIGHT_SOURCE_ID}-line`, `${HIGHLIGHT_SOURCE_ID}-circle`];

const ROLE_COLOR = ["match", ["get", "role"], "selected", "#d00000", "#ff8800"] as const;

/**
 * Style layers of the hover/selection highlight: a small GeoJSON source holding copies of at most two features
 * (`role`: hover | selected), drawn on top. Kept apart from the thematic layers so their paint stays constant —
 * `feature-state` expressions in every layer made MapLibre compile data-driven shader variants and re-upload paint
 * buffers, which cost about 0.7 s of the first render under software WebGL.
 */
export function highlightLayers(): LayerSpecification[] {
  return [
    {
      id: HIGHLIGHT_LAYER_IDS[0] as string,
      type: "fill",
      source: HIGHLIGHT_SOURCE_ID,
      filter: ["==", ["geometry-type"], "Polygon"],
      paint: { "fill-color": ROLE_COLOR as never, "fill-opacity": 0.18 },
    },
    {
      id: HIGHLIGHT_LAYER_IDS[1] as string,
      type: "line",
      source: HIGHLIGHT_SOURCE_ID,
      filter: ["!=", ["geometry-type"], "Point"],
      layout: { "line-join": "round", "line-cap": "round" },
      paint: { "line-color": ROLE_COLOR as never, "line-width": 3 },
    },
    {
      id: HIGHLIGHT_LAYER_IDS[2] as string,
      type: "circle",
      source: HIGHLIGHT_SOURCE_ID,
      filter: ["==", ["geometry-type"], "Point"],
      paint: { "circle-radius": 8, "circle-color": "rgba(0,0,0,0)", "circle-stroke-color": ROLE_COLOR as never, "circle-stroke-width": 3 },
    },
  ];
}

export const NEAREST_SOURCE_ID = "nearest-park";
export const NEAREST_LAYER_IDS = [`${NEAREST_SOURCE_ID}-fill`, `${NEAREST_SOURCE_ID}-outline`, `${NEAREST_SOURCE_ID}-path`];

/**
 * Style layers of the public viewer's answer to "离我最近的公园": the nearest park (`role`: park) filled and outlined,
 * and a dashed straight line (`role`: path) from the resident's place to the park's nearest boundary point.
 */
export function nearestParkLayers(): LayerSpecification[] {
  return [
    {
      id: NEAREST_LAYER_IDS[0] as string,
      type: "fill",
      source: NEAREST_SOURCE_ID,
      filter: ["all", ["==", ["get", "role"], "park"], ["==", ["geometry-type"], "Polygon"]],
      paint: { "fill-color": "#1b8a3a", "fill-opacity": 0.3 },
    },
    {
      id: NEAREST_LAYER_IDS[1] as string,
      type: "line",
      source: NEAREST_SOURCE_ID,
      filter: ["==", ["get", "role"], "park"],
      layout: { "line-join": "round" },
      paint: { "line-color": "#1b8a3a", "line-width": 3 },
    },
    {
      id: NEAREST_LAYER_IDS[2] as string,
      type: "line",
      source: NEAREST_SOURCE_ID,
      filter: ["==", ["get", "role"], "path"],
      layout: { "line-cap": "round" },
      paint: { "line-color": "#e4572e", "line-width": 4, "line-dasharray": [2, 1.5] },
    },
  ];
}
