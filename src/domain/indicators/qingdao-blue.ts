import type { Indicator } from "./indicator-types";

const BEAUTIFUL = "beautiful-qingdao-2022-2035";
const LOW_CARBON = "qingdao-green-low-carbon-2023-2025";
const POLLUTION = "qingdao-pollution-prevention";
const URBANIZATION = "qingdao-new-urbanization-2021-2035";

const COAST_QUOTE = "海岸线长760公里，大陆自然海岸线保有率39%，拥有120个海岛";
const RESTORE_QUOTE = "到 2025 年年底，修复滨海湿地 46 公顷，整治修复岸线 19.35 公里";
const RIVER_QUOTE = "到2035年，生态河道占比达到50%以上，省级以上重点河湖生态流量保障率达到100%";

/** Qingdao coast, bays, sea and water (plan-indicators §1.3–1.4). */
export const QINGDAO_BLUE_INDICATORS: readonly Indicator[] = [
  {
    id: "natural-shoreline-share",
    name: { zh: "自然岸线保有率", en: "Natural shoreline retention rate" },
    unit: "percent",
    direction: "at-least",
    theme: "blue",
    metric: "shoreline.naturalRatio",
    targets: [{ value: 35, year: 2025, planId: LOW_CARBON, quote: "到2025年，自然岸线保有率不低于35%" }],
    references: [
      { value: 39, year: null, planId: BEAUTIFUL, term: "大陆自然海岸线保有率", quote: COAST_QUOTE },
      { value: 40, year: 2020, planId: URBANIZATION, term: "自然岸线保护率", quote: "自然岸线保护率达到 40%" },
    ],
    note: {
      zh: "三份规划用词不同（保有率/保护率、大陆岸线/全部岸线），目标值低于两个现状值",
      en: "The plans use different terms (retention vs protection, mainland vs all shoreline); the target is below both baselines.",
    },
  },
  {
    id: "coastline-length",
    name: { zh: "海岸线长度", en: "Coastline length" },
    unit: "kilometres",
    direction: "at-least",
    theme: "blue",
    metric: "shoreline.lengthKm",
    targets: [],
    references: [{ value: 760, year: null, planId: BEAUTIFUL, quote: COAST_QUOTE }],
  },
  {
    id: "beautiful-bays",
    name: { zh: "美丽海湾", en: "Beautiful bays" },
    unit: "count",
    direction: "at-least",
    theme: "blue",
    metric: "bays.beautifulBayCount",
    targets: [
      { value: 1, year: null, planId: POLLUTION, places: ["灵山湾"], quote: "巩固灵山湾“美丽海湾”建设成效" },
      {
        value: 3,
        year: 2025,
        planId: POLLUTION,
        places: ["崂山湾", "西岸前海"],
        quote: "到 2025 年，崂山湾、西岸前海湾区基本建成“美丽海湾”",
      },
      {
        value: 6,
        year: 2030,
        planId: BEAUTIFUL,
        places: ["东岸前海", "胶州湾", "古镇口-董家口"],
        quote: "2030年前，东岸前海、胶州湾、古镇口-董家口湾区基本建成“美丽海湾”",
      },
      {
        value: 49,
        year: 2035,
        planId: BEAUTIFUL,
        quote: "2035年前，实现青岛市“美丽海湾”建设全覆盖",
        note: {
          zh: "全覆盖即六大湾区 49 个美丽海湾（同一规划：“六大湾区49个……美丽海湾建设”）",
          en: "Full coverage = the 49 beautiful bays in six bay areas named elsewhere in the same plan.",
        },
      },
    ],
    note: {
      zh: "数值为累计海湾数；规划未列出六大湾区和 49 个海湾的名称",
      en: "Values are cumulative bay counts; the plans do not name the six bay areas or the 49 bays.",
    },
  },
  {
    id: "coastal-water-quality",
    name: { zh: "近岸海域水质优良面积比例", en: "Coastal sea area with good water quality" },
    unit: "percent",
    direction: "at-least",
    theme: "blue",
    targets: [
      { value: 98.8, year: 2025, planId: LOW_CARBON, quote: "近岸海域水质优良面积比例不低于98.8%" },
      { value: 98.8, year: 2025, planId: POLLUTION, quote: "近岸海域优良水质面积比例稳定达到 98.8%" },
    ],
    references: [
      { value: 99, year: 2022, planId: BEAUTIFUL, quote: "近岸海域水质优良面积比例达到99％" },
      { value: 98.8, year: 2020, planId: URBANIZATION, quote: "近岸海域水质优良面积比例达到 98.8%" },
    ],
  },
  {
    id: "coastal-wetland-restored",
    name: { zh: "修复滨海湿地", en: "Coastal wetland restored" },
    unit: "hectares",
    direction: "at-least",
    theme: "blue",
    targets: [{ value: 46, year: 2025, planId: POLLUTION, quote: RESTORE_QUOTE }],
  },
  {
    id: "shoreline-restored",
    name: { zh: "整治修复岸线", en: "Shoreline remediated and restored" },
    unit: "kilometres",
    direction: "at-least",
    theme: "blue",
    targets: [{ value: 19.35, year: 2025, planId: POLLUTION, quote: RESTORE_QUOTE }],
  },
  {
    id: "wetland-protection",
    name: { zh: "湿地保护率", en: "Wetland protection rate" },
    unit: "percent",
    direction: "at-least",
    theme: "blue",
    targets: [
      {
        value: 70,
        year: 2025,
        planId: POLLUTION,
        quote: "到 2025 年，生态质量指数稳中向好，森林覆盖率达到 15%以上，湿地保护率达到 70%以上",
      },
    ],
    references: [
      { value: 70, year: null, planId: BEAUTIFUL, term: "自然湿地保护率", quote: "拥有6种湿地类型，自然湿地保护率70%" },
      { value: 70, year: 2020, planId: URBANIZATION, term: "自然湿地保护率", quote: "自然湿地保护率达到 70%" },
    ],
  },
  {
    id: "surface-water-class-iii",
    name: { zh: "地表水Ⅲ类及以上（优良）水体比例", en: "Surface water at Class III or better" },
    unit: "percent",
    direction: "at-least",
    theme: "blue",
    targets: [
      { value: 71.4, year: 2025, planId: LOW_CARBON, quote: "到2025年地表水Ⅲ类及以上水体比例达到71.4%" },
      { value: 71.4, year: 2025, planId: POLLUTION, quote: "地表水国控断面中水质优良水体比例达到 71.4%，消除劣 V 类水体" },
    ],
  },
  {
    id: "ecological-river-share",
    name: { zh: "生态河道占比", en: "Share of ecological river channels" },
    unit: "percent",
    direction: "at-least",
    theme: "blue",
    targets: [{ value: 50, year: 2035, planId: BEAUTIFUL, quote: RIVER_QUOTE }],
  },
  {
    id: "ecological-flow-guarantee",
    name: { zh: "省级以上重点河湖生态流量保障率", en: "Ecological-flow guarantee for key rivers and lakes" },
    unit: "percent",
    direction: "at-least",
    theme: "blue",
    targets: [{ value: 100, year: 2035, planId: BEAUTIFUL, quote: RIVER_QUOTE }],
  },
  {
    id: "model-rivers",
    name: { zh: "省级美丽幸福示范河湖", en: "Provincial model rivers and lakes" },
    unit: "count",
    direction: "at-least",
    theme: "blue",
    targets: [
      {
        value: 50,
        year: 2035,
        planId: BEAUTIFUL,
        quote: "到2035年，创建50-100条省级美丽幸福示范河湖",
        note: { zh: "目标为 50–100 条，此处取下限", en: "The target is 50–100; the lower bound is used." },
        baseline: {
          value: 23,
          year: 2022,
          planId: BEAUTIFUL,
          quote: "目前全市省级美丽幸福示范河湖数量累计达到23条（段），2022年创建了6条",
        },
      },
    ],
  },
  {
    id: "sponge-city-share",
    name: { zh: "海绵城市达标面积占建成区比重", en: "Sponge-city compliant share of the built-up area" },
    unit: "percent",
    direction: "at-least",
    theme: "blue",
    targets: [
      { value: 32.5, year: null, planId: LOW_CARBON, quote: "海绵城市达标面积占建成区面积比重达到32.5%" },
      { value: 80, year: 2030, planId: BEAUTIFUL, quote: "到2030年，全域黑臭水体基本消除，城市建成区80%以上的面积达到海绵城市标准" },
      { value: 80, year: 2035, planId: URBANIZATION, quote: "到2035年，城市建成区80%以上面积达到海绵城市建设要求" },
    ],
  },
  {
    id: "shore-power-usage",
    name: { zh: "岸电使用率", en: "Shore-power usage rate" },
    unit: "percent",
    direction: "at-least",
    theme: "blue",
    targets: [{ value: 80, year: 2035, planId: BEAUTIFUL, quote: "到2035年，全市岸电使用率提高至80%以上" }],
  },
];
