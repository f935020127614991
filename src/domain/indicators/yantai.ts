import type { Indicator, IndicatorTarget } from "./indicator-types";

const YANTAI = "yantai-ecological-city";

const NO_NUMBER = {
  zh: "烟台行动方案（征求意见稿）未设定量化目标，此处列出相关表述",
  en: "The Yantai action plan (draft) sets no numeric target; the related sentence is listed.",
};

const qualitative = (quote: string): IndicatorTarget => ({ value: null, year: null, planId: YANTAI, quote, note: NO_NUMBER });

/**
 * Yantai (plan-indicators §0: the action plan has no quantitative targets, only target years 2027/2035).
 * The app still measures the computable indicators; targets are the plan's qualitative sentences.
 */
export const YANTAI_INDICATORS: readonly Indicator[] = [
  {
    id: "park-service-coverage",
    name: { zh: "公园绿地服务半径覆盖率", en: "Park service-radius coverage" },
    unit: "percent",
    direction: "at-least",
    theme: "green",
    metric: "parkCoverage.ratio",
    targets: [qualitative("构建城乡公园体系。植入社区口袋公园和街头绿地，实现绿地均衡化布局")],
  },
  {
    id: "park-area-per-capita",
    name: { zh: "人均公园绿地面积", en: "Park green space per capita" },
    unit: "square-metres-per-person",
    direction: "at-least",
    theme: "green",
    metric: "parks.areaPerCapitaM2",
    targets: [],
  },
  {
    id: "park-count",
    name: { zh: "公园数量", en: "Number of parks" },
    unit: "count",
    direction: "at-least",
    theme: "green",
    metric: "parks.count",
    targets: [],
  },
  {
    id: "greenway-length",
    name: { zh: "绿道（慢行步道）里程", en: "Greenway (slow-travel path) length" },
    unit: "kilometres",
    direction: "at-least",
    theme: "green",
    metric: "greenways.lengthKm",
    targets: [qualitative("连通城市慢行步道与林荫路系统，串联城乡公园、绿地广场")],
  },
  {
    id: "greenway-service-coverage",
    name: { zh: "绿道服务半径覆盖率", en: "Greenway service-radius coverage" },
    unit: "percent",
    direction: "at-least",
    theme: "green",
    metric: "greenways.coverageRatio",
    targets: [],
  },
  {
    id: "natural-shoreline-share",
    name: { zh: "自然岸线保有率", en: "Natural shoreline retention rate" },
    unit: "percent",
    direction: "at-least",
    theme: "blue",
    metric: "shoreline.naturalRatio",
    targets: [qualitative("严格岸线开发管控，每季度开展自然岸线动态监测")],
  },
  {
    id: "coastline-length",
    name: { zh: "海岸线长度", en: "Coastline length" },
    unit: "kilometres",
    direction: "at-least",
    theme: "blue",
    metric: "shoreline.lengthKm",
    targets: [],
  },
  {
    id: "beautiful-bays",
    name: { zh: "美丽海湾", en: "Beautiful bays" },
    unit: "count",
    direction: "at-least",
    theme: "blue",
    metric: "bays.beautifulBayCount",
    targets: [
      {
        value: 4,
        year: null,
        planId: YANTAI,
        places: ["四十里湾", "龙口岸段", "蓬莱湾区", "海阳岸段"],
        quote: "梯次推进四十里湾、龙口岸段、蓬莱湾区、海阳岸段等美丽海湾建设工作，稳步实现美丽海湾建设全覆盖",
        note: {
          zh: "“梯次推进”，未给年份；方案目标年为 2027 年和 2035 年",
          en: "“Phased”, with no year; the plan's horizons are 2027 and 2035.",
        },
      },
    ],
  },
  {
    id: "ecological-red-line-area",
    name: { zh: "生态保护红线面积", en: "Ecological red line area" },
    unit: "square-kilometres",
    direction: "at-least",
    theme: "ecology",
    metric: "redLine.areaKm2",
    targets: [qualitative("严格落实生态保护红线管理要求，强化生态保护红线生态破坏问题执法监管和保护修复")],
  },
];
