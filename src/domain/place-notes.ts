import type { PlanId } from "./indicators/indicator-types";
import type { LocalizedText } from "./layer-meta";

/** A short card for a named place: what the plans say about it, with a verbatim quote. */
export interface PlaceNote {
  /** The place's Chinese name as used in the layers' `name` property. */
  name: string;
  summary: LocalizedText;
  plan: PlanId;
  /** Verbatim sentence fragment from the plan (a test checks it against the plan text). */
  quote: string;
}

/** Cards for the places residents most often look up; text drawn from the plans. */
export const PLACE_NOTES: readonly PlaceNote[] = [
  {
    name: "崂山",
    summary: { zh: "中国海岸线最高峰，青岛三大山群之一。", en: "The highest peak on China's coastline; one of Qingdao's three mountain groups." },
    plan: "beautiful-qingdao-2022-2035",
    quote: "崂山是中国海岸线最高峰",
  },
  {
    name: "胶州湾",
    summary: { zh: "青岛的生态核心和蓝色湾区，建设国家级海洋公园。", en: "Qingdao's ecological core and blue bay area, site of a national marine park." },
    plan: "beautiful-qingdao-2022-2035",
    quote: "筑牢胶州湾生态核心，打造蓝色湾区",
  },
  {
    name: "大沽河",
    summary: { zh: "贯穿青岛的生态中轴，九大水系之首。", en: "The ecological central axis of Qingdao, first of its nine river systems." },
    plan: "qingdao-new-urbanization-2021-2035",
    quote: "以大沽河为生态中轴",
  },
  {
    name: "鳌山湾",
    summary: { zh: "城市“两翼”之一，滨海生态带的主要湾区。", en: "One of the city's two wings; a main bay of the coastal ecological belt." },
    plan: "qingdao-new-urbanization-2021-2035",
    quote: "以鳌山湾、灵山湾为两翼",
  },
  {
    name: "灵山湾",
    summary: { zh: "美丽海湾建设的引领海湾。", en: "The lead bay of the beautiful-bay programme." },
    plan: "beautiful-qingdao-2022-2035",
    quote: "以灵山湾为引领",
  },
  {
    name: "太平山中央公园",
    summary: { zh: "市区中心的大型山体公园，高标准规划建设。", en: "A large hill park in the city centre, planned to a high standard." },
    plan: "qingdao-green-low-carbon-2023-2025",
    quote: "高标准推进太平山中央公园和浮山森林公园规划建设",
  },
  {
    name: "浮山森林公园",
    summary: { zh: "城区山头森林公园，高标准规划建设。", en: "An urban hill forest park, planned to a high standard." },
    plan: "qingdao-green-low-carbon-2023-2025",
    quote: "高标准推进太平山中央公园和浮山森林公园规划建设",
  },
  {
    name: "大泽山",
    summary: { zh: "北部大泽山—大青山之秀，三大山群之一。", en: "The northern Dazeshan–Daqingshan range, one of the three mountain groups." },
    plan: "beautiful-qingdao-2022-2035",
    quote: "北部有大泽山-大青山之秀",
  },
  {
    name: "大珠山",
    summary: { zh: "西南部大小珠山之奇，珠山—铁镢山山群。", en: "The remarkable Da/Xiao Zhushan in the south-west, part of the Zhushan–Tiejue group." },
    plan: "beautiful-qingdao-2022-2035",
    quote: "西南部有大小珠山之奇",
  },
  {
    name: "丁字湾",
    summary: { zh: "重要滩涂湿地，加强保护管理。", en: "An important tidal-flat wetland under strengthened protection." },
    plan: "beautiful-qingdao-2022-2035",
    quote: "丁字湾、胶州湾等滩涂湿地保护管理",
  },
  {
    name: "唐岛湾",
    summary: { zh: "唐岛湾国家湿地公园所在地，重要湿地。", en: "Home of the Tangdao Bay national wetland park." },
    plan: "beautiful-qingdao-2022-2035",
    quote: "加强少海、唐岛湾国家湿地公园等重要湿地",
  },
  {
    name: "白沙河",
    summary: { zh: "连通山海的蓝色廊道。", en: "A blue corridor linking mountains and sea." },
    plan: "beautiful-qingdao-2022-2035",
    quote: "畅通白沙河、墨水河等蓝色廊道和滨海绿道等绿色廊道",
  },
  {
    name: "墨水河",
    summary: { zh: "连通山海的蓝色廊道，重点流域治理。", en: "A blue corridor and a key basin for restoration." },
    plan: "beautiful-qingdao-2022-2035",
    quote: "持续推进墨水河、大沽河、北胶莱河等重点流域治理保护和生态修复",
  },
  {
    name: "李村河",
    summary: { zh: "分批创建省级美丽幸福示范河湖。", en: "To become a provincial model 'beautiful and happy' river." },
    plan: "qingdao-pollution-prevention",
    quote: "分批分级推进李村河等河流创建省级美丽幸福示范河湖",
  },
  {
    name: "四十里湾",
    summary: { zh: "烟台美丽海湾建设的重点海湾。", en: "A key Yantai bay of the beautiful-bay programme." },
    plan: "yantai-ecological-city",
    quote: "梯次推进四十里湾、龙口岸段、蓬莱湾区、海阳岸段等美丽海湾建设工作",
  },
  {
    name: "长岛",
    summary: { zh: "建设长岛国际零碳岛。", en: "To become the Changdao international zero-carbon island." },
    plan: "yantai-ecological-city",
    quote: "加快建设长岛国际零碳岛",
  },
];

/** The card for a place name, if the plans say something about it. */
export function placeNoteFor(name: string): PlaceNote | undefined {
  return PLACE_NOTES.find((note) => note.name === name);
}
