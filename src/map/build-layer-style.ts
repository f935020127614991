import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  SourceSpecification,
  VectorSourceSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { LayerMeta } from "../domain/layer-meta";
import { type BuiltinTileSet, tileSetLabelLayerOf } from "../domain/tile-set";
import type { LayerView } from "../state/layers-store";
import { escapeHtml } from "./escape-html";
import { OVERLAY_SOURCE_LAYER, OVERLAY_TILE_MAX_ZOOM } from "./overlay-tiles-url";

export const sourceIdOf = (layerId: string) => `layer-${layerId}`;

/** Polygon layers label from a separate point source (one label per feature); others label their own source. */
export const labelSourceIdOf = (meta: LayerMeta) => (meta.geometryType === "Polygon" ? `${sourceIdOf(meta.id)}-labels` : sourceIdOf(meta.id));

/** The id of a layer's label (symbol) style layer, when it has labels. */
export const labelLayerIdOf = (layerId: string) => `${sourceIdOf(layerId)}-label`;

/** The style-layer ids one Shanhai layer renders with, bottom to top. */
export function styleLayerIdsOf(meta: LayerMeta): string[] {
  const base = sourceIdOf(meta.id);
  const ids =
    meta.geometryType === "Polygon"
      ? hasOutlineLayer(meta)
        ? [`${base}-fill`, `${base}-outline`]
        : [`${base}-fill`]
      : meta.geometryType === "LineString"
        ? [`${base}-line`]
        : [`${base}-circle`];
  if (meta.style.labelProperty) ids.push(labelLayerIdOf(meta.id));
  return ids;
}

/**
 * Polygon layers draw their edge with a separate line layer, except land: its outline would repeat the fill colour,
 * and the coastline itself is the shoreline layer, drawn over the land's edge — one bucket less for the longest
 * geometry on the map. No fill antialiases its own edge (that pass needs a shader of its own, see `perFeature`).
 */
const hasOutlineLayer = (meta: LayerMeta) => meta.kind !== "land";

/** Style-layer ids a pointer can pick features from (no labels). */
export function interactiveStyleLayerIdsOf(meta: LayerMeta): string[] {
  return styleLayerIdsOf(meta).filter((id) => !id.endsWith("-label"));
}

/**
 * Interactive style layers of a layer that draw nothing a person can see (their fill, line or circle opacity is 0): the
 * fill of an area shown only by its outline (`fillOpacity` 0, like districts), or every part of a layer whose
 * opacity the user set to 0. Picking prefers what is drawn (see `pick-order.ts`).
 */
export function hollowStyleLayerIdsOf(meta: LayerMeta, view: LayerView): string[] {
  const interactive = new Set(interactiveStyleLayerIdsOf(meta));
  return buildSourceStyleLayers(meta, view)
    .filter((layer) => interactive.has(layer.id) && "paint" in layer && isInvisiblePaint(layer.paint as Record<string, unknown> | undefined))
    .map((layer) => layer.id);
}

const OPACITY_PROPERTIES = ["fill-opacity", "line-opacity", "circle-opacity"];

const isInvisiblePaint = (paint: Record<string, unknown> | undefined) => OPACITY_PROPERTIES.some((name) => paint?.[name] === 0);

/**
 * Douglas–Peucker tolerance (in tile pixels) MapLibre applies per zoom when tiling GeoJSON: 1 px instead of the
 * default 0.375 halves the vertices at city zooms without a visible change, and the inspector and metrics always
 * use the unsimplified data.
 */
export const SIMPLIFY_TOLERANCE = 1;

/**
 * Margin (px of a 512-px tile) of geometry kept around each GeoJSON tile. MapLibre's default of 128 px makes every
 * tile carry 2.25× its own area of clipped polygons; 32 px still covers line joins, circle radii and edge labels
 * and cut ≈ 0.4 s from the first render (`npm run bench:load`).
 */
export const TILE_BUFFER_PX = 32;

/** The one vector source of the built-in tile set, shared by the shipped layers it holds. */
export const TILE_SET_SOURCE_ID = "builtin-tiles";

/**
 * The vector source of the built-in tile set (see domain/tile-set.ts). Its attribution names every layer in the
 * set (MapLibre credits a source as a whole).
 */
