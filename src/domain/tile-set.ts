/**
 * The built-in vector tile set: the shipped layers cut into Mapbox Vector Tiles when the app is built (and on
 * demand by the dev server), so the map draws them without tiling GeoJSON in the browser at start-up. Pure types
 * and constants: no imports.
 */

/** Where the tile set's TileJSON lives on the app's own origin. */
export const TILE_SET_JSON_PATH = "/tiles/tiles.json";

/** Tile URL template on the app's own origin (`{z}/{x}/{y}` as in the XYZ scheme). */
export const TILE_SET_TEMPLATE_PATH = "/tiles/{z}/{x}/{y}.pbf";

/** Deepest zoom cut; MapLibre overzooms beyond it. At zoom 12 one tile unit is ≈ 1 m on the ground at 36° N. */
export const TILE_SET_MAX_ZOOM = 12;

/** Tile extent in units (MapLibre's own GeoJSON tiles use 8192 too). */
export const TILE_SET_EXTENT = 8192;

/** Units per screen pixel of a 512-px tile. */
const UNITS_PER_PX = TILE_SET_EXTENT / 512;

/** Geometry kept around each tile: 32 px, as `TILE_BUFFER_PX` for the map's GeoJSON sources. */
export const TILE_SET_BUFFER_UNITS = 32 * UNITS_PER_PX;

/**
 * Douglas–Peucker tolerance per zoom: 1 px, as `SIMPLIFY_TOLERANCE` for the map's GeoJSON sources. The deepest zoom
 * is cut without simplification (geojson-vt), so overzoomed tiles keep every vertex.
 */
export const TILE_SET_TOLERANCE_UNITS = 1 * UNITS_PER_PX;

/** What the app needs to know of the built-in tile set (read from its TileJSON). */
export interface BuiltinTileSet {
  /** Absolute tile URL template. */
  tileUrl: string;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in WGS84 degrees; tiles outside are never requested. */
  bounds: [number, number, number, number];
  /** Layer ids in the tile set; each is the source layer of the same name. */
  layerIds: string[];
}

/**
 * The source layer holding a polygon layer's label points in the tile set (one per feature: the pole of
 * inaccessibility of its largest part, as the map computes for GeoJSON layers).
 */
export const tileSetLabelLayerOf = (layerId: string) => `${layerId}:labels`;
