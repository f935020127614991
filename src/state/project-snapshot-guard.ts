import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryKind, LayerGroup, LayerKind, LayerMeta, LayerStyle, LegendCategory, LocalizedText, RegionId } from "../domain/layer-meta";
import { isUserLayerId, LAYER_GROUP_ORDER } from "../domain/layer-meta";
import { DEFAULT_REGION_BBOX, isProjectRegionId, type ProjectRegion, REGIONS } from "../domain/regions";
import { DEFAULT_RULE_SET_ID, resolveRuleSet } from "../domain/rule-sets";
import type { LayerView } from "./layers-store";
import type { ProjectSnapshot } from "./project-snapshot";
import type { Scenario } from "./scenario-store";
import { type BasemapKind, type BasemapSettings, type CameraView, DEFAULT_BASEMAP, type Language } from "./ui-store";

/** One thing a project file or the saved project held that could not be used as it was. */
export interface SnapshotRepair {
  /** What was wrong: a whole layer, some features, a style, a view setting, a scenario or a setting. */
  kind:
    | "layer-dropped"
    | "layer-repaired"
    | "features-dropped"
    | "style-dropped"
    | "view-dropped"
    | "scenario-dropped"
    | "paths-dropped"
    | "region-dropped"
    | "setting-reset";
  /** The layer, scenario or setting it concerns. */
  subject: string;
  /** How many features (for "features-dropped") or candidate paths (for "paths-dropped"). */
  count?: number;
}

export interface GuardedSnapshot {
  snapshot: ProjectSnapshot;
  repairs: SnapshotRepair[];
}

const LAYER_KINDS: readonly LayerKind[] = [
  "land",
  "district",
  "shoreline",
  "place",
  "ecological-red-line",
  "bay",
  "river",
  "greenway",
  "park",
  "urban-rural-zone",
  "residential-land",
  "walking-network",
  "green-other",
  "water",
  "protected-area",
];
const GEOMETRY_KINDS: readonly GeometryKind[] = ["Polygon", "LineString", "Point"];
const BASEMAP_KINDS: readonly BasemapKind[] = ["off", "osm", "tianditu"];
const REGION_IDS: readonly RegionId[] = REGIONS.map((region) => region.id);
/** Layer and scenario ids: short, plain characters (they end up in URLs, storage keys and MapLibre ids). */
const SAFE_ID_PATTERN = /^[\w-]{1,120}$/;
const SAFE_ID = { test: (id: string) => SAFE_ID_PATTERN.test(id) && !(id in Object.prototype) };

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose => typeof value === "object" && value !== null && !Array.isArray(value);
/** A property of an untrusted object, read only when it is the object's own (never a prototype member). */
const own = (value: unknown, key: string): unknown => (isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined);
const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isFiniteQuad = (value: unknown): value is [number, number, number, number] => Array.isArray(value) && value.length === 4 && value.every(isFiniteNumber);
const isFinitePair = (value: unknown): value is [number, number] => Array.isArray(value) && value.length === 2 && value.every(isFiniteNumber);
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): value is T =>
  typeof value === "string" && (allowed as readonly string[]).includes(value);
const shortText = (value: unknown, maxLength = 2_000): string | undefined =>
  typeof value === "string" ? value.slice(0, maxLength) : typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;

