import type { Position } from "geojson";

/**
 * A schematic river course: WGS84 waypoints from source to mouth. Order-1 rivers end on the real
 * shoreline (the last waypoint is snapped to it); order-2 rivers end on their `joins` river.
 */
export interface RiverDefinition {
  name: string;
  nameEn: string;
  /** The river system (水系) of plan 000's nine systems, or 独流入海 for small coastal rivers. */
  system: string;
  order: 1 | 2;
  joins?: string;
  /** Receiving water (bay or sea) for order-1 rivers. */
  outlet?: string;
  waypoints: Position[];
  basis: string;
}

const NINE = "000: 大沽河、北胶莱河、胶莱河、墨水河、周疃河、白沙河、洋河、风河、白马河九大水系";

export const RIVER_DEFINITIONS: readonly RiverDefinition[] = [
  {
    name: "大沽河",
    nameEn: "Dagu River",
    system: "大沽河",
    order: 1,
    outlet: "胶州湾",
    waypoints: [
      [120.43, 37.13],
      [120.46, 37.02],
      [120.45, 36.93],
      [120.39, 36.8],
      [120.31, 36.69],
      [120.25, 36.56],
      [120.2, 36.43],
      [120.16, 36.31],
      [120.14, 36.23],
      [120.152, 36.183],
    ],
    basis: `${NINE}; gazetteer 大沽河 mouth and via points`,
  },
  {
    name: "小沽河",
    nameEn: "Xiaogu River",
    system: "大沽河",
    order: 2,
    joins: "大沽河",
    waypoints: [
      [120.24, 37.1],
      [120.28, 36.95],
      [120.33, 36.82],
      [120.36, 36.76],
    ],
    basis: "tributary joining near 院上 (gazetteer note)",
  },
  {
    name: "五沽河",
    nameEn: "Wugu River",
    system: "大沽河",
    order: 2,
    joins: "大沽河",
    waypoints: [
      [120.58, 36.74],
      [120.46, 36.66],
      [120.34, 36.58],
      [120.24, 36.53],
    ],
    basis: "tributary (position assumed)",
  },
  {
    name: "流浩河",
    nameEn: "Liuhao River",
    system: "大沽河",
    order: 2,
    joins: "大沽河",
    waypoints: [
      [120.02, 36.52],
      [120.09, 36.45],
      [120.17, 36.39],
    ],
    basis: "tributary (position assumed)",
  },
  {
    name: "北胶莱河",
    nameEn: "Beijiaolai River",
    system: "北胶莱河",
    order: 1,
    outlet: "莱州湾",
    waypoints: [
      [120.0, 36.5],
      [119.93, 36.6],
      [119.84, 36.72],
      [119.74, 36.86],
      [119.65, 36.99],
      [119.6, 37.08],
      [119.6, 37.125],
    ],
    basis: `${NINE}; gazetteer 北胶莱河 source and mouth`,
  },
  {
    name: "胶莱河",
    nameEn: "Jiaolai River (south)",
    system: "胶莱河",
    order: 1,
    outlet: "胶州湾",
    waypoints: [
      [120.0, 36.5],
      [119.99, 36.42],
      [120.02, 36.34],
      [120.06, 36.26],
      [120.09, 36.2],
    ],
    basis: `${NINE}; gazetteer 胶莱河 watershed point`,
  },
  {
    name: "墨水河",
    nameEn: "Moshui River",
    system: "墨水河",
    order: 1,
    outlet: "胶州湾",
    waypoints: [
      [120.58, 36.41],
      [120.52, 36.4],
      [120.46, 36.38],
      [120.41, 36.34],
      [120.35, 36.3],
      [120.31, 36.27],
    ],
    basis: `${NINE}; gazetteer 即墨城区 and 龙山街道 via points`,
  },
  {
    name: "周疃河",
    nameEn: "Zhoutuan River",
    system: "周疃河",
    order: 1,
    outlet: "丁字湾",
    waypoints: [
      [120.55, 36.55],
      [120.63, 36.56],
      [120.71, 36.58],
      [120.77, 36.585],
    ],
    basis: `${NINE}; course not located (gazetteer): assumed in 即墨 north draining to 丁字湾`,
  },
  {
    name: "白沙河",
    nameEn: "Baisha River",
    system: "白沙河",
    order: 1,
    outlet: "胶州湾",
    waypoints: [
      [120.59, 36.19],
      [120.53, 36.23],
      [120.467, 36.253],
      [120.41, 36.255],
      [120.37, 36.25],
      [120.345, 36.235],
    ],
    basis: `${NINE}; gazetteer source 崂山 and via 夏庄/流亭`,
  },
  {
    name: "李村河",
    nameEn: "Licun River",
    system: "李村河",
    order: 1,
    outlet: "胶州湾",
    waypoints: [
      [120.48, 36.175],
      [120.45, 36.168],
      [120.414, 36.16],
      [120.38, 36.157],
      [120.355, 36.155],
    ],
    basis: "003: 李村河 to become a provincial model river; gazetteer 李村 bbox",
  },
  {
    name: "张村河",
    nameEn: "Zhangcun River",
    system: "李村河",
    order: 2,
    joins: "李村河",
    waypoints: [
      [120.5, 36.13],
      [120.47, 36.14],
      [120.44, 36.152],
      [120.41, 36.159],
    ],
    basis: "tributary of 李村河 (position assumed)",
  },
  {
    name: "洋河",
    nameEn: "Yang River",
    system: "洋河",
    order: 1,
    outlet: "胶州湾",
    waypoints: [
      [119.86, 36.05],
      [119.92, 36.09],
      [119.98, 36.12],
      [120.04, 36.125],
      [120.075, 36.125],
    ],
    basis: `${NINE}; gazetteer 洋河 bbox; 000 洋河 estuary wetland`,
  },
  {
    name: "风河",
    nameEn: "Feng River",
    system: "风河",
    order: 1,
    outlet: "灵山湾",
    waypoints: [
      [119.87, 35.93],
      [119.93, 35.91],
      [119.99, 35.89],
      [120.04, 35.87],
      [120.07, 35.86],
    ],
    basis: `${NINE}; 灵山湾 entry: 风河 enters from the NW (gazetteer)`,
  },
  {
    name: "白马河",
    nameEn: "Baima River",
    system: "白马河",
    order: 1,
    outlet: "黄海",
    waypoints: [
      [119.83, 35.88],
      [119.81, 35.8],
      [119.8, 35.73],
      [119.795, 35.69],
      [119.79, 35.64],
    ],
    basis: `${NINE}; source 铁橛山 (gazetteer), course assumed`,
  },
  {
    name: "桃源河",
    nameEn: "Taoyuan River",
    system: "独流入海",
    order: 1,
    outlet: "胶州湾",
    waypoints: [
      [120.44, 36.31],
      [120.4, 36.29],
      [120.36, 36.27],
      [120.33, 36.26],
    ],
    basis: "000: 桃源河 estuary wetland (position assumed)",
  },
  {
    name: "祥茂河",
    nameEn: "Xiangmao River",
    system: "独流入海",
    order: 1,
    outlet: "胶州湾",
    waypoints: [
      [120.35, 36.36],
      [120.32, 36.33],
      [120.3, 36.3],
    ],
    basis: "000: 祥茂河 estuary wetland (position assumed)",
  },
];
