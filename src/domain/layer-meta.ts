/**
 * The layer metadata contract shared by `layers/<id>/layer.json`, the build
 * scripts, the stores and the map. Pure types and constants: no imports.
 */

/** What a layer means to a planner; drives styling, legends and metric roles. */
export type LayerKind =
  | "land"
  | "district"
  | "shoreline"
  | "place"
  | "ecological-red-line"
  | "bay"
  | "river"
  | "greenway"
  | "park"
  | "urban-rural-zone"
  | "residential-land"
  | "walking-network"
  | "green-other"
  | "water"
  | "protected-area";

/** Panel groups, in the order planners think: 生态底线 / 蓝 / 绿 / 城乡 / 基础. */
export type LayerGroup = "ecological-baseline" | "blue" | "green" | "urban-rural" | "base";

export const LAYER_GROUP_ORDER: readonly LayerGroup[] = ["ecological-baseline", "blue", "green", "urban-rural", "base"];

/**
 * Layers with more features than this are large: the map draws them as vector tiles cut in its own worker from
 * the layer's GeoJSON text (never through `GeoJSONSource.setData`, which serialises on the main thread), and gives
 * them no label layer.
 */
export const LARGE_LAYER_FEATURES = 20_000;

/** True for a layer over `LARGE_LAYER_FEATURES` features. */
export const isLargeLayer = (meta: { featureCount?: number }): boolean => (meta.featureCount ?? 0) > LARGE_LAYER_FEATURES;

export type GeometryKind = "Polygon" | "LineString" | "Point";

/** The cities Shanhai ships data and plan targets for. */
export type BuiltinRegionId = "qingdao" | "yantai";

/** A city a project brings with its own data (an OpenStreetMap extract), e.g. "osm-taipei-jingmei". */
export type ProjectRegionId = `osm-${string}`;

/** A built-in region, or a project region kept with the project's layers. */
export type RegionId = BuiltinRegionId | ProjectRegionId;

/** A bilingual text. `zh` is shown by default. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** One legend class: features whose `style.categoryProperty` equals `value`. */
export interface LegendCategory {
  value: string;
  color: string;
  label: LocalizedText;
}

/** A graduated (choropleth) classification of a numeric property. */
interface GraduatedStyle {
  property: string;
  /** Ascending class limits; there is one more colour than breaks. */
  breaks: number[];
  colors: string[];
  /** How the limits were found (absent in styles saved before it was kept). */
  method?: "equal-interval" | "quantile" | "natural-breaks";
  /** The name of the colour ramp the colours come from, e.g. "YlGnBu". */
  rampId?: string;
}

export interface LayerStyle {
  /** Default colour (#rrggbb) of fill or line or circle. */
  color: string;
  /** Outline colour for polygons (#rrggbb). Defaults to `color`. */
  outlineColor?: string;
  /** Fill opacity 0–1 before the user's layer opacity is applied. */
  fillOpacity?: number;
  lineWidthPx?: number;
  /** Dashed line pattern in line widths, e.g. [2, 2]. */
  lineDasharray?: number[];
  circleRadiusPx?: number;
  /** Property that selects a category colour, e.g. "type" or "level". */
  categoryProperty?: string;
  categories?: LegendCategory[];
  /** Graduated colours by a numeric property: `colors[i]` for values below `breaks[i]`, the last colour above. */
  graduated?: GraduatedStyle;
  /** Property holding a label drawn on the map (e.g. "name"). */
  labelProperty?: string;
  /** Minimum zoom at which labels show. */
  labelMinZoom?: number;
}

/** The content of `layers/<id>/layer.json`. */
export interface LayerMeta {
  /** kebab-case, unique, equals the folder name. */
  id: string;
  title: LocalizedText;
  kind: LayerKind;
  group: LayerGroup;
  geometryType: GeometryKind;
  /** Regions whose view shows this layer. */
  regions: RegionId[];
  style: LayerStyle;
  /** Where the data comes from, human readable. */
  source: LocalizedText;
  /** SPDX id or short licence name, e.g. "LGPL-3.0-or-later". */
  licence: string;
  /** The attribution line shown on the map. */
  attribution: string;
  /** True when the data is schematic demonstration data (示意), not survey data. */
  schematic: boolean;
  /** Attributes that are schematic although the geometry is real (e.g. shoreline `type`). */
  schematicAttributes?: string[];
  /** CRS the source was declared in; `data.geojson` itself is always WGS84 (EPSG:4326). */
  declaredCrs: string;
  /** Shown when the app opens. */
  defaultVisible: boolean;
  /** Draw order: higher draws on top. */
  drawOrder: number;
  featureCount: number;
  /** [west, south, east, north] in WGS84 degrees. */
  bbox: [number, number, number, number];
}

/** The content of `layers/manifest.json`. */
export interface LayerManifest {
  version: 1;
  /** Layer ids; each has a folder `layers/<id>/` with layer.json, data.geojson and README.md. */
  layers: string[];
  /** Copies of each layer's layer.json, in `layers` order (saves a request per layer at start-up). */
  metas?: LayerMeta[];
}

/** Ids of layers the user imported start with this prefix; a shipped layer's id never does. */
export const USER_LAYER_ID_PREFIX = "user-";

/** True for the id of a layer the user imported (not a shipped layer). */
export function isUserLayerId(id: string): boolean {
  return id.startsWith(USER_LAYER_ID_PREFIX);
}