const CSS_NAMED_COLOURS = new Set(
  (
    "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse " +
    "chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta " +
    "darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet " +
    "deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green " +
    "greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral " +
    "lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray " +
    "lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple " +
    "mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite " +
    "navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink " +
    "plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue " +
    "slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow " +
    "yellowgreen transparent"
  ).split(" "),
);
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?`;
const RGB = new RegExp(String.raw`^rgba?\(\s*${NUMBER}%?\s*,\s*${NUMBER}%?\s*,\s*${NUMBER}%?\s*(?:,\s*${NUMBER}%?\s*)?\)$`, "i");
const HSL = new RegExp(String.raw`^hsla?\(\s*${NUMBER}(?:deg)?\s*,\s*${NUMBER}%\s*,\s*${NUMBER}%\s*(?:,\s*${NUMBER}%?\s*)?\)$`, "i");

/**
 * True when `value` is a colour and nothing else: #rgb, #rrggbb, #rrggbbaa, rgb()/rgba()/hsl()/hsla() with plain
 * numbers, or a CSS named colour. Anything else (a `url(…)`, `var(…)`, an expression) is refused, since colours
 * from files reach CSS (legend swatches) and the map style.
 */
export function isSafeColour(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 64) return false;
  const text = value.trim();
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(text) || RGB.test(text) || HSL.test(text) || CSS_NAMED_COLOURS.has(text.toLowerCase());
}

function localized(value: unknown, fallback: string): LocalizedText | undefined {
  const plain = shortText(value, 500);
  if (plain !== undefined) return { zh: plain, en: plain };
  const zh = shortText(own(value, "zh"), 500);
  const en = shortText(own(value, "en"), 500);
  if (zh === undefined && en === undefined) return fallback === "" ? { zh: "", en: "" } : undefined;
  return { zh: zh ?? en ?? fallback, en: en ?? zh ?? fallback };
}

/** A style with only well-formed parts; undefined when its colour is not a colour. */
function guardStyle(value: unknown): LayerStyle | undefined {
  const color = own(value, "color");
  if (!isSafeColour(color)) return undefined;
  const style: LayerStyle = { color };
  const outlineColor = own(value, "outlineColor");
  if (isSafeColour(outlineColor)) style.outlineColor = outlineColor;
  const fillOpacity = own(value, "fillOpacity");
  if (isFiniteNumber(fillOpacity)) style.fillOpacity = Math.min(1, Math.max(0, fillOpacity));
  const lineWidthPx = own(value, "lineWidthPx");
  if (isFiniteNumber(lineWidthPx)) style.lineWidthPx = Math.min(50, Math.max(0, lineWidthPx));
  const circleRadiusPx = own(value, "circleRadiusPx");
  if (isFiniteNumber(circleRadiusPx)) style.circleRadiusPx = Math.min(50, Math.max(0, circleRadiusPx));
  const dashes = own(value, "lineDasharray");
  if (Array.isArray(dashes) && dashes.length > 0 && dashes.length <= 8 && dashes.every((dash) => isFiniteNumber(dash) && dash >= 0 && dash <= 100)) {
    style.lineDasharray = [...(dashes as number[])];
  }
  const labelProperty = shortText(own(value, "labelProperty"), 200);
  if (typeof own(value, "labelProperty") === "string" && labelProperty) style.labelProperty = labelProperty;
  const labelMinZoom = own(value, "labelMinZoom");
  if (isFiniteNumber(labelMinZoom)) style.labelMinZoom = Math.min(24, Math.max(0, labelMinZoom));
  const categoryProperty = own(value, "categoryProperty");
  const categories = own(value, "categories");
  if (typeof categoryProperty === "string" && categoryProperty && Array.isArray(categories)) {
    const seen = new Set<string>();
    const kept: LegendCategory[] = [];
    for (const category of categories.slice(0, 1_000)) {
      const categoryValue = shortText(own(category, "value"), 500);
      const categoryColour = own(category, "color");
      if (categoryValue === undefined || seen.has(categoryValue) || !isSafeColour(categoryColour)) continue;
      seen.add(categoryValue);
      kept.push({
        value: categoryValue,
        color: categoryColour,
        label: localized(own(category, "label"), categoryValue) ?? { zh: categoryValue, en: categoryValue },
      });
    }
    style.categoryProperty = categoryProperty.slice(0, 200);
    style.categories = kept;
  }
  const graduated = own(value, "graduated");
  const property = own(graduated, "property");
  const breaks = own(graduated, "breaks");
  const colours = own(graduated, "colors");
  if (
    typeof property === "string" &&
    property &&
    Array.isArray(breaks) &&
    Array.isArray(colours) &&
    breaks.length <= 100 &&
    breaks.every(isFiniteNumber) &&
    breaks.every((limit, index) => index === 0 || limit > (breaks[index - 1] as number)) &&
    colours.length === breaks.length + 1 &&
    colours.every(isSafeColour)
  ) {
    style.graduated = { property: property.slice(0, 200), breaks: [...breaks], colors: [...colours] };
    const method = own(graduated, "method");
    const rampId = own(graduated, "rampId");
    if (oneOf(method, ["equal-interval", "quantile", "natural-breaks"] as const)) style.graduated.method = method;
    if (typeof rampId === "string" && /^[A-Za-z]{1,20}$/.test(rampId)) style.graduated.rampId = rampId;
  }
  return style;
}

const POSITION_DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

function isPositions(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  if (depth === 0) return value.length >= 2 && value.length <= 4 && value.every(isFiniteNumber);
  for (const item of value) if (!isPositions(item, depth - 1)) return false;
  return true;
}

function isGeometry(value: unknown, nesting = 0): value is Geometry {
  const type = own(value, "type");
  if (type === "GeometryCollection") {
    const geometries = own(value, "geometries");
    return nesting < 4 && Array.isArray(geometries) && geometries.every((geometry) => isGeometry(geometry, nesting + 1));
  }
  const depth = typeof type === "string" && Object.hasOwn(POSITION_DEPTH, type) ? POSITION_DEPTH[type] : undefined;
  return depth !== undefined && isPositions(own(value, "coordinates"), depth);
}

/**
 * The features that are GeoJSON features (geometry null or well formed, properties an object); how many were not;
 * whether any was dropped or repaired (when none was, the list holds the very same features).
 */
function guardFeatures(value: unknown): { features: Feature[]; dropped: number; changed: boolean } {
  const features: Feature[] = [];
  let dropped = 0;
  let repaired = 0;
  if (!Array.isArray(value)) return { features, dropped, changed: true };
  for (const feature of value) {
    if (!isRecord(feature) || feature.type !== "Feature") {
      dropped++;
      continue;
    }
    const geometry = feature.geometry;
    if (geometry !== null && !isGeometry(geometry)) {
      dropped++;
      continue;
    }
    const properties = feature.properties;
    if (properties === null || properties === undefined || isRecord(properties)) features.push(feature as unknown as Feature);
    else {
      repaired++;
      features.push({ ...(feature as unknown as Feature), properties: {} });
    }
  }
  return { features, dropped, changed: dropped + repaired > 0 };
}

function guardBbox(value: unknown, fallback: [number, number, number, number]): [number, number, number, number] {
  if (!isFiniteQuad(value)) return fallback;
  const [west, south, east, north] = value;
  return Math.abs(west) <= 180 && Math.abs(east) <= 180 && Math.abs(south) <= 90 && Math.abs(north) <= 90 ? [west, south, east, north] : fallback;
}

const DEFAULT_GROUP: Record<LayerKind, LayerGroup> = {
  land: "base",
  district: "base",
  shoreline: "base",
  place: "base",
  "ecological-red-line": "ecological-baseline",
  bay: "blue",
  river: "blue",
  greenway: "green",
  park: "green",
  "urban-rural-zone": "urban-rural",
  "residential-land": "urban-rural",
  "walking-network": "urban-rural",
  "green-other": "green",
  water: "blue",
  "protected-area": "ecological-baseline",
};
const DEFAULT_COLOUR = "#888888";

/** A project region made whole: a well-formed `osm-` id, a name and an extent; undefined when it is not one. */
function guardProjectRegion(value: unknown): ProjectRegion | undefined {
  const id = own(value, "id");
  const name = localized(own(value, "name"), "");
  const bbox = guardBbox(own(value, "bbox"), [0, 0, 0, 0]);
  const dataDate = own(value, "dataDate");
  if (!isProjectRegionId(id) || !name || (name.zh === "" && name.en === "") || bbox[0] > bbox[2] || bbox[1] > bbox[3] || bbox.every((edge) => edge === 0))
    return undefined;
  return { id, name, bbox, dataDate: typeof dataDate === "string" && /^\d{4}-\d{2}-\d{2}/.test(dataDate) ? dataDate.slice(0, 40) : null };
}

/**
 * A user layer's meta made whole; undefined when it cannot be a user layer (no usable id, kind or geometry).
 * `regionIds`: the regions it may name (the built-in ones and the project's own).
 */
function guardUserMeta(value: unknown, featureCount: number, repairs: SnapshotRepair[], regionIds: readonly RegionId[]): LayerMeta | undefined {
  const id = own(value, "id");
  const kind = own(value, "kind");
  const geometryType = own(value, "geometryType");
  if (typeof id !== "string" || !isUserLayerId(id) || !SAFE_ID.test(id) || !oneOf(kind, LAYER_KINDS) || !oneOf(geometryType, GEOMETRY_KINDS)) return undefined;
  let isRepaired = false;
  const take = <T>(candidate: T | undefined, fallback: T): T => {
    if (candidate === undefined) isRepaired = true;
    return candidate ?? fallback;
  };
  const group = own(value, "group");
  const regions = own(value, "regions");
  const keptRegions = Array.isArray(regions) ? regionIds.filter((region) => regions.includes(region)) : [];
  const schematicAttributes = own(value, "schematicAttributes");
  const drawOrder = own(value, "drawOrder");
  const meta: LayerMeta = {
    id,
    title: take(localized(own(value, "title"), ""), { zh: id, en: id }),
    kind,
    group: take(oneOf(group, LAYER_GROUP_ORDER) ? group : undefined, DEFAULT_GROUP[kind]),
    geometryType,
    regions: take(keptRegions.length > 0 ? keptRegions : undefined, [...REGION_IDS]),
    style: take(guardStyle(own(value, "style")), { color: DEFAULT_COLOUR }),
    source: take(localized(own(value, "source"), ""), { zh: "", en: "" }),
    licence: take(shortText(own(value, "licence")), ""),
    attribution: take(shortText(own(value, "attribution")), ""),
    schematic: own(value, "schematic") === true,
    declaredCrs: take(shortText(own(value, "declaredCrs"), 200), "EPSG:4326"),
    defaultVisible: own(value, "defaultVisible") !== false,
    drawOrder: take(isFiniteNumber(drawOrder) ? Math.min(1_000, Math.max(-1_000, drawOrder)) : undefined, 50),
    featureCount,
    bbox: guardBbox(own(value, "bbox"), [...DEFAULT_REGION_BBOX]),
  };
  if (Array.isArray(schematicAttributes)) meta.schematicAttributes = schematicAttributes.filter((name): name is string => typeof name === "string");
  const rawTitle = own(value, "title");
  if (typeof own(rawTitle, "zh") !== "string" || typeof own(rawTitle, "en") !== "string") isRepaired = true;
  if (meta.title.zh === "" && meta.title.en === "") meta.title = { zh: id, en: id };
  if (isRepaired) repairs.push({ kind: "layer-repaired", subject: id });
  return meta;
}

function guardView(value: unknown): LayerView | undefined {
  const isVisible = own(value, "isVisible");
  const opacityRatio = own(value, "opacityRatio");
  if (typeof isVisible !== "boolean" || !isFiniteNumber(opacityRatio)) return undefined;
  return { isVisible, opacityRatio: Math.min(1, Math.max(0, opacityRatio)) };
}

/** A camera that is safe to jump to: finite, longitude ±180, latitude ±90, zoom 0–24. */
export function isCameraView(value: unknown): value is CameraView {
  const center = own(value, "center");
  const zoom = own(value, "zoom");
  return isFinitePair(center) && Math.abs(center[0]) <= 180 && Math.abs(center[1]) <= 90 && isFiniteNumber(zoom) && zoom >= 0 && zoom <= 24;
}

/** A rule set id the engine accepts. */
export function isKnownRuleSetId(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 200) return false;
  try {
    resolveRuleSet(value);
    return true;
  } catch {
    return false;
  }
}

/** Basemap settings with plain strings and a known kind; undefined when not that. */
function guardBasemap(value: unknown): BasemapSettings | undefined {
  const kind = own(value, "kind");
  const urlTemplate = own(value, "urlTemplate");
  const tiandituKey = own(value, "tiandituKey");
  const attribution = own(value, "attribution");
  if (!oneOf(kind, BASEMAP_KINDS) || typeof urlTemplate !== "string" || typeof tiandituKey !== "string" || typeof attribution !== "string") return undefined;
  if (kind === "osm" && !/^https?:\/\/[^\s]+$/i.test(urlTemplate)) return undefined;
  return { kind, urlTemplate: urlTemplate.slice(0, 2_000), tiandituKey: tiandituKey.slice(0, 200), attribution: attribution.slice(0, 500) };
}

/** A scenario feature: a GeoJSON feature of `geometryType` with a string or number id. */
function isCandidate(value: unknown, geometryType: "Polygon" | "LineString"): boolean {
  const geometry = own(value, "geometry");
  return (
    own(value, "type") === "Feature" &&
    own(geometry, "type") === geometryType &&
    isGeometry(geometry) &&
    (typeof own(value, "id") === "string" || typeof own(value, "id") === "number")
  );
}

/**
 * A scenario with its candidate parks (any broken park drops the scenario) and candidate paths (a broken path —
 * not a LineString feature with an id and at least two positions — is dropped alone and counted).
 */
function guardScenario(value: unknown): { scenario: Scenario; droppedPaths: number } | undefined {
  const id = own(value, "id");
  const name = shortText(own(value, "name"), 200);
  const parks = own(value, "parks");
  const paths = own(value, "paths");
  if (typeof id !== "string" || !SAFE_ID.test(id) || name === undefined || !Array.isArray(parks)) return undefined;
  const kept = parks.filter((park): park is Scenario["parks"][number] => isCandidate(park, "Polygon"));
  if (kept.length !== parks.length) return undefined;
  const pathList: unknown[] = Array.isArray(paths) ? paths : paths === undefined ? [] : [paths];
  const keptPaths = pathList.filter(
    (path): path is NonNullable<Scenario["paths"]>[number] =>
      isCandidate(path, "LineString") && (own(own(path, "geometry"), "coordinates") as unknown[]).length >= 2,
  );
  const withProperties = <F extends { properties: unknown }>(feature: F): F => ({
    ...feature,
    properties: isRecord(feature.properties) ? feature.properties : {},
  });
  const scenario: Scenario = { id, name, parks: kept.map(withProperties) };
  if (keptPaths.length > 0) scenario.paths = keptPaths.map(withProperties);
  return { scenario, droppedPaths: pathList.length - keptPaths.length };
}

/**
 * Checks an untrusted project (a file, or what storage holds) field by field and repairs or drops what is wrong,
 * saying what it dropped. Returns null only when the value is not a Shanhai project at all (format, version or
 * its layer list missing). Never throws; reads own properties only.
 */
export function guardSnapshot(value: unknown): GuardedSnapshot | null {
  try {
    return guard(value);
  } catch {
    return null;
  }
}

function guard(value: unknown): GuardedSnapshot | null {
  if (own(value, "format") !== "shanhai-project" || own(value, "version") !== 1 || !Array.isArray(own(value, "userLayers"))) return null;
  const repairs: SnapshotRepair[] = [];
  const userLayers: ProjectSnapshot["userLayers"] = [];
  const seen = new Set<string>();
  const projectRegions: ProjectRegion[] = [];
  const rawRegions = own(value, "projectRegions");
  for (const [index, candidate] of (Array.isArray(rawRegions) ? rawRegions.slice(0, 100) : []).entries()) {
    const region = guardProjectRegion(candidate);
    if (region && !projectRegions.some((other) => other.id === region.id)) projectRegions.push(region);
    else repairs.push({ kind: "region-dropped", subject: shortText(own(candidate, "id"), 120) ?? `#${index + 1}` });
  }
  const regionIds: RegionId[] = [...REGION_IDS, ...projectRegions.map((region) => region.id)];
  for (const [index, layer] of (own(value, "userLayers") as unknown[]).entries()) {
    const rawId = own(own(layer, "meta"), "id");
    const subject = typeof rawId === "string" ? rawId.slice(0, 120) : `#${index + 1}`;
    const data = own(layer, "data");
    if (own(data, "type") !== "FeatureCollection" || !Array.isArray(own(data, "features"))) {
      repairs.push({ kind: "layer-dropped", subject });
      continue;
    }
    const { features, dropped, changed } = guardFeatures(own(data, "features"));
    const meta = guardUserMeta(own(layer, "meta"), features.length, repairs, regionIds);
    if (!meta || seen.has(meta.id)) {
      repairs.push({ kind: "layer-dropped", subject });
      continue;
    }
    seen.add(meta.id);
    if (dropped > 0) repairs.push({ kind: "features-dropped", subject: meta.id, count: dropped });
    // A layer with nothing to repair keeps its data object, and with it the GeoJSON text a restore adopted for it.
    userLayers.push({
      meta,
      data: changed ? { ...(data as unknown as FeatureCollection), type: "FeatureCollection", features } : (data as unknown as FeatureCollection),
    });
  }
  const views: Record<string, LayerView> = {};
  const rawViews = own(value, "views");
  if (isRecord(rawViews)) {
    for (const id of Object.keys(rawViews)) {
      const view = guardView(rawViews[id]);
      if (view && SAFE_ID.test(id)) views[id] = view;
      else repairs.push({ kind: "view-dropped", subject: id.slice(0, 120) });
    }
  }
  const rawOrder = own(value, "order");
  const order = Array.isArray(rawOrder) ? [...new Set(rawOrder.filter((id): id is string => typeof id === "string" && SAFE_ID.test(id)))] : [];
  const styles: Record<string, LayerStyle> = {};
  const rawStyles = own(value, "styles");
  if (isRecord(rawStyles)) {
    for (const id of Object.keys(rawStyles)) {
      const style = guardStyle(rawStyles[id]);
      // A part given but not kept makes the style partial (a key present with the value undefined is no part).
      const isWhole =
        style && (own(rawStyles[id], "categories") === undefined || style.categories) && (own(rawStyles[id], "graduated") === undefined || style.graduated);
      if (style && isWhole && SAFE_ID.test(id)) styles[id] = style;
      else repairs.push({ kind: "style-dropped", subject: id.slice(0, 120) });
    }
  }
  const rawUi = own(value, "ui");
  const setting = <T>(name: string, candidate: T | undefined, fallback: T): T => {
    if (candidate !== undefined) return candidate;
    if (own(rawUi, name) !== undefined) repairs.push({ kind: "setting-reset", subject: name });
    return fallback;
  };
  const language = own(rawUi, "language");
  const region = own(rawUi, "region");
  const ruleSetId = own(rawUi, "ruleSetId");
  const view = own(rawUi, "view");
  const ui: ProjectSnapshot["ui"] = {
    language: setting<Language>("language", oneOf(language, ["zh", "en"] as const) ? language : undefined, "zh"),
    region: setting<RegionId>("region", oneOf(region, regionIds) ? region : undefined, "qingdao"),
    ruleSetId: setting("ruleSetId", isKnownRuleSetId(ruleSetId) ? ruleSetId : undefined, DEFAULT_RULE_SET_ID),
    basemap: setting("basemap", guardBasemap(own(rawUi, "basemap")), DEFAULT_BASEMAP),
  };
  // The blind-spot layer's toggle and opacity have the shape of a layer's view (opacity clamped to 0–1).
  const blindSpots = guardView(own(rawUi, "blindSpots"));
  if (blindSpots) ui.blindSpots = blindSpots;
  else if (own(rawUi, "blindSpots") !== undefined) repairs.push({ kind: "setting-reset", subject: "blindSpots" });
  if (isCameraView(view)) ui.view = { center: [view.center[0], view.center[1]], zoom: view.zoom };
  else if (view !== undefined) repairs.push({ kind: "setting-reset", subject: "view" });
  const snapshot: ProjectSnapshot = {
    format: "shanhai-project",
    version: 1,
    savedAt: shortText(own(value, "savedAt"), 100) ?? "",
    userLayers,
    views,
    order,
    ui,
    styles,
    ...(projectRegions.length > 0 ? { projectRegions } : {}),
  };
  const rawScenarios = own(value, "scenarios");
  if (rawScenarios !== undefined) {
    const list: Scenario[] = [];
    const rawList = own(rawScenarios, "list");
    for (const [index, candidate] of (Array.isArray(rawList) ? rawList : []).entries()) {
      const guarded = guardScenario(candidate);
      const scenario = guarded?.scenario;
      if (scenario && !list.some((other) => other.id === scenario.id)) {
        list.push(scenario);
        if (guarded.droppedPaths > 0) repairs.push({ kind: "paths-dropped", subject: scenario.name, count: guarded.droppedPaths });
      } else repairs.push({ kind: "scenario-dropped", subject: shortText(own(candidate, "name"), 200) ?? `#${index + 1}` });
    }
    const active = own(rawScenarios, "activeScenarioId");
    snapshot.scenarios = { list, activeScenarioId: typeof active === "string" && list.some((scenario) => scenario.id === active) ? active : null };
  }
  return { snapshot, repairs };
}