export function tileSetSource(tileSet: BuiltinTileSet, metas: LayerMeta[]): VectorSourceSpecification {
  const attributions = [...new Set(metas.map((meta) => escapeHtml(meta.attribution)).filter(Boolean))];
  return {
    type: "vector",
    tiles: [tileSet.tileUrl],
    minzoom: tileSet.minZoom,
    maxzoom: tileSet.maxZoom,
    bounds: tileSet.bounds,
    attribution: attributions.join(" | "),
  };
}

/** Where a layer's geometry comes from: its own GeoJSON source (default), worker-cut tiles, or the tile set. */
export type LayerGeometrySource =
  | { kind: "geojson" }
  /** A large layer: `tileUrl` is a `shanhai-overlay://` template over its GeoJSON text. */
  | { kind: "overlay"; tileUrl: string }
  /** A shipped layer drawn from the built-in tile set (source layer = layer id). */
  | { kind: "tile-set" };

/**
 * The source(s) for a layer, keyed by source id: GeoJSON whose data arrives later through `setData`; for a large
 * layer one vector source cut by the overlay-tiles plugin; for a layer of the built-in tile set none of its own
 * (`tileSetSource` is shared, label points included). Features get their index in the collection
 * as id (`generateId` here, in the plugin and in the tile set), so picking and highlight map back to the store.
 */
export function buildLayerSources(meta: LayerMeta, geometry: LayerGeometrySource = { kind: "geojson" }): Record<string, SourceSpecification> {
  if (geometry.kind === "tile-set") return {};
  if (geometry.kind === "overlay") {
    return { [sourceIdOf(meta.id)]: { type: "vector", tiles: [geometry.tileUrl], maxzoom: OVERLAY_TILE_MAX_ZOOM, attribution: escapeHtml(meta.attribution) } };
  }
  const empty = { type: "FeatureCollection" as const, features: [] };
  const sources: Record<string, GeoJSONSourceSpecification> = {
    [sourceIdOf(meta.id)]: {
      type: "geojson",
      data: empty,
      attribution: escapeHtml(meta.attribution),
      tolerance: SIMPLIFY_TOLERANCE,
      generateId: true,
      buffer: TILE_BUFFER_PX,
    },
  };
  if (meta.style.labelProperty && labelSourceIdOf(meta) !== sourceIdOf(meta.id)) {
    sources[labelSourceIdOf(meta)] = { type: "geojson", data: empty };
  }
  return sources;
}

/**
 * A constant colour written as a per-feature expression. MapLibre builds one shader variant per layer type for
 * uniform colours and another for per-feature (category) colours; under software WebGL each variant costs about
 * 60 ms to build in the first frame. Writing every colour per feature leaves one variant per layer type (with the
 * category layers and the highlight), so the first frame builds six shaders instead of twelve
 * (`npm run bench:load`, see docs/benchmarks.md).
 */
export const perFeature = (color: string): ExpressionSpecification => ["case", ["has", PER_FEATURE_KEY], color, color];

/** A property no feature is asked for by value; `perFeature` only tests for it so the colour counts as per-feature. */
const PER_FEATURE_KEY = "__shanhai_per_feature";

/** Colour expression: category colours by `style.categoryProperty`, else the layer colour (see `perFeature`). */
export function colorExpression(meta: LayerMeta): ExpressionSpecification {
  const { categoryProperty, categories, color, graduated } = meta.style;
  if (graduated && graduated.colors.length === graduated.breaks.length + 1) {
    const steps = graduated.breaks.flatMap((limit, index) => [limit, graduated.colors[index + 1] as string]);
    return ["step", ["to-number", ["get", graduated.property], -1e30], graduated.colors[0] as string, ...steps] as ExpressionSpecification;
  }
  if (!categoryProperty || !categories || categories.length === 0) return perFeature(color);
  const pairs = categories.flatMap((category) => [category.value, category.color]);
  return ["match", ["to-string", ["get", categoryProperty]], ...pairs, color] as ExpressionSpecification;
}

/**
 * Fill/line/circle opacity with the user's ratio applied: a constant, so the paint stays uniform (hover and
 * selection are drawn by the separate highlight layers, see highlight-style.ts).
 */
