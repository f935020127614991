import type { LayerMeta } from "../../../src/domain/layer-meta";
import { PARK_TYPES } from "./definitions/parks";
import { SCHEMATIC_ATTRIBUTION } from "./layer-writer";

type Meta = Omit<LayerMeta, "featureCount" | "bbox">;

const common = {
  source: {
    zh: "示意数据：山海示意数据生成器（固定种子）按规划文本与地名录中的地名位置生成，几何裁剪自 GSHHG 海岸线与区划底图",
    en: "Schematic demonstration data: Shanhai generator (fixed seed) placed after the plans and gazetteer, clipped to the GSHHG shoreline and district base layers",
  },
  licence: "LGPL-3.0-or-later",
  attribution: SCHEMATIC_ATTRIBUTION,
  schematic: true,
  declaredCrs: "EPSG:4326",
} as const;

/** layer.json contents (without featureCount and bbox) of the schematic layers. */
export const SCHEMATIC_METAS: Record<string, Meta> = {
  "ecological-red-line": {
    id: "ecological-red-line", title: { zh: "生态保护红线（示意）", en: "Ecological red line (schematic)" }, kind: "ecological-red-line", group: "ecological-baseline", geometryType: "Polygon", regions: ["qingdao"],
    style: { color: "#d62828", outlineColor: "#9d0208", fillOpacity: 0.3, lineWidthPx: 1, categoryProperty: "zone", categories: [
      { value: "land", color: "#d62828", label: { zh: "陆域生态保护红线", en: "Land red line" } },
      { value: "sea", color: "#7b2cbf", label: { zh: "海洋生态保护红线", en: "Marine red line" } },
    ], labelProperty: "name", labelMinZoom: 9 },
    ...common, defaultVisible: true, drawOrder: 30,
  },
  bay: {
    id: "bay", title: { zh: "海湾与美丽海湾（示意）", en: "Bays and beautiful-bay status (schematic)" }, kind: "bay", group: "blue", geometryType: "Polygon", regions: ["qingdao", "yantai"],
    style: { color: "#48cae4", outlineColor: "#0077b6", fillOpacity: 0.35, lineWidthPx: 1, categoryProperty: "status", categories: [
      { value: "built", color: "#2a9d8f", label: { zh: "已建成美丽海湾", en: "Beautiful bay built" } },
      { value: "target-2025", color: "#48cae4", label: { zh: "2025年基本建成", en: "Target 2025" } },
      { value: "target-2030", color: "#0096c7", label: { zh: "2030年前基本建成", en: "Target 2030" } },
      { value: "target-2035", color: "#023e8a", label: { zh: "2035年前全覆盖", en: "Target 2035 (full coverage)" } },
      { value: "phased", color: "#90e0ef", label: { zh: "梯次推进（烟台）", en: "Phased (Yantai)" } },
    ], labelProperty: "name", labelMinZoom: 8 },
    ...common, defaultVisible: true, drawOrder: 35,
  },
  river: {
    id: "river", title: { zh: "河流（示意）", en: "Rivers (schematic)" }, kind: "river", group: "blue", geometryType: "LineString", regions: ["qingdao"],
    style: { color: "#1d70b8", lineWidthPx: 2, labelProperty: "name", labelMinZoom: 9 },
    ...common, defaultVisible: true, drawOrder: 55,
  },
  greenway: {
    id: "greenway", title: { zh: "绿道（示意）", en: "Greenways (schematic)" }, kind: "greenway", group: "green", geometryType: "LineString", regions: ["qingdao"],
    style: { color: "#2b9348", lineWidthPx: 2, lineDasharray: [2, 1], categoryProperty: "level", categories: [
      { value: "区域级", color: "#007f5f", label: { zh: "区域级绿道", en: "Regional greenway" } },
      { value: "城市级", color: "#55a630", label: { zh: "城市级绿道", en: "City greenway" } },
      { value: "社区级", color: "#aacc00", label: { zh: "社区级绿道", en: "Community greenway" } },
    ], labelProperty: "name", labelMinZoom: 11 },
    ...common, defaultVisible: true, drawOrder: 60,
  },
  park: {
    id: "park", title: { zh: "公园（示意）", en: "Parks (schematic)" }, kind: "park", group: "green", geometryType: "Polygon", regions: ["qingdao"],
    style: { color: "#52b788", outlineColor: "#2d6a4f", fillOpacity: 0.7, lineWidthPx: 0.5, categoryProperty: "type", categories: PARK_TYPES.map((type) => ({ value: type.value, color: type.color, label: { zh: type.value, en: type.en } })), labelProperty: "name", labelMinZoom: 12 },
    ...common, defaultVisible: true, drawOrder: 50,
  },
  "urban-rural-zone": {
    id: "urban-rural-zone", title: { zh: "城乡分区（示意）", en: "Urban–rural zones (schematic)" }, kind: "urban-rural-zone", group: "urban-rural", geometryType: "Polygon", regions: ["qingdao"],
    style: { color: "#e9c46a", fillOpacity: 0.2, lineWidthPx: 1, categoryProperty: "zone", categories: [
      { value: "urban-development", color: "#e76f51", label: { zh: "城镇开发边界", en: "Urban development boundary" } },
      { value: "agricultural", color: "#e9c46a", label: { zh: "农业空间", en: "Agricultural space" } },
      { value: "ecological", color: "#2a9d8f", label: { zh: "生态空间", en: "Ecological space" } },
    ] },
    ...common, defaultVisible: true, drawOrder: 10,
  },
  "residential-land": {
    id: "residential-land", title: { zh: "居住用地（示意）", en: "Residential land (schematic)" }, kind: "residential-land", group: "urban-rural", geometryType: "Polygon", regions: ["qingdao"],
    style: { color: "#f4a261", outlineColor: "#e76f51", fillOpacity: 0.55, lineWidthPx: 0.3 },
    ...common, defaultVisible: false, drawOrder: 20,
  },
  "walking-network": {
    id: "walking-network", title: { zh: "步行网络（示意）", en: "Walking network (schematic)" }, kind: "walking-network", group: "urban-rural", geometryType: "LineString", regions: ["qingdao"],
    style: { color: "#7a6a58", lineWidthPx: 1, categoryProperty: "kind", categories: [
      { value: "arterial", color: "#7a6a58", label: { zh: "干路", en: "Arterial street" } },
      { value: "local", color: "#b3a594", label: { zh: "支路", en: "Local street" } },
    ] },
    ...common, defaultVisible: false, drawOrder: 58,
  },
};
