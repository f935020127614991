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
      id: HIGHLIGHT_LAYER_IDS[0] as string, type: "fill", source: HIGHLIGHT_SOURCE_ID,
      filter: ["==", ["geometry-type"], "Polygon"],
      paint: { "fill-color": ROLE_COLOR as never, "fill-opacity": 0.18 },
    },
    {
      id: HIGHLIGHT_LAYER_IDS[1] as string, type: "line", source: HIGHLIGHT_SOURCE_ID,
      filter: ["!=", ["geometry-type"], "Point"],
      layout: { "line-join": "round", "line-cap": "round" },
      paint: { "line-color": ROLE_COLOR as never, "line-width": 3 },
    },
    {
      id: HIGHLIGHT_LAYER_IDS[2] as string, type: "circle", source: HIGHLIGHT_SOURCE_ID,
      filter: ["==", ["geometry-type"], "Point"],
      paint: { "circle-radius": 8, "circle-color": "rgba(0,0,0,0)", "circle-stroke-color": ROLE_COLOR as never, "circle-stroke-width": 3 },
    },
  ];
}
