import type { Position } from "geojson";

/** One schematic built-up cluster: an ellipse around a real town centre, with its street-grid angle. */
export interface UrbanCluster {
  name: string;
  center: Position;
  semiMajorKm: number;
  semiMinorKm: number;
  rotationDeg: number;
  /** Street-grid orientation in degrees (0 = east-west streets). */
  gridAngleDeg: number;
  /** Share of blocks that are residential (the rest: industry, services, roads, open land). */
  residentialShare: number;
}

/**
 * Centres follow the district seats and functional nodes of plans 002/004 ("环湾引领、组团布局": 主城区,
 * 城阳, 红岛, 即墨, 蓝谷, 黄岛, 胶南, 董家口, 古镇口, 胶州, 上合, 平度, 莱西, 南村, 姜山, 李哥庄); extents are invented.
 */
export const URBAN_CLUSTERS: readonly UrbanCluster[] = [
  { name: "主城区（市南/市北）", center: [120.37, 36.09], semiMajorKm: 7, semiMinorKm: 4.5, rotationDeg: 40, gridAngleDeg: 35, residentialShare: 0.62 },
  { name: "李沧/崂山", center: [120.44, 36.15], semiMajorKm: 7, semiMinorKm: 5, rotationDeg: 60, gridAngleDeg: 20, residentialShare: 0.55 },
  { name: "崂山中韩", center: [120.48, 36.11], semiMajorKm: 4.5, semiMinorKm: 2.5, rotationDeg: 20, gridAngleDeg: 15, residentialShare: 0.55 },
  { name: "城阳", center: [120.4, 36.29], semiMajorKm: 8, semiMinorKm: 6, rotationDeg: 70, gridAngleDeg: 5, residentialShare: 0.5 },
  { name: "红岛/高新区", center: [120.27, 36.26], semiMajorKm: 6, semiMinorKm: 3.5, rotationDeg: 0, gridAngleDeg: 0, residentialShare: 0.35 },
  { name: "即墨", center: [120.45, 36.395], semiMajorKm: 7, semiMinorKm: 5.5, rotationDeg: 30, gridAngleDeg: 10, residentialShare: 0.5 },
  { name: "蓝谷", center: [120.655, 36.37], semiMajorKm: 5, semiMinorKm: 3.5, rotationDeg: 80, gridAngleDeg: 25, residentialShare: 0.4 },
  { name: "黄岛", center: [120.19, 35.985], semiMajorKm: 9, semiMinorKm: 6, rotationDeg: 45, gridAngleDeg: 40, residentialShare: 0.45 },
  { name: "灵山湾/胶南", center: [120.04, 35.88], semiMajorKm: 8, semiMinorKm: 4.5, rotationDeg: 40, gridAngleDeg: 40, residentialShare: 0.5 },
  { name: "董家口", center: [119.8, 35.64], semiMajorKm: 6, semiMinorKm: 4, rotationDeg: 20, gridAngleDeg: 20, residentialShare: 0.15 },
  { name: "古镇口", center: [119.965, 35.775], semiMajorKm: 3.5, semiMinorKm: 2.5, rotationDeg: 60, gridAngleDeg: 50, residentialShare: 0.35 },
  { name: "胶州", center: [120.03, 36.275], semiMajorKm: 8, semiMinorKm: 5.5, rotationDeg: 20, gridAngleDeg: 0, residentialShare: 0.5 },
  { name: "上合示范区", center: [120.1, 36.36], semiMajorKm: 6, semiMinorKm: 4, rotationDeg: 60, gridAngleDeg: 15, residentialShare: 0.25 },
  { name: "平度", center: [119.96, 36.78], semiMajorKm: 6.5, semiMinorKm: 5, rotationDeg: 90, gridAngleDeg: 0, residentialShare: 0.5 },
  { name: "莱西", center: [120.52, 36.885], semiMajorKm: 6, semiMinorKm: 4.5, rotationDeg: 20, gridAngleDeg: 10, residentialShare: 0.5 },
  { name: "南村", center: [120.18, 36.55], semiMajorKm: 3, semiMinorKm: 2, rotationDeg: 0, gridAngleDeg: 0, residentialShare: 0.35 },
  { name: "姜山", center: [120.4, 36.7], semiMajorKm: 3, semiMinorKm: 2, rotationDeg: 30, gridAngleDeg: 0, residentialShare: 0.35 },
  { name: "李哥庄", center: [120.2, 36.33], semiMajorKm: 3.5, semiMinorKm: 2.5, rotationDeg: 0, gridAngleDeg: 0, residentialShare: 0.3 },
];
