import type { FeatureCollection } from "geojson";
import { createStore } from "zustand/vanilla";
import type { LayerKind, LayerMeta, RegionId } from "../domain/layer-meta";
import { findRegion, type ProjectRegion, type Region, REGIONS } from "../domain/regions";
import type { BuiltinTileSet } from "../domain/tile-set";
import type { LayerSource } from "../services/layer-source";

type LoadStatus = "idle" | "loading" | "ready" | "error";

/** What the user controls per layer. */
export interface LayerView {
  isVisible: boolean;
  /** 0–1, multiplies the style's own opacity. */
  opacityRatio: number;
}

/** A user layer deleted from the panel, kept whole so that the deletion can be undone. */
interface DeletedLayer {
  meta: LayerMeta;
  data: FeatureCollection;
  view: LayerView;
  defaultStyle: LayerMeta["style"];
  isRestyled: boolean;
  /** Its position in `order` when it was deleted. */
  orderIndex: number;
}

export interface LayersState {
  manifestStatus: LoadStatus;
  manifestError: string | null;
  metas: Record<string, LayerMeta>;
  /**
   * The built-in vector tile set, loaded with the manifest: the map draws the shipped layers it holds from it
   * (their GeoJSON still loads into `data` for inspection and metrics). Null without one.
   */
  tileSet: BuiltinTileSet | null;
  /** Layer ids from top (drawn last) to bottom. */
  order: string[];
  views: Record<string, LayerView>;
  data: Record<string, FeatureCollection>;
  dataStatus: Record<string, LoadStatus>;
  dataError: Record<string, string>;
  loadManifest: (source: LayerSource) => Promise<void>;
  loadLayerData: (source: LayerSource, id: string) => Promise<void>;
  toggleLayer: (id: string) => void;
  changeOpacity: (id: string, opacityRatio: number) => void;
  /**
   * Swaps a layer's draw order with its neighbour in `direction` among `among` (the layers a list shows, top first;
   * every layer when omitted), so the list a person reads and the map change together.
   */
  moveLayer: (id: string, direction: "up" | "down", among?: readonly string[]) => void;
  /** Adds a layer the user imported or drew (on top of its kind's draw order). */
  addUserLayer: (meta: LayerMeta, data: FeatureCollection) => void;
  /** Adds several user layers in one change (one map update, one history entry, one save). */
  addUserLayers: (layers: readonly { meta: LayerMeta; data: FeatureCollection }[]) => void;
  removeLayer: (id: string) => void;
  /** Gives a user layer another id, keeping its data, view, style and place in the draw order. */
  renameUserLayer: (from: string, to: string) => void;
  /** The last layer deleted by `deleteLayer`, until it is restored or forgotten. */
  deletedLayer: DeletedLayer | null;
  /** Removes a user layer the person deleted, keeping it in `deletedLayer` so that `undoDelete` can restore it. */
  deleteLayer: (id: string) => void;
  /** Puts the last deleted layer back with its data, style, view and draw order. */
  undoDelete: () => void;
  /** Lets go of the last deleted layer (its undo has expired). */
  forgetDeleted: () => void;
  /** Ids of layers whose style the user changed (style by attribute). */
  restyledIds: string[];
  /** Each layer's own style: as shipped in its layer.json, or as imported; "default style" goes back to it. */
  defaultStyles: Record<string, LayerMeta["style"]>;
  /**
   * Replaces a layer's style (categories or graduated colours by an attribute); the legend follows. Its default
   * style (`defaultStyles`) takes it out of `restyledIds`.
   */
  restyleLayer: (id: string, style: LayerMeta["style"]) => void;
  /** Shows exactly these layers (a permalink's layer list) and hides the rest. */
  showOnlyLayers: (ids: string[]) => void;
  /** Cities the project's own data brought (OpenStreetMap extracts), beside the built-in regions. */
  projectRegions: ProjectRegion[];
  /** Adds a project region, or replaces the one of the same id. */
  addProjectRegion: (region: ProjectRegion) => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Creates the store of loaded layers, their data and the user's per-layer view settings. */
export function createLayersStore() {
  return createStore<LayersState>()((set, get) => ({
    manifestStatus: "idle",
    manifestError: null,
    metas: {},
    tileSet: null,
    order: [],
    views: {},
    data: {},
    dataStatus: {},
    dataError: {},
    restyledIds: [],
    defaultStyles: {},
    deletedLayer: null,
    projectRegions: [],
    addProjectRegion: (region) => set((state) => ({ projectRegions: [...state.projectRegions.filter((candidate) => candidate.id !== region.id), region] })),
    loadManifest: async (source) => {
      set({ manifestStatus: "loading", manifestError: null });
      try {
        const tileSetRequest = source.tileSet?.() ?? Promise.resolve(null);
        const manifest = await source.manifest();
        const bundled = new Map((manifest.metas ?? []).map((meta) => [meta.id, meta]));
        const metas = await Promise.all(manifest.layers.map((id) => bundled.get(id) ?? source.meta(id)));
        const byId: Record<string, LayerMeta> = {};
        const views: Record<string, LayerView> = {};
        const defaultStyles: Record<string, LayerMeta["style"]> = {};
        for (const meta of metas) {
          byId[meta.id] = meta;
          defaultStyles[meta.id] = meta.style;
          views[meta.id] = { isVisible: meta.defaultVisible, opacityRatio: 1 };
        }
        const order = [...metas].sort((a, b) => b.drawOrder - a.drawOrder).map((meta) => meta.id);
        // Only layers of this manifest, each still with its shipped data (user layers never reuse their ids).
        const tileSet = await tileSetRequest.catch(() => null);
        const tiled = tileSet ? { ...tileSet, layerIds: tileSet.layerIds.filter((id) => byId[id] !== undefined) } : null;
        set({ manifestStatus: "ready", metas: byId, views, order, tileSet: tiled, defaultStyles });
      } catch (error) {
        set({ manifestStatus: "error", manifestError: message(error) });
      }
    },
    loadLayerData: async (source, id) => {
      const status = get().dataStatus[id];
      if (status === "loading" || status === "ready") return;
      set((state) => ({ dataStatus: { ...state.dataStatus, [id]: "loading" } }));
      try {
        const featureCollection = await source.data(id);
        set((state) => ({
          data: { ...state.data, [id]: featureCollection },
          dataStatus: { ...state.dataStatus, [id]: "ready" },
        }));
      } catch (error) {
        set((state) => ({
          dataStatus: { ...state.dataStatus, [id]: "error" },
          dataError: { ...state.dataError, [id]: message(error) },
        }));
      }
    },
    toggleLayer: (id) =>
      set((state) => {
        const view = state.views[id];
        if (!view) return {};
        return { views: { ...state.views, [id]: { ...view, isVisible: !view.isVisible } } };
      }),
    changeOpacity: (id, opacityRatio) =>
      set((state) => {
        const view = state.views[id];
        if (!view) return {};
        const clamped = Math.min(1, Math.max(0, opacityRatio));
        return { views: { ...state.views, [id]: { ...view, opacityRatio: clamped } } };
      }),
    moveLayer: (id, direction, among) =>
      set((state) => {
        const list = (among ?? state.order).filter((candidate) => state.order.includes(candidate));
        const position = list.indexOf(id);
        const neighbour = list[direction === "up" ? position - 1 : position + 1];
        if (position < 0 || neighbour === undefined) return {};
        const order = [...state.order];
        const index = order.indexOf(id);
        const target = order.indexOf(neighbour);
        [order[index], order[target]] = [neighbour, id];
        return { order };
      }),
    addUserLayer: (meta, data) => get().addUserLayers([{ meta, data }]),
    addUserLayers: (layers) =>
      set((state) => {
        let order = state.order;
        const metas = { ...state.metas };
        const defaultStyles = { ...state.defaultStyles };
        const views = { ...state.views };
        const data = { ...state.data };
        const dataStatus = { ...state.dataStatus };
        const added = new Set(layers.map(({ meta }) => meta.id));
        for (const { meta, data: collection } of layers) {
          order = order.filter((id) => id !== meta.id);
          const index = order.findIndex((id) => (metas[id]?.drawOrder ?? 0) <= meta.drawOrder);
          order.splice(index < 0 ? order.length : index, 0, meta.id);
          metas[meta.id] = meta;
          defaultStyles[meta.id] = meta.style;
          views[meta.id] = { isVisible: true, opacityRatio: 1 };
          data[meta.id] = collection;
          dataStatus[meta.id] = "ready";
        }
        return { metas, defaultStyles, views, data, dataStatus, order, restyledIds: state.restyledIds.filter((candidate) => !added.has(candidate)) };
      }),
    renameUserLayer: (from, to) =>
      set((state) => {
        const meta = state.metas[from];
        if (!meta || Object.hasOwn(state.metas, to)) return {};
        const renamed = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key === from ? to : key, value]));
        return {
          metas: { ...renamed(state.metas), [to]: { ...meta, id: to } },
          defaultStyles: renamed(state.defaultStyles),
          restyledIds: state.restyledIds.map((id) => (id === from ? to : id)),
          views: renamed(state.views),
          data: renamed(state.data),
          dataStatus: renamed(state.dataStatus),
          dataError: renamed(state.dataError),
          order: state.order.map((id) => (id === from ? to : id)),
        };
      }),
    removeLayer: (id) =>
      set((state) => {
        const without = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== id));
        return {
          metas: without(state.metas),
          defaultStyles: without(state.defaultStyles),
          restyledIds: state.restyledIds.filter((candidate) => candidate !== id),
          views: without(state.views),
          data: without(state.data),
          dataStatus: without(state.dataStatus),
          dataError: without(state.dataError),
          order: state.order.filter((candidate) => candidate !== id),
          // A later layer of the same id is not the shipped one.
          tileSet: state.tileSet?.layerIds.includes(id)
            ? { ...state.tileSet, layerIds: state.tileSet.layerIds.filter((candidate) => candidate !== id) }
            : state.tileSet,
        };
      }),
    deleteLayer: (id) => {
      const state = get();
      const meta = state.metas[id];
      const data = state.data[id];
      const view = state.views[id];
      if (!meta || !data || !view) return;
      const deletedLayer: DeletedLayer = {
        meta,
        data,
        view,
        defaultStyle: state.defaultStyles[id] ?? meta.style,
        isRestyled: state.restyledIds.includes(id),
        orderIndex: state.order.indexOf(id),
      };
      get().removeLayer(id);
      set({ deletedLayer });
    },
    undoDelete: () =>
      set((state) => {
        const deleted = state.deletedLayer;
        if (!deleted || Object.hasOwn(state.metas, deleted.meta.id)) return { deletedLayer: null };
        const { meta } = deleted;
        const order = [...state.order];
        order.splice(Math.min(Math.max(0, deleted.orderIndex), order.length), 0, meta.id);
        return {
          deletedLayer: null,
          metas: { ...state.metas, [meta.id]: meta },
          defaultStyles: { ...state.defaultStyles, [meta.id]: deleted.defaultStyle },
          restyledIds: deleted.isRestyled ? [...state.restyledIds, meta.id] : state.restyledIds,
          views: { ...state.views, [meta.id]: deleted.view },
          data: { ...state.data, [meta.id]: deleted.data },
          dataStatus: { ...state.dataStatus, [meta.id]: "ready" },
          order,
        };
      }),
    forgetDeleted: () => set({ deletedLayer: null }),
    restyleLayer: (id, style) =>
      set((state) => {
        const meta = state.metas[id];
        if (!meta) return {};
        const others = state.restyledIds.filter((candidate) => candidate !== id);
        return {
          metas: { ...state.metas, [id]: { ...meta, style } },
          restyledIds: style === state.defaultStyles[id] ? others : [...others, id],
        };
      }),
    showOnlyLayers: (ids) =>
      set((state) => {
        const wanted = new Set(ids);
        const views = Object.fromEntries(Object.entries(state.views).map(([id, view]) => [id, { ...view, isVisible: wanted.has(id) }]));
        return { views };
      }),
  }));
}

