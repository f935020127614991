import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from "maplibre-gl";
import type { LayersState } from "../state/layers-store";
import { SITING_SITES_LAYER_ID } from "../state/siting-store";
import type { FeatureSelection } from "../state/ui-store";
import { hollowStyleLayerIdsOf, interactiveStyleLayerIdsOf, TILE_SET_SOURCE_ID } from "./build-layer-style";
import { pickTopmost } from "./pick-order";
import { SITING_LAYER_IDS, SITING_SOURCE_ID } from "./siting-style";

/** Style-layer ids that are visible and pickable, and those of them drawn with zero opacity (`hollow`). */
function pickableLayers(state: LayersState, addedLayerIds: ReadonlySet<string>): { layers: string[]; hollow: Set<string> } {
  const hollow = new Set<string>();
  const layers = state.order
    .filter((id) => state.views[id]?.isVisible && addedLayerIds.has(id))
    .flatMap((id) => {
      const meta = state.metas[id];
      const view = state.views[id];
      if (!meta || !view || meta.kind === "land") return [];
      for (const styleLayerId of hollowStyleLayerIdsOf(meta, view)) hollow.add(styleLayerId);
      return interactiveStyleLayerIdsOf(meta);
    });
  return { layers, hollow };
}

/**
 * The feature a person points at: the topmost one drawn under the pointer, in draw order; an area drawn only as an
 * outline is picked by its outline, or when nothing drawn is there (see `pickTopmost`). A few pixels of slack
 * apply only when nothing drawn is exactly under the pointer (thin lines, points; dense small parcels would
 * otherwise reach a neighbour). `under`: every feature of the pickable layers exactly under the pointer.
 */
export function pickFeature(
  map: MapLibreMap,
  point: MapMouseEvent["point"],
  state: LayersState | null,
  addedLayerIds: ReadonlySet<string>,
): { picked: MapGeoJSONFeature | undefined; under: MapGeoJSONFeature[] } {
  const thematic = state ? pickableLayers(state, addedLayerIds) : { layers: [], hollow: new Set<string>() };
  const { hollow } = thematic;
  // The suggested park sites are picked like features (their disc; the number is drawn on it).
  const layers = [...thematic.layers, ...SITING_LAYER_IDS.slice(0, 1).filter((id) => map.getLayer(id))];
  if (layers.length === 0) return { picked: undefined, under: [] };
  const under = map.queryRenderedFeatures(point, { layers });
  const box: [[number, number], [number, number]] = [
    [point.x - 3, point.y - 3],
    [point.x + 3, point.y + 3],
  ];
  return { picked: pickTopmost(under, () => map.queryRenderedFeatures(box, { layers }), hollow), under };
}

/**
 * The store address of a picked map feature: its layer is its source `layer-<id>` (or, from the tile set, its
 * source layer), its id the feature's index; a suggested park site is `SITING_SITES_LAYER_ID` and its rank − 1.
 */
export function selectionOf(feature: MapGeoJSONFeature | undefined): FeatureSelection | null {
  if (!feature || typeof feature.id !== "number") return null;
  if (feature.source === SITING_SOURCE_ID) return { layerId: SITING_SITES_LAYER_ID, featureIndex: feature.id };
  const layerId = feature.source === TILE_SET_SOURCE_ID ? feature.sourceLayer : feature.source.replace(/^layer-/, "");
  return layerId ? { layerId, featureIndex: feature.id } : null;
}

/** The other features under the pointer, each once (an area's fill and outline are one feature), `selection` left out. */
export function alternativesTo(selection: FeatureSelection | null, under: MapGeoJSONFeature[]): FeatureSelection[] {
  const alternatives = new Map<string, FeatureSelection>();
  for (const feature of under) {
    const other = selectionOf(feature);
    if (!other || (other.layerId === selection?.layerId && other.featureIndex === selection.featureIndex)) continue;
    alternatives.set(`${other.layerId}:${other.featureIndex}`, other);
  }
  return [...alternatives.values()];
}
