import type { GeometryKind, LayerGroup, LayerKind, LayerStyle, LocalizedText } from "./layer-meta";

/** What a user can declare an imported layer to be. */
export type LayerRole = Exclude<LayerKind, "land" | "place">;

export interface RoleDefinition {
  role: LayerRole;
  title: LocalizedText;
  group: LayerGroup;
  geometryType: GeometryKind;
  style: LayerStyle;
}

/** Every role with its panel group, expected geometry and a default style for imported layers. */
export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  {
    role: "park",
    title: { zh: "公园", en: "Parks" },
    group: "green",
    geometryType: "Polygon",
    style: { color: "#3f9b4a", fillOpacity: 0.55, labelProperty: "name", labelMinZoom: 13 },
  },
  {
    role: "residential-land",
    title: { zh: "居住用地", en: "Residential land" },
    group: "urban-rural",
    geometryType: "Polygon",
    style: { color: "#e2a35c", fillOpacity: 0.45 },
  },
  { role: "greenway", title: { zh: "绿道", en: "Greenways" }, group: "green", geometryType: "LineString", style: { color: "#1b8a5a", lineWidthPx: 3 } },
  {
    role: "ecological-red-line",
    title: { zh: "生态保护红线", en: "Ecological red line" },
    group: "ecological-baseline",
    geometryType: "Polygon",
    style: { color: "#d7301f", fillOpacity: 0.25 },
  },
  {
    role: "river",
    title: { zh: "河流", en: "Rivers" },
    group: "blue",
    geometryType: "LineString",
    style: { color: "#2c7fb8", lineWidthPx: 2, labelProperty: "name" },
  },
  {
    role: "bay",
    title: { zh: "海湾", en: "Bays" },
    group: "blue",
    geometryType: "Polygon",
    style: { color: "#41b6c4", fillOpacity: 0.3, labelProperty: "name" },
  },
  {
    role: "urban-rural-zone",
    title: { zh: "城乡分区", en: "Urban-rural zones" },
    group: "urban-rural",
    geometryType: "Polygon",
    style: { color: "#bdb76b", fillOpacity: 0.25 },
  },
  {
    role: "district",
    title: { zh: "行政区", en: "Districts" },
    group: "base",
    geometryType: "Polygon",
    style: { color: "#8a7f9e", fillOpacity: 0.05, lineDasharray: [3, 2], labelProperty: "name" },
  },
  { role: "shoreline", title: { zh: "岸线", en: "Shoreline" }, group: "base", geometryType: "LineString", style: { color: "#6b8fb3", lineWidthPx: 1.5 } },
  {
    role: "walking-network",
    title: { zh: "步行网络", en: "Walking network" },
    group: "urban-rural",
    geometryType: "LineString",
    style: { color: "#7a6a58", lineWidthPx: 1 },
  },
  {
    role: "green-other",
    title: { zh: "其他绿地", en: "Other green space" },
    group: "green",
    geometryType: "Polygon",
    style: { color: "#9cc98a", fillOpacity: 0.4, labelProperty: "name", labelMinZoom: 14 },
  },
  {
    role: "water",
    title: { zh: "水域", en: "Water areas" },
    group: "blue",
    geometryType: "Polygon",
    style: { color: "#6baed6", fillOpacity: 0.45, labelProperty: "name" },
  },
  {
    role: "protected-area",
    title: { zh: "保护地", en: "Protected areas" },
    group: "ecological-baseline",
    geometryType: "Polygon",
    style: { color: "#8c6bb1", fillOpacity: 0.2, lineDasharray: [2, 2] },
  },
];

/** Names of the geometry kinds, for the titles of an import split by kind (e.g. "公园（点）"). */
export const GEOMETRY_KIND_TITLES: Readonly<Record<GeometryKind, LocalizedText>> = {
  Point: { zh: "点", en: "points" },
  LineString: { zh: "线", en: "lines" },
  Polygon: { zh: "面", en: "polygons" },
};

/** The definition of a role. */
export function roleDefinition(role: LayerRole): RoleDefinition {
  return ROLE_DEFINITIONS.find((definition) => definition.role === role) ?? (ROLE_DEFINITIONS[0] as RoleDefinition);
}

/** Canonical attributes the metrics read, which a user maps from the file's own fields. */
export type CanonicalAttribute = "name" | "type" | "population" | "areaM2";

export const CANONICAL_ATTRIBUTES: readonly CanonicalAttribute[] = ["name", "type", "population", "areaM2"];

const ROLE_WORDS: [LayerRole, RegExp][] = [
  ["park", /park|公园|绿地|gy/i],
  ["residential-land", /resid|居住|住宅|小区|jz/i],
  ["greenway", /greenway|绿道|ld/i],
  ["ecological-red-line", /red.?line|红线|stbh|hx/i],
  ["river", /river|河|水系/i],
  ["bay", /bay|湾/i],
  ["urban-rural-zone", /zone|分区|边界|城镇开发/i],
  ["district", /district|行政区|区县|xzq/i],
  ["shoreline", /shore|coast|岸线/i],
  ["walking-network", /footway|walk|步行|路网/i],
  ["water", /water|水域|水面|湖/i],
  ["protected-area", /protected|保护地|自然保护/i],
];

/**
 * A first guess of what an imported layer is, from its file name, else its geometry.
 * @example guessRole("青岛公园.zip", "Polygon") // "park"
 */
export function guessRole(fileName: string, geometryType: string | undefined): LayerRole {
  const byName = ROLE_WORDS.find(([, pattern]) => pattern.test(fileName))?.[0];
  if (byName) return byName;
  if (geometryType?.includes("LineString")) return "greenway";
  return "park";
}