export type LayersStore = ReturnType<typeof createLayersStore>;

/**
 * True while a layer's data is on its way: loading, or the layer shown but its data not requested yet (a shipped
 * layer's GeoJSON loads after the map's first frame, see wiring.ts).
 */
export const selectIsDataPending = (state: LayersState, id: string): boolean => {
  const status = state.dataStatus[id];
  return status === "loading" || (status === undefined && state.views[id]?.isVisible === true);
};

/**
 * The layer of a kind (e.g. "park") that serves `region`: the topmost such layer in draw order, or undefined when
 * the region has none — its figures are then 无数据, never another region's.
 */
export const selectLayerIdOfKind = (state: Pick<LayersState, "order" | "metas">, kind: LayerKind, region: RegionId): string | undefined =>
  state.order.find((id) => state.metas[id]?.kind === kind && state.metas[id]?.regions.includes(region) === true);

/** Ids of layers the user has switched on. */
export const selectVisibleLayerIds = (state: LayersState): string[] => state.order.filter((id) => state.views[id]?.isVisible);

let lastRegions: { projectRegions: ProjectRegion[]; all: Region[] } | null = null;

/** Every region the region switch offers: the built-in ones, then the project's own (memoised on the list). */
export const selectRegions = (state: Pick<LayersState, "projectRegions">): Region[] => {
  if (lastRegions?.projectRegions !== state.projectRegions) lastRegions = { projectRegions: state.projectRegions, all: [...REGIONS, ...state.projectRegions] };
  return lastRegions.all;
};

/** The region of `id`, built-in or the project's own; undefined when neither knows it. */
export const selectRegion = (state: Pick<LayersState, "projectRegions">, id: RegionId): Region | undefined => findRegion(id, state.projectRegions);
