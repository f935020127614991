import type { Position } from "geojson";

/** One schematic red-line patch: an ellipse around a named place, clipped to land or to sea. */
export interface RedLineSite {
  name: string;
  zone: "land" | "sea";
  category: string;
  center: Position;
  semiMajorKm: number;
  semiMinorKm: number;
  rotationDeg: number;
  /** Why it is here (plan or gazetteer). */
  basis: string;
}

/**
 * Sites follow the mountain groups, wetlands and waters the plans name (000 §生态空间: 崂山, 大泽山-大青山,
 * 大小珠山, 珠山—铁镢山; 少海/唐岛湾 国家湿地公园; 灵山岛; 丁字湾/胶州湾 滩涂湿地). Centres are WGS84; positions
 * are approximate (gazetteer.json where it has them, otherwise public map knowledge) and shapes are invented.
 */
export const RED_LINE_SITES: readonly RedLineSite[] = [
  { name: "崂山", zone: "land", category: "山体 mountain", center: [120.6, 36.2], semiMajorKm: 13, semiMinorKm: 9.5, rotationDeg: 70, basis: "000: 崂山 mountain group; gazetteer 崂山 bbox" },
  { name: "大泽山", zone: "land", category: "山体 mountain", center: [119.91, 36.975], semiMajorKm: 9, semiMinorKm: 5, rotationDeg: 10, basis: "000: 大泽山-大青山; gazetteer 大泽山 bbox" },
  { name: "大青山", zone: "land", category: "山体 mountain", center: [120.27, 36.99], semiMajorKm: 6, semiMinorKm: 4, rotationDeg: 30, basis: "000: 大泽山-大青山; 004: 莱西 ecological space (position assumed)" },
  { name: "大珠山", zone: "land", category: "山体 mountain", center: [120.0, 35.8], semiMajorKm: 5.5, semiMinorKm: 4, rotationDeg: 45, basis: "000: 大小珠山; NE of 大珠山嘴 (assumed)" },
  { name: "小珠山", zone: "land", category: "山体 mountain", center: [120.085, 35.97], semiMajorKm: 7, semiMinorKm: 4.5, rotationDeg: 35, basis: "000: 大小珠山 (position assumed)" },
  { name: "铁橛山", zone: "land", category: "山体 mountain", center: [119.83, 35.89], semiMajorKm: 6, semiMinorKm: 4, rotationDeg: 20, basis: "000: 珠山—铁镢山; gazetteer 铁橛山" },
  { name: "藏马山", zone: "land", category: "山体 mountain", center: [119.785, 35.755], semiMajorKm: 4.5, semiMinorKm: 3.5, rotationDeg: 0, basis: "000: 黄岛山群山系; gazetteer 藏马山" },
  { name: "即墨东部山群", zone: "land", category: "山体 mountain", center: [120.6, 36.47], semiMajorKm: 6, semiMinorKm: 3.5, rotationDeg: 60, basis: "000: 即墨东部山群山系 (position assumed)" },
  { name: "浮山", zone: "land", category: "山体 mountain", center: [120.426, 36.102], semiMajorKm: 2.6, semiMinorKm: 1.6, rotationDeg: 10, basis: "000/002: 浮山; gazetteer 浮山 (GCJ-02 converted)" },
  { name: "百果山", zone: "land", category: "山体 mountain", center: [120.5, 36.215], semiMajorKm: 2.4, semiMinorKm: 1.8, rotationDeg: 30, basis: "000: 城区山头; gazetteer 百果山 bbox" },
  { name: "少海湿地", zone: "land", category: "湿地 wetland", center: [120.065, 36.262], semiMajorKm: 3, semiMinorKm: 1.5, rotationDeg: 20, basis: "000: 少海国家湿地公园 (612.5 ha)" },
  { name: "大沽河口湿地", zone: "land", category: "湿地 wetland", center: [120.11, 36.175], semiMajorKm: 4.5, semiMinorKm: 2, rotationDeg: 0, basis: "000: 大沽河; gazetteer 大沽河湿地 bbox" },
  { name: "唐岛湾湿地", zone: "land", category: "湿地 wetland", center: [120.19, 35.95], semiMajorKm: 2.4, semiMinorKm: 1.4, rotationDeg: 0, basis: "000: 唐岛湾国家湿地公园" },
  { name: "产芝水库水源地", zone: "land", category: "水源 water source", center: [120.47, 36.99], semiMajorKm: 4, semiMinorKm: 2.5, rotationDeg: 40, basis: "004: 莱西湖 (position assumed)" },
  { name: "尹府水库水源地", zone: "land", category: "水源 water source", center: [120.177, 36.82], semiMajorKm: 3, semiMinorKm: 2, rotationDeg: 0, basis: "003: drinking-water sources; gazetteer 尹府水库" },
  { name: "灵山岛海域", zone: "sea", category: "海岛 island waters", center: [120.17, 35.765], semiMajorKm: 9, semiMinorKm: 7, rotationDeg: 80, basis: "002: 灵山岛省级自然保护区; gazetteer 灵山岛" },
  { name: "胶州湾滩涂", zone: "sea", category: "滩涂湿地 tidal flat", center: [120.2, 36.19], semiMajorKm: 8, semiMinorKm: 3.5, rotationDeg: 10, basis: "000: 胶州湾滩涂湿地 / 胶州湾国家级海洋公园" },
  { name: "崂山近岸海域", zone: "sea", category: "近岸海域 coastal waters", center: [120.72, 36.18], semiMajorKm: 14, semiMinorKm: 6, rotationDeg: 80, basis: "000: 崂山湾; 003: 崂山湾 biodiversity survey" },
  { name: "大公岛海域", zone: "sea", category: "海岛 island waters", center: [120.49, 35.962], semiMajorKm: 5, semiMinorKm: 4, rotationDeg: 0, basis: "gazetteer 大公岛" },
  { name: "竹岔岛海域", zone: "sea", category: "海岛 island waters", center: [120.32, 35.94], semiMajorKm: 3, semiMinorKm: 2.5, rotationDeg: 0, basis: "gazetteer 竹岔岛" },
  { name: "田横岛海域", zone: "sea", category: "海岛 island waters", center: [120.93, 36.415], semiMajorKm: 6, semiMinorKm: 4, rotationDeg: 10, basis: "000: 鳌山湾 restoration (island position from GSHHG)" },
  { name: "丁字湾滩涂", zone: "sea", category: "滩涂湿地 tidal flat", center: [120.86, 36.6], semiMajorKm: 6, semiMinorKm: 3, rotationDeg: 20, basis: "000: 丁字湾滩涂湿地" },
  { name: "马儿岛海域", zone: "sea", category: "海岛 island waters", center: [120.8, 36.25], semiMajorKm: 5, semiMinorKm: 4, rotationDeg: 0, basis: "gazetteer 马儿岛 (崂山湾)" },
  { name: "斋堂岛海域", zone: "sea", category: "海岛 island waters", center: [119.93, 35.64], semiMajorKm: 6, semiMinorKm: 5, rotationDeg: 0, basis: "000: 黄岛 coastal waters (position assumed)" },
  { name: "唐岛湾水域", zone: "sea", category: "湿地 wetland", center: [120.19, 35.925], semiMajorKm: 3, semiMinorKm: 2, rotationDeg: 0, basis: "000: 唐岛湾国家湿地公园" },
];
