/** Park types: the union of the hierarchies in plans 000/002/004 (plan-indicators §4.1) and CJJ/T 85-2017. */
export const PARK_TYPES = [
  { value: "自然公园", en: "Nature park (incl. scenic area)", color: "#2d6a4f" },
  { value: "郊野公园", en: "Country park", color: "#40916c" },
  { value: "综合公园", en: "Comprehensive park", color: "#52b788" },
  { value: "专类公园", en: "Specialised park", color: "#95d5b2" },
  { value: "山体公园", en: "Hill park", color: "#74a57f" },
  { value: "社区公园", en: "Community park", color: "#8ac926" },
  { value: "廊道公园", en: "Corridor park", color: "#b5e48c" },
  { value: "口袋公园", en: "Pocket park", color: "#d9ed92" },
] as const;

export type ParkType = (typeof PARK_TYPES)[number]["value"];

/** A named park at its approximate real location (gazetteer.json; `crs` GCJ-02 ones are converted with gcoord). */
export interface NamedPark {
  name: string;
  type: ParkType;
  lon: number;
  lat: number;
  crs: "WGS84" | "GCJ-02";
  /** Target area in hectares (gazetteer areaHa where known, otherwise assumed). */
  areaHa: number;
  aspect: number;
  rotationDeg: number;
  basis: string;
}

export const NAMED_PARKS: readonly NamedPark[] = [
  {
    name: "中山公园",
    type: "综合公园",
    lon: 120.344444,
    lat: 36.063889,
    crs: "WGS84",
    areaHa: 73.3,
    aspect: 1.4,
    rotationDeg: 30,
    basis: "gazetteer (zh Wikipedia), 73.3 ha",
  },
  {
    name: "太平山中央公园",
    type: "综合公园",
    lon: 120.372,
    lat: 36.079,
    crs: "WGS84",
    areaHa: 180,
    aspect: 1.6,
    rotationDeg: 20,
    basis: "002: 太平山中央公园 (position assumed: 太平山 east of 中山公园)",
  },
  {
    name: "青岛植物园",
    type: "专类公园",
    lon: 120.353,
    lat: 36.073,
    crs: "WGS84",
    areaHa: 40,
    aspect: 1.3,
    rotationDeg: 0,
    basis: "not located in gazetteer; assumed on 太平山's west slope",
  },
  {
    name: "浮山森林公园",
    type: "郊野公园",
    lon: 120.431,
    lat: 36.104,
    crs: "GCJ-02",
    areaHa: 698.98,
    aspect: 1.7,
    rotationDeg: 10,
    basis: "002; gazetteer, 698.98 ha",
  },
  { name: "信号山公园", type: "山体公园", lon: 120.335, lat: 36.0684, crs: "GCJ-02", areaHa: 6.39, aspect: 1.2, rotationDeg: 0, basis: "gazetteer, 6.39 ha" },
  { name: "小鱼山公园", type: "山体公园", lon: 120.3436, lat: 36.0596, crs: "GCJ-02", areaHa: 2.5, aspect: 1.2, rotationDeg: 0, basis: "gazetteer, 2.5 ha" },
  {
    name: "八大关景区",
    type: "专类公园",
    lon: 120.3667,
    lat: 36.0528,
    crs: "GCJ-02",
    areaHa: 70,
    aspect: 1.8,
    rotationDeg: 0,
    basis: "000: 八大关景区; gazetteer, 70 ha",
  },
  { name: "五四广场", type: "专类公园", lon: 120.3801889, lat: 36.0612139, crs: "WGS84", areaHa: 10, aspect: 1.5, rotationDeg: 0, basis: "gazetteer, 10 ha" },
  {
    name: "李村公园",
    type: "综合公园",
    lon: 120.42,
    lat: 36.166,
    crs: "WGS84",
    areaHa: 30,
    aspect: 1.4,
    rotationDeg: 40,
    basis: "gazetteer proxy (李村 bbox); area assumed",
  },
  {
    name: "百果山森林公园",
    type: "郊野公园",
    lon: 120.505,
    lat: 36.22,
    crs: "WGS84",
    areaHa: 300,
    aspect: 1.4,
    rotationDeg: 30,
    basis: "gazetteer proxy bbox; area assumed",
  },
  {
    name: "青岛世界园艺博览会（世博园）",
    type: "专类公园",
    lon: 120.472,
    lat: 36.188,
    crs: "WGS84",
    areaHa: 241,
    aspect: 1.5,
    rotationDeg: 20,
    basis: "gazetteer proxy bbox, 241 ha",
  },
  {
    name: "城阳世纪公园",
    type: "综合公园",
    lon: 120.395,
    lat: 36.302,
    crs: "WGS84",
    areaHa: 45,
    aspect: 1.5,
    rotationDeg: 0,
    basis: "not located in gazetteer; assumed near 城阳 centre",
  },
  {
    name: "唐岛湾公园",
    type: "综合公园",
    lon: 120.1945,
    lat: 35.9558,
    crs: "GCJ-02",
    areaHa: 60,
    aspect: 2.5,
    rotationDeg: 10,
    basis: "000: 唐岛湾国家湿地公园; gazetteer 唐岛湾滨海公园",
  },
  {
    name: "少海国家湿地公园",
    type: "自然公园",
    lon: 120.07,
    lat: 36.262,
    crs: "WGS84",
    areaHa: 612.5,
    aspect: 2,
    rotationDeg: 20,
    basis: "000; gazetteer 612.5 ha (position assumed east of 胶州)",
  },
  {
    name: "大沽河湿地公园",
    type: "自然公园",
    lon: 120.11,
    lat: 36.178,
    crs: "WGS84",
    areaHa: 500,
    aspect: 2.2,
    rotationDeg: 0,
    basis: "gazetteer 大沽河湿地 bbox (1,350 ha incl. water)",
  },
  {
    name: "午山公园",
    type: "山体公园",
    lon: 120.462,
    lat: 36.125,
    crs: "WGS84",
    areaHa: 60,
    aspect: 1.3,
    rotationDeg: 0,
    basis: "bandao.cn: 午山 ring greenway (position assumed)",
  },
  {
    name: "小珠山国家森林公园",
    type: "自然公园",
    lon: 120.09,
    lat: 35.975,
    crs: "WGS84",
    areaHa: 1500,
    aspect: 1.5,
    rotationDeg: 35,
    basis: "000: 大小珠山 (position assumed)",
  },
  {
    name: "大珠山风景区",
    type: "自然公园",
    lon: 120.0,
    lat: 35.8,
    crs: "WGS84",
    areaHa: 800,
    aspect: 1.4,
    rotationDeg: 45,
    basis: "000: 大小珠山 (position assumed)",
  },
  {
    name: "大泽山风景区",
    type: "自然公园",
    lon: 119.92,
    lat: 36.98,
    crs: "WGS84",
    areaHa: 1000,
    aspect: 1.6,
    rotationDeg: 10,
    basis: "000; gazetteer 大泽山 proxy",
  },
  {
    name: "灵山岛",
    type: "自然公园",
    lon: 120.17,
    lat: 35.765,
    crs: "WGS84",
    areaHa: 800,
    aspect: 1.2,
    rotationDeg: 80,
    basis: "002: 灵山岛省级自然保护区 (clipped to the island)",
  },
  {
    name: "莱西湖湿地公园",
    type: "自然公园",
    lon: 120.45,
    lat: 36.955,
    crs: "WGS84",
    areaHa: 400,
    aspect: 1.6,
    rotationDeg: 30,
    basis: "004: 莱西湖 (position assumed)",
  },
  {
    name: "石老人海水浴场",
    type: "专类公园",
    lon: 120.4894,
    lat: 36.0864,
    crs: "GCJ-02",
    areaHa: 20,
    aspect: 3,
    rotationDeg: 0,
    basis: "gazetteer (clipped to land)",
  },
];

