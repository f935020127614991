import type { LayerSpecification, SourceSpecification, StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { BasemapSettings } from "../state/ui-store";
import { escapeHtml } from "./escape-html";

export const SEA_COLOR = "#cfe3f0";
export const BASEMAP_SOURCE_ID = "online-basemap";
export const BASEMAP_LAYER_ID = "online-basemap-raster";
export const BACKGROUND_LAYER_ID = "sea-background";

/** Tile URLs for a configured online basemap, or none when it is off or incomplete. */
function basemapTileUrls(basemap: BasemapSettings): string[] {
  if (basemap.kind === "osm" && basemap.urlTemplate.trim()) return [basemap.urlTemplate.trim()];
  if (basemap.kind === "tianditu" && basemap.tiandituKey.trim()) {
    const key = encodeURIComponent(basemap.tiandituKey.trim());
    return [0, 1, 2, 3].map(
      (server) =>
        `https://t${server}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`,
    );
  }
  return [];
}

/** The raster source for an online basemap, or null when the app stays offline. */
export function buildBasemapSource(basemap: BasemapSettings): SourceSpecification | null {
  const tiles = basemapTileUrls(basemap);
  if (tiles.length === 0) return null;
  const attribution = basemap.kind === "tianditu" ? "© 天地图 Tianditu" : escapeHtml(basemap.attribution || "© OpenStreetMap contributors");
  return { type: "raster", tiles, tileSize: 256, maxzoom: 18, attribution };
}

/**
 * The offline base of every style: nothing but the online basemap when one is on. The sea is the map container's
 * background colour (`SEA_COLOR`, see ui/styles.css) showing through the transparent canvas, and land is a real
 * layer on top; a background layer would repaint every pixel in every frame (see sky-pass.ts for why that matters).
 */
export function buildBaseStyle(basemap: BasemapSettings): StyleSpecification {
  const source = buildBasemapSource(basemap);
  const layers: LayerSpecification[] = [];
  if (source) layers.push({ id: BASEMAP_LAYER_ID, type: "raster", source: BASEMAP_SOURCE_ID });
  return { version: 8, sources: source ? { [BASEMAP_SOURCE_ID]: source } : {}, layers };
}

/** A sea-coloured background layer, for a map whose canvas cannot stay transparent (see sky-pass.ts). */
export function seaBackgroundLayer(): LayerSpecification {
  return { id: BACKGROUND_LAYER_ID, type: "background", paint: { "background-color": SEA_COLOR } };
}
