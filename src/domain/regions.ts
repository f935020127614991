import type { LocalizedText, RegionId } from "./layer-meta";

export interface Region {
  id: RegionId;
  name: LocalizedText;
  /** [west, south, east, north] in WGS84 degrees. */
  bbox: [number, number, number, number];
}

/** Municipal extents (WGS84). Qingdao from the district reference; Yantai approximate incl. Changdao islands. */
export const REGIONS: readonly Region[] = [
  { id: "qingdao", name: { zh: "青岛", en: "Qingdao" }, bbox: [119.5, 35.57, 121.07, 37.15] },
  { id: "yantai", name: { zh: "烟台", en: "Yantai" }, bbox: [119.56, 36.55, 121.96, 38.4] },
];
