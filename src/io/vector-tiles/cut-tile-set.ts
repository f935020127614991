import { GeoJSONVT, type GeoJSONVTTile } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { FeatureCollection, Position } from "geojson";
// With its extension: vite.config.ts loads this file too (scripts/vite/builtin-tiles-plugin.ts).
import { TILE_SET_BUFFER_UNITS, TILE_SET_EXTENT, TILE_SET_MAX_ZOOM, TILE_SET_TOLERANCE_UNITS } from "../../domain/tile-set.ts";

/** One layer to cut: its id becomes the source-layer name. */
export interface TileSetLayer {
  id: string;
  data: FeatureCollection;
}

/** A cut tile set: every tile of the bounds by `z/x/y` key, and the TileJSON that describes it. */
export interface CutTileSet {
  tiles: Map<string, Uint8Array>;
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  layerIds: string[];
}

/**
 * Cuts layers into one multi-layer tile set in the Mapbox Vector Tile format (MVT spec 2.1): geojson-vt clips and
 * simplifies (Douglas–Peucker, `TILE_SET_TOLERANCE_UNITS` per zoom, none at the deepest zoom) and numbers each
 * feature by its index in its collection (`generateId`), vt-pbf encodes. Each layer is the source layer of its id.
 * Every tile of zooms `minZoom`–`maxZoom` that touches the layers' bounds is present; one with no feature is empty
 * (zero bytes), so the map never requests a tile that does not exist.
 */
export function cutTileSet(layers: TileSetLayer[], minZoom = 0, maxZoom = TILE_SET_MAX_ZOOM): CutTileSet {
  const indexes = layers.map(({ id, data }) => ({
    id,
    index: new GeoJSONVT(data, { maxZoom, extent: TILE_SET_EXTENT, buffer: TILE_SET_BUFFER_UNITS, tolerance: TILE_SET_TOLERANCE_UNITS, generateId: true }),
  }));
  const bounds = boundsOf(layers.map((layer) => layer.data));
  const tiles = new Map<string, Uint8Array>();
  if (bounds) {
    const [west, south, east, north] = bounds;
    for (let z = minZoom; z <= maxZoom; z += 1) {
      for (let x = tileX(west, z); x <= tileX(east, z); x += 1) {
        for (let y = tileY(north, z); y <= tileY(south, z); y += 1) {
          const found: Record<string, GeoJSONVTTile> = {};
          for (const { id, index } of indexes) {
            const tile = index.getTile(z, x, y);
            if (tile && tile.features.length > 0) found[id] = tile;
          }
          const bytes = Object.keys(found).length > 0 ? fromGeojsonVt(found, { version: 2, extent: TILE_SET_EXTENT }) : new Uint8Array(0);
          tiles.set(`${z}/${x}/${y}`, bytes);
        }
      }
    }
  }
  return { tiles, bounds: bounds ?? [0, 0, 0, 0], minZoom, maxZoom, layerIds: layers.map((layer) => layer.id) };
}

/** The TileJSON 3.0.0 document of a cut tile set, tiles at `tileUrl` (a `{z}/{x}/{y}` template). */
export function tileJsonOf(tileSet: CutTileSet, tileUrl: string): Record<string, unknown> {
  return {
    tilejson: "3.0.0",
    tiles: [tileUrl],
    minzoom: tileSet.minZoom,
    maxzoom: tileSet.maxZoom,
    bounds: tileSet.bounds,
    vector_layers: tileSet.layerIds.map((id) => ({ id, fields: {} })),
  };
}

/** XYZ tile column of a longitude at zoom `z` (Web Mercator). */
export const tileX = (lon: number, z: number) => Math.min(2 ** z - 1, Math.max(0, Math.floor(((lon + 180) / 360) * 2 ** z)));

/** XYZ tile row of a latitude at zoom `z` (Web Mercator). */
export function tileY(lat: number, z: number): number {
  const radians = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  const row = Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * 2 ** z);
  return Math.min(2 ** z - 1, Math.max(0, row));
}

function boundsOf(collections: FeatureCollection[]): [number, number, number, number] | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (position: Position) => {
    const [lon, lat] = position as [number, number];
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  };
  const walk = (coordinates: unknown): void => {
    if (!Array.isArray(coordinates)) return;
    if (typeof coordinates[0] === "number") visit(coordinates as Position);
    else for (const part of coordinates) walk(part);
  };
  for (const collection of collections) {
    for (const feature of collection.features) {
      const geometry = feature.geometry;
      if (!geometry) continue;
      if (geometry.type === "GeometryCollection") for (const part of geometry.geometries) walk("coordinates" in part ? part.coordinates : null);
      else walk(geometry.coordinates);
    }
  }
  return west <= east && south <= north ? [round6(west), round6(south), round6(east), round6(north)] : null;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
