import { existsSync, readFileSync } from "node:fs";
import { expression, latest, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import type { LayerManifest, LayerMeta } from "../domain/layer-meta";
import { DEFAULT_BASEMAP } from "../state/ui-store";
import { buildBaseStyle } from "./basemap-style";
import { OVERLAY_SOURCE_LAYER, overlayTileTemplate } from "./overlay-tiles-url";
import {
  buildLayerSources,
  buildLayerStyleLayers,
  colorExpression,
  hollowStyleLayerIdsOf,
  perFeature,
  sourceIdOf,
  styleLayerIdsOf,
  TILE_BUFFER_PX,
  TILE_SET_SOURCE_ID,
  tileSetSource,
} from "./build-layer-style";

function makeMeta(overrides: Partial<LayerMeta>): LayerMeta {
  return {
    id: "park",
    title: { zh: "公园", en: "Parks" },
    kind: "park",
    group: "green",
    geometryType: "Polygon",
    regions: ["qingdao"],
    style: {
      color: "#4caf50",
      categoryProperty: "type",
      categories: [
        { value: "综合公园", color: "#2e7d32", label: { zh: "综合公园", en: "Comprehensive park" } },
        { value: "口袋公园", color: "#9ccc65", label: { zh: "口袋公园", en: "Pocket park" } },
      ],
      labelProperty: "name",
    },
    source: { zh: "示意", en: "schematic" },
    licence: "CC0-1.0",
    attribution: "示意 <schematic>",
    schematic: true,
    declaredCrs: "EPSG:4326",
    defaultVisible: true,
    drawOrder: 50,
    featureCount: 0,
    bbox: [120, 36, 120.5, 36.5],
    ...overrides,
  };
}

function fullStyle(metas: LayerMeta[], isVisible = true): StyleSpecification {
  const style = buildBaseStyle({ ...DEFAULT_BASEMAP, kind: "osm" });
  for (const meta of metas) {
    Object.assign(style.sources, buildLayerSources(meta));
    style.layers.push(...buildLayerStyleLayers(meta, { isVisible, opacityRatio: 0.5 }));
  }
  return style;
}

function shippedMetas(): LayerMeta[] {
  if (!existsSync("layers/manifest.json")) return [];
  const manifest = JSON.parse(readFileSync("layers/manifest.json", "utf8")) as LayerManifest;
  return manifest.layers.map((id) => JSON.parse(readFileSync(`layers/${id}/layer.json`, "utf8")) as LayerMeta);
}

describe("buildLayerStyleLayers", () => {
  it("produces a style valid against the MapLibre style spec for polygons, lines and points", () => {
    const metas = [
      makeMeta({}),
      makeMeta({ id: "greenway", kind: "greenway", geometryType: "LineString", style: { color: "#2a9d8f", lineDasharray: [2, 1] } }),
      makeMeta({ id: "place", kind: "place", geometryType: "Point", style: { color: "#333333", labelProperty: "name" } }),
      makeMeta({
        id: "graduated",
        style: { color: "#000000", graduated: { property: "areaM2", breaks: [1000, 5000], colors: ["#ffffcc", "#41b6c4", "#253494"] } },
      }),
    ];
    expect(validateStyleMin(fullStyle(metas))).toEqual([]);
    expect(validateStyleMin(fullStyle(metas, false))).toEqual([]);
  });

  it("produces a valid style for every shipped layer", () => {
    const metas = shippedMetas();
    expect(validateStyleMin(fullStyle(metas))).toEqual([]);
  });

  it("colours by category with the layer colour as fallback", () => {
    expect(colorExpression(makeMeta({}))).toEqual(["match", ["to-string", ["get", "type"]], "综合公园", "#2e7d32", "口袋公园", "#9ccc65", "#4caf50"]);
  });

  it("colours graduated classes with a step expression", () => {
    const meta = makeMeta({ style: { color: "#000000", graduated: { property: "areaM2", breaks: [1000], colors: ["#ffffcc", "#253494"] } } });
    expect(colorExpression(meta)).toEqual(["step", ["to-number", ["get", "areaM2"], -1e30], "#ffffcc", 1000, "#253494"]);
  });

  it("lists the style layers it creates, in the order it creates them", () => {
    const meta = makeMeta({});
    const created = buildLayerStyleLayers(meta, { isVisible: true, opacityRatio: 1 }).map((layer) => layer.id);
    expect(styleLayerIdsOf(meta)).toEqual(created);
  });

  it("draws land without an outline layer in the fill colour, and no fill antialiases its own edge", () => {
    const land = makeMeta({ id: "land", kind: "land", group: "base" });
    const layers = buildLayerStyleLayers(land, { isVisible: true, opacityRatio: 1 });
    expect(layers.map((layer) => layer.id)).toEqual(["layer-land-fill", "layer-land-label"]);
    expect(styleLayerIdsOf(land)).toEqual(layers.map((layer) => layer.id));
    expect((layers[0] as { paint: Record<string, unknown> }).paint["fill-antialias"]).toBe(false);
    const park = buildLayerStyleLayers(makeMeta({}), { isVisible: true, opacityRatio: 1 });
    expect((park[0] as { paint: Record<string, unknown> }).paint["fill-antialias"]).toBe(false);
    expect(park.map((layer) => layer.type)).toContain("line");
  });

  it("writes every fill, line and circle colour per feature, so each layer type needs one shader variant", () => {
    const metas = [...shippedMetas(), makeMeta({}), makeMeta({ id: "plain", style: { color: "#123456", outlineColor: "#654321" } })];
    const colours = metas.flatMap((meta) =>
      buildLayerStyleLayers(meta, { isVisible: true, opacityRatio: 1 }).flatMap((layer) => {
        if (layer.type !== "fill" && layer.type !== "line" && layer.type !== "circle") return [];
        const key = `${layer.type}-color` as const;
        const value = (layer.paint as Record<string, unknown>)[key];
        const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${layer.type}`]?.[key];
        const parsed = expression.createPropertyExpression(value, key, spec as never);
        return [{ id: layer.id, kind: parsed.result === "success" ? parsed.value.kind : "invalid" }];
      }),
    );
    expect(colours.length).toBeGreaterThan(3);
    for (const colour of colours) expect(colour, colour.id).toMatchObject({ kind: "source" });
  });

  it("keeps a per-feature constant colour the same for every feature", () => {
    const parsed = expression.createPropertyExpression(
      perFeature("#123456"),
      "fill-color",
      (latest as unknown as { paint_fill: { "fill-color": never } }).paint_fill["fill-color"],
    );
    if (parsed.result !== "success") throw new Error("perFeature is not a valid colour expression");
    const colourOf = (properties: Record<string, unknown>) =>
      parsed.value.evaluate({ zoom: 8 }, { type: "Polygon", properties, geometry: [] } as never).toString();
    expect(colourOf({})).toBe("rgba(18,52,86,1)");
    expect(colourOf({ __shanhai_per_feature: "#ff0000", name: "x" })).toBe("rgba(18,52,86,1)");
  });

  it("tiles GeoJSON with a small buffer and feature ids that are collection indexes", () => {
    const source = buildLayerSources(makeMeta({}))[sourceIdOf("park")] as { buffer?: number; generateId?: boolean };
    expect(source).toMatchObject({ buffer: TILE_BUFFER_PX, generateId: true });
    expect(TILE_BUFFER_PX).toBeLessThan(128);
  });

  it("names the style layers drawn with zero opacity: an outline-only fill, or every part at the user's opacity 0", () => {
    const district = makeMeta({ id: "district", kind: "district", style: { color: "#8a7f9e", fillOpacity: 0, labelProperty: "name" } });
    expect(hollowStyleLayerIdsOf(district, { isVisible: true, opacityRatio: 1 })).toEqual(["layer-district-fill"]);
    const park = makeMeta({});
    expect(hollowStyleLayerIdsOf(park, { isVisible: true, opacityRatio: 0.4 })).toEqual([]);
    expect(hollowStyleLayerIdsOf(park, { isVisible: true, opacityRatio: 0 })).toEqual(["layer-park-fill", "layer-park-outline"]);
    const river = makeMeta({ id: "river", kind: "river", geometryType: "LineString", style: { color: "#1d70b8" } });
    expect(hollowStyleLayerIdsOf(river, { isVisible: true, opacityRatio: 0 })).toEqual(["layer-river-line"]);
  });

  it("hides every style layer of a hidden layer", () => {
    const layers = buildLayerStyleLayers(makeMeta({}), { isVisible: false, opacityRatio: 1 });
    expect(layers.every((layer) => layer.layout?.visibility === "none")).toBe(true);
  });

  it("escapes HTML in attributions", () => {
    expect((buildLayerSources(makeMeta({}))[sourceIdOf("park")] as { attribution?: string }).attribution).toBe("示意 &#60;schematic&#62;");
  });

  it("draws a large layer from one worker-cut vector source, valid against the style spec", () => {
    const meta = makeMeta({ id: "user-residential-land", kind: "residential-land", featureCount: 200_000, style: { color: "#e0a96d" } });
    const tileUrl = overlayTileTemplate("blob:http://127.0.0.1/abc", sourceIdOf(meta.id), "layer");
    const sources = buildLayerSources(meta, { kind: "overlay", tileUrl });
    expect(sources).toEqual({ [sourceIdOf(meta.id)]: expect.objectContaining({ type: "vector", tiles: [tileUrl] }) });
    const layers = buildLayerStyleLayers(meta, { isVisible: true, opacityRatio: 1 }, { kind: "overlay", tileUrl });
    expect(layers.map((layer) => (layer as { "source-layer"?: string })["source-layer"])).toEqual([OVERLAY_SOURCE_LAYER, OVERLAY_SOURCE_LAYER]);
    const style = buildBaseStyle(DEFAULT_BASEMAP);
    Object.assign(style.sources, sources);
    style.layers.push(...layers);
    expect(validateStyleMin(style)).toEqual([]);
  });

  it("draws shipped layers, and the label points of polygon layers, from the one built-in tile source", () => {
    const park = makeMeta({});
    const river = makeMeta({ id: "river", kind: "river", geometryType: "LineString", style: { color: "#1d70b8", labelProperty: "name" } });
    const tileSet = {
      tileUrl: "http://127.0.0.1/tiles/{z}/{x}/{y}.pbf",
      minZoom: 0,
      maxZoom: 12,
      bounds: [119, 35, 122, 38] as [number, number, number, number],
      layerIds: ["park", "river"],
    };
    const style = buildBaseStyle(DEFAULT_BASEMAP);
    style.sources[TILE_SET_SOURCE_ID] = tileSetSource(tileSet, [park, river]);
    for (const meta of [park, river]) {
      Object.assign(style.sources, buildLayerSources(meta, { kind: "tile-set" }));
      style.layers.push(...buildLayerStyleLayers(meta, { isVisible: true, opacityRatio: 1 }, { kind: "tile-set" }));
    }
    expect(validateStyleMin(style)).toEqual([]);
    // No GeoJSON source of their own: the tile set carries the park's label points too.
    expect(Object.keys(style.sources)).toEqual([TILE_SET_SOURCE_ID]);
    const drawn = style.layers
      .filter((layer) => "source" in layer)
      .map((layer) => `${layer.id} ${(layer as { source: string }).source} ${(layer as { "source-layer"?: string })["source-layer"] ?? "-"}`);
    expect(drawn).toEqual([
      `layer-park-fill ${TILE_SET_SOURCE_ID} park`,
      `layer-park-outline ${TILE_SET_SOURCE_ID} park`,
      `layer-park-label ${TILE_SET_SOURCE_ID} park:labels`,
      `layer-river-line ${TILE_SET_SOURCE_ID} river`,
      `layer-river-label ${TILE_SET_SOURCE_ID} river`,
    ]);
    expect(style.sources[TILE_SET_SOURCE_ID]).toMatchObject({ type: "vector", maxzoom: 12, bounds: [119, 35, 122, 38] });
  });

  it("stays offline unless a basemap is configured", () => {
    expect(Object.keys(buildBaseStyle(DEFAULT_BASEMAP).sources)).toEqual([]);
    expect(Object.keys(buildBaseStyle({ ...DEFAULT_BASEMAP, kind: "tianditu", tiandituKey: "" }).sources)).toEqual([]);
    expect(Object.keys(buildBaseStyle({ ...DEFAULT_BASEMAP, kind: "tianditu", tiandituKey: "abc" }).sources)).toHaveLength(1);
  });
});