/**
 * Generated parks per type placed at seeded sites (urban: inside the urban development boundary; edge: around the
 * clusters; river: beside the schematic rivers). With the named and the neighbourhood parks they total about the
 * city's 966 parks (peers.md: "966 parks"; 千园之城 target 1,000).
 */
export const GENERATED_PARKS: readonly { type: ParkType; count: number; minM2: number; maxM2: number; where: "urban" | "edge" | "river" }[] = [
  { type: "综合公园", count: 36, minM2: 100_000, maxM2: 500_000, where: "urban" },
  { type: "专类公园", count: 28, minM2: 20_000, maxM2: 300_000, where: "urban" },
  { type: "山体公园", count: 45, minM2: 50_000, maxM2: 800_000, where: "edge" },
  { type: "郊野公园", count: 12, minM2: 1_000_000, maxM2: 4_000_000, where: "edge" },
  { type: "廊道公园", count: 25, minM2: 15_000, maxM2: 80_000, where: "river" },
];

/** A type of park seeded into the residential clusters (see NEIGHBOURHOOD_PARKS). */
export interface NeighbourhoodParkSpec {
  type: ParkType;
  count: number;
  /** Area range in m² (log-uniform); kept off the 1 ha class boundary so rounding never moves a park across it. */
  minM2: number;
  maxM2: number;
  /** Service radius of the park's class under rule set qingdao-300-500 (≥ 400 m² → 300 m, ≥ 1 ha → 500 m). */
  radiusM: 300 | 500;
  /**
   * Parks of this type first fill coverage gaps (口袋公园建设指南 2024: prioritise areas lacking service-radius
   * coverage) until the estimated overall coverage reaches this share; the rest infill neighbourhoods that are
   * already served, so the total stays near the official figure (standards.md §2.1: Qingdao 86.62 %) and below
   * the plan target (plan-indicators P2: ≥ 95 % by 2035).
   */
  gapFillUntil: number;
}

/** Community and pocket parks, seeded on street blocks between the residential parcels. */
export const NEIGHBOURHOOD_PARKS: readonly NeighbourhoodParkSpec[] = [
  { type: "社区公园", count: 440, minM2: 10_500, maxM2: 90_000, radiusM: 500, gapFillUntil: 0.7 },
  { type: "口袋公园", count: 410, minM2: 420, maxM2: 9_500, radiusM: 300, gapFillUntil: 0.85 },
];
