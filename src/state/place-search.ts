import { bboxOf } from "../analysis/bbox";
import { loadPinyin } from "../analysis/search/load-pinyin";
import { buildPlaceIndex, type PlaceIndex, type PlaceMatch, type PlaceSource, searchPlaces } from "../analysis/search/place-search";
import type { LayerKind } from "../domain/layer-meta";
import type { LayersState } from "./layers-store";

export type { PlaceMatch } from "../analysis/search/place-search";

const SEARCHABLE_KINDS: readonly LayerKind[] = ["place", "park", "bay", "river", "district", "greenway", "ecological-red-line"];

let cached: { key: unknown[]; index: PlaceIndex } | null = null;

/** The layers searched by name, in the order results prefer. */
function searchSources(state: LayersState): PlaceSource[] {
  return state.order
    .filter((id) => SEARCHABLE_KINDS.includes(state.metas[id]?.kind as LayerKind) && state.data[id])
    .map((id) => ({ layerId: id, collection: state.data[id] as NonNullable<LayersState["data"][string]>, kind: state.metas[id]?.kind }));
}

/**
 * The offline place index (Chinese names, full pinyin and initials) over the loaded layers; pinyin-pro is
 * fetched from our own origin on first use, and the index is rebuilt only when the layers change.
 */
export async function placeIndexFor(state: LayersState): Promise<PlaceIndex> {
  const sources = searchSources(state);
  const key = sources.map((source) => source.collection);
  if (cached && cached.key.length === key.length && cached.key.every((part, index) => part === key[index])) return cached.index;
  const readings = await loadPinyin();
  const index = buildPlaceIndex(sources, readings);
  cached = { key, index };
  return index;
}

/** Searches the index (Chinese, pinyin "zhongshan", initials "zsgy"). */
export function findPlaces(index: PlaceIndex, query: string, limit = 8): PlaceMatch[] {
  return searchPlaces(index, query, limit);
}

/** The box to zoom to for one feature of a layer (a point gets a small box around it). */
export function featureBbox(state: LayersState, layerId: string, featureIndex: number): [number, number, number, number] | null {
  const feature = state.data[layerId]?.features[featureIndex];
  if (!feature) return null;
  const box = bboxOf({ type: "FeatureCollection", features: [feature] });
  if (!box) return null;
  const [west, south, east, north] = box;
  const padDeg = east - west < 0.004 && north - south < 0.004 ? 0.004 : 0;
  return [west - padDeg, south - padDeg, east + padDeg, north + padDeg];
}