function opacityValue(baseRatio: number, view: LayerView): number {
  return round(baseRatio * view.opacityRatio);
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The MapLibre style layers for one Shanhai layer, honouring its visibility and opacity, drawn from `geometry`
 * (vector tiles name their source layer; the tile set carries the label points of its polygon layers).
 */
export function buildLayerStyleLayers(meta: LayerMeta, view: LayerView, geometry: LayerGeometrySource = { kind: "geojson" }): LayerSpecification[] {
  const layers = buildSourceStyleLayers(meta, view);
  if (geometry.kind === "geojson") return layers;
  const ownSource = sourceIdOf(meta.id);
  const labelSource = labelSourceIdOf(meta);
  // Every layer built here is a fill, line, circle or symbol layer, all of which take a source layer.
  const from = (layer: LayerSpecification, source: string, sourceLayer: string) => ({ ...layer, source, "source-layer": sourceLayer }) as LayerSpecification;
  return layers.map((layer) => {
    const source = "source" in layer ? layer.source : undefined;
    if (geometry.kind === "overlay") return source === ownSource ? from(layer, ownSource, OVERLAY_SOURCE_LAYER) : layer;
    if (source === ownSource) return from(layer, TILE_SET_SOURCE_ID, meta.id);
    return source === labelSource ? from(layer, TILE_SET_SOURCE_ID, tileSetLabelLayerOf(meta.id)) : layer;
  });
}

function buildSourceStyleLayers(meta: LayerMeta, view: LayerView): LayerSpecification[] {
  const source = sourceIdOf(meta.id);
  const visibility = view.isVisible ? "visible" : "none";
  const color = colorExpression(meta);
  const lineWidthPx = meta.style.lineWidthPx ?? 1.5;
  const layers: LayerSpecification[] = [];
  if (meta.geometryType === "Polygon") {
    layers.push({
      id: `${source}-fill`,
      type: "fill",
      source,
      layout: { visibility },
      // The edge is the outline layer's (the shoreline's for land); see `hasOutlineLayer`.
      paint: { "fill-color": color, "fill-opacity": opacityValue(meta.style.fillOpacity ?? 0.5, view), "fill-antialias": false },
    });
    if (hasOutlineLayer(meta))
      layers.push({
        id: `${source}-outline`,
        type: "line",
        source,
        layout: { visibility },
        paint: {
          "line-color": meta.style.outlineColor ? perFeature(meta.style.outlineColor) : color,
          "line-width": lineWidthPx,
          "line-opacity": view.opacityRatio,
          ...(meta.style.lineDasharray ? { "line-dasharray": meta.style.lineDasharray } : {}),
        },
      });
  } else if (meta.geometryType === "LineString") {
    layers.push({
      id: `${source}-line`,
      type: "line",
      source,
      layout: { visibility, "line-cap": "round", "line-join": "round" },
      paint: {
        "line-color": color,
        "line-width": lineWidthPx,
        "line-opacity": opacityValue(0.9, view),
        ...(meta.style.lineDasharray ? { "line-dasharray": meta.style.lineDasharray } : {}),
      },
    });
  } else {
    const radiusPx = meta.style.circleRadiusPx ?? 4;
    layers.push({
      id: `${source}-circle`,
      type: "circle",
      source,
      layout: { visibility },
      paint: {
        "circle-color": color,
        "circle-radius": radiusPx,
        "circle-opacity": opacityValue(0.9, view),
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 1,
      },
    });
  }
  if (meta.style.labelProperty) layers.push(buildLabelLayer(meta, view));
  return layers;
}

function buildLabelLayer(meta: LayerMeta, view: LayerView): LayerSpecification {
  const source = labelSourceIdOf(meta);
  const isPoint = meta.geometryType === "Point";
  return {
    id: labelLayerIdOf(meta.id),
    type: "symbol",
    source,
    minzoom: meta.style.labelMinZoom ?? 0,
    layout: {
      visibility: view.isVisible ? "visible" : "none",
      "text-field": ["to-string", ["get", meta.style.labelProperty ?? "name"]],
      "text-size": meta.kind === "district" ? 13 : 12,
      "symbol-placement": meta.geometryType === "LineString" ? "line" : "point",
      ...(isPoint ? { "text-offset": [0, 0.9], "text-anchor": "top" } : {}),
      "text-max-width": 8,
    },
    paint: {
      "text-color": meta.kind === "district" ? "#5b4f73" : "#333333",
      "text-halo-color": "#ffffff",
      "text-halo-width": 1.5,
      "text-opacity": view.opacityRatio,
    },
  };
}
