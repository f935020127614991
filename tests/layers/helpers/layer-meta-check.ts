import type { GeometryKind, LayerGroup, LayerKind, RegionId } from "../../../src/domain/layer-meta";
import { LAYER_GROUP_ORDER } from "../../../src/domain/layer-meta";

const KINDS: readonly LayerKind[] = [
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
];
const GEOMETRY_KINDS: readonly GeometryKind[] = ["Polygon", "LineString", "Point"];
const REGION_IDS: readonly RegionId[] = ["qingdao", "yantai"];
const COLOR = /^#[0-9a-f]{6}$/i;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): boolean =>
  isObject(value) && typeof value.zh === "string" && value.zh !== "" && typeof value.en === "string" && value.en !== "";
const isNumberArray = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => typeof item === "number" && Number.isFinite(item));

function styleProblems(style: unknown): string[] {
  if (!isObject(style)) return ["style is not an object"];
  const problems: string[] = [];
  if (typeof style.color !== "string" || !COLOR.test(style.color)) problems.push("style.color is not #rrggbb");
  if (style.outlineColor !== undefined && (typeof style.outlineColor !== "string" || !COLOR.test(style.outlineColor)))
    problems.push("style.outlineColor is not #rrggbb");
  for (const key of ["fillOpacity", "lineWidthPx", "circleRadiusPx", "labelMinZoom"]) {
    if (style[key] !== undefined && (typeof style[key] !== "number" || !Number.isFinite(style[key]))) problems.push(`style.${key} is not a number`);
  }
  if (typeof style.fillOpacity === "number" && (style.fillOpacity < 0 || style.fillOpacity > 1)) problems.push("style.fillOpacity outside 0–1");
  if (style.lineDasharray !== undefined && !isNumberArray(style.lineDasharray)) problems.push("style.lineDasharray is not a number array");
  for (const key of ["categoryProperty", "labelProperty"]) {
    if (style[key] !== undefined && typeof style[key] !== "string") problems.push(`style.${key} is not a string`);
  }
  if (style.categories !== undefined) {
    if (!Array.isArray(style.categories)) problems.push("style.categories is not an array");
    else if (typeof style.categoryProperty !== "string") problems.push("style.categories without style.categoryProperty");
    else
      style.categories.forEach((category, i) => {
        if (
          !isObject(category) ||
          typeof category.value !== "string" ||
          typeof category.color !== "string" ||
          !COLOR.test(category.color) ||
          !isText(category.label)
        ) {
          problems.push(`style.categories[${i}] is not {value, color #rrggbb, label {zh, en}}`);
        }
      });
  }
  return problems;
}

/**
 * Runtime check of a parsed `layer.json` against the `LayerMeta` contract in src/domain/layer-meta.ts.
 * Returns the list of problems (empty when valid).
 */
export function layerMetaProblems(value: unknown, folderName?: string): string[] {
  if (!isObject(value)) return ["layer.json is not an object"];
  const problems: string[] = [];
  if (typeof value.id !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value.id)) problems.push("id is not kebab-case");
  if (folderName !== undefined && value.id !== folderName) problems.push(`id ${String(value.id)} differs from folder ${folderName}`);
  if (!isText(value.title)) problems.push("title is not {zh, en}");
  if (!KINDS.includes(value.kind as LayerKind)) problems.push(`kind ${String(value.kind)} unknown`);
  if (!LAYER_GROUP_ORDER.includes(value.group as LayerGroup)) problems.push(`group ${String(value.group)} unknown`);
  if (!GEOMETRY_KINDS.includes(value.geometryType as GeometryKind)) problems.push(`geometryType ${String(value.geometryType)} unknown`);
  if (!Array.isArray(value.regions) || value.regions.length === 0 || !value.regions.every((region) => REGION_IDS.includes(region as RegionId)))
    problems.push("regions invalid");
  problems.push(...styleProblems(value.style));
  if (!isText(value.source)) problems.push("source is not {zh, en}");
  for (const key of ["licence", "attribution", "declaredCrs"]) {
    if (typeof value[key] !== "string" || value[key] === "") problems.push(`${key} is not a non-empty string`);
  }
  for (const key of ["schematic", "defaultVisible"]) {
    if (typeof value[key] !== "boolean") problems.push(`${key} is not a boolean`);
  }
  if (typeof value.drawOrder !== "number" || !Number.isFinite(value.drawOrder)) problems.push("drawOrder is not a number");
  if (typeof value.featureCount !== "number" || !Number.isInteger(value.featureCount) || value.featureCount < 0) problems.push("featureCount is not a count");
  if (!isNumberArray(value.bbox) || value.bbox.length !== 4) problems.push("bbox is not 4 numbers");
  else {
    const [west, south, east, north] = value.bbox as [number, number, number, number];
    if (!(west <= east && south <= north && west >= -180 && east <= 180 && south >= -90 && north <= 90)) problems.push("bbox not [west, south, east, north]");
  }
  return problems;
}
