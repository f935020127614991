import type { Indicator } from "./indicator-types";

const BEAUTIFUL = "beautiful-qingdao-2022-2035";
const LOW_CARBON = "qingdao-green-low-carbon-2023-2025";
const POLLUTION = "qingdao-pollution-prevention";
const URBANIZATION = "qingdao-new-urbanization-2021-2035";

const FOREST_2025_QUOTE = "到 2025 年，生态质量指数稳中向好，森林覆盖率达到 15%以上，湿地保护率达到 70%以上";
const BIODIVERSITY_QUOTE = "到2035年，实现本地植物指数≥0.8，珍稀濒危物种保护率达到100%";
const LOW_CARBON_POPULATION_QUOTE = "到2025年，常住人口城镇化率达到79%左右，常住人口达到1100万人";

/** Qingdao red line, forests, biodiversity, air and urbanization (plan-indicators §1.2, 1.5, 1.6, 1.8). */
export const QINGDAO_ENVIRONMENT_INDICATORS: readonly Indicator[] = [
  {
    id: "ecological-red-line-area",
    name: { zh: "生态保护红线面积", en: "Ecological red line area" },
    unit: "square-kilometres",
    direction: "at-least",
    theme: "ecology",
    metric: "redLine.areaKm2",
    targets: [],
    note: {
      zh: "五份规划均未给出生态保护红线的面积，只要求划定、严守和监管",
      en: "None of the plans gives a red-line area; they only require it to be drawn, enforced and monitored.",
    },
  },
  {
    id: "forest-coverage",
    name: { zh: "森林覆盖率", en: "Forest coverage" },
    unit: "percent",
    direction: "at-least",
    theme: "ecology",
    targets: [
      {
        value: 15,
        year: 2025,
        planId: LOW_CARBON,
        quote: "到2025年，森林覆盖率达到15%，各类公园总数达到500个以上，建设绿道500公里以上",
      },
      {
        value: 15,
        year: 2025,
        planId: POLLUTION,
        quote: FOREST_2025_QUOTE,
        baseline: {
          value: 14.46,
          year: 2020,
          planId: URBANIZATION,
          quote: "森林覆盖率达到 14.46%，自然岸线保护率达到 40%，自然湿地保护率达到 70%",
        },
      },
    ],
  },
  {
    id: "afforestation",
    name: { zh: "完成造林", en: "Afforestation" },
    unit: "mu",
    direction: "at-least",
    theme: "ecology",
    targets: [{ value: 20_000, year: 2025, planId: POLLUTION, quote: "到 2025 年，完成造林 2 万亩，森林质量精准提升 5 万亩" }],
  },
  {
    id: "damaged-hill-restoration",
    name: { zh: "都市区破损山体修复率", en: "Restoration of damaged hills in the metropolitan area" },
    unit: "percent",
    direction: "at-least",
    theme: "ecology",
    targets: [{ value: 100, year: 2035, planId: BEAUTIFUL, quote: "到2035年，都市区破损山体修复率达到100%" }],
  },
  {
    id: "soil-erosion-treatment",
    name: { zh: "新增水土流失综合治理面积", en: "Additional soil-erosion area treated" },
    unit: "square-kilometres",
    direction: "at-least",
    theme: "ecology",
    targets: [{ value: 250, year: 2025, planId: POLLUTION, quote: "到 2025 年，全市新增水土流失综合治理面积 250 平方公里" }],
  },
  {
    id: "native-plant-index",
    name: { zh: "本地植物指数", en: "Native plant index" },
    unit: "index",
    direction: "at-least",
    theme: "ecology",
    targets: [{ value: 0.8, year: 2035, planId: BEAUTIFUL, quote: BIODIVERSITY_QUOTE }],
  },
  {
    id: "endangered-species-protection",
    name: { zh: "珍稀濒危物种保护率", en: "Protection of rare and endangered species" },
    unit: "percent",
    direction: "at-least",
    theme: "ecology",
    targets: [{ value: 100, year: 2035, planId: BEAUTIFUL, quote: BIODIVERSITY_QUOTE }],
  },
  {
    id: "protected-areas",
    name: { zh: "省级及以上自然保护地", en: "Nature protected areas at provincial level or above" },
    unit: "count",
    direction: "at-least",
    theme: "ecology",
    targets: [
      {
        value: 17,
        year: null,
        planId: LOW_CARBON,
        quote: "实施勘界立标，加强17个省级及以上自然保护地保护",
        note: { zh: "保护现有全部 17 个（规划未列名称）", en: "Protect all 17 existing areas (not named in the plan)." },
      },
    ],
  },
  {
    id: "good-air-days",
    name: { zh: "空气质量优良天数比率", en: "Share of days with good air quality" },
    unit: "percent",
    direction: "at-least",
    theme: "environment",
    targets: [
      { value: 88.8, year: 2025, planId: LOW_CARBON, quote: "到2025年，空气质量优良天数比率达到88.8%" },
      { value: 94.5, year: 2035, planId: BEAUTIFUL, quote: "到2035年，空气质量优良天数比例不低于94.5%" },
    ],
    references: [{ value: 86.3, year: 2020, planId: URBANIZATION, term: "市区空气质量优良率", quote: "市区空气质量优良率达到 86.3%" }],
  },
  {
    id: "pm25-concentration",
    name: { zh: "细颗粒物（PM2.5）浓度", en: "PM2.5 concentration" },
    unit: "micrograms-per-cubic-metre",
    direction: "at-most",
    theme: "environment",
    targets: [
      { value: 30, year: 2025, planId: LOW_CARBON, quote: "到2025年，细颗粒物（PM2.5）浓度控制在30微克/立方米以内" },
      { value: 30, year: 2025, planId: POLLUTION, quote: "细颗粒物（PM2.5）浓度控制在 30 微克/立方米" },
    ],
  },
  {
    id: "heavy-pollution-days",
    name: { zh: "重度及以上污染天数", en: "Days of heavy pollution or worse" },
    unit: "days",
    direction: "at-most",
    theme: "environment",
    targets: [{ value: 1, year: 2025, planId: POLLUTION, quote: "到 2025 年，重度及以上污染天数不超过 1 天" }],
  },
  {
    id: "urbanization-rate",
    name: { zh: "常住人口城镇化率", en: "Urbanization rate of the resident population" },
    unit: "percent",
    direction: "at-least",
    theme: "urban",
    targets: [
      { value: 78, year: 2025, planId: URBANIZATION, quote: "常住人口城镇化率达到 78% 左右" },
      { value: 79, year: 2025, planId: LOW_CARBON, quote: LOW_CARBON_POPULATION_QUOTE },
    ],
    references: [{ value: 76.34, year: 2020, planId: URBANIZATION, quote: "常住人口城镇化率达到76.34%" }],
  },
  {
    id: "resident-population",
    name: { zh: "常住人口", en: "Resident population" },
    unit: "ten-thousand-people",
    direction: "at-least",
    theme: "urban",
    targets: [{ value: 1100, year: 2025, planId: LOW_CARBON, quote: LOW_CARBON_POPULATION_QUOTE }],
    references: [{ value: 1007.17, year: 2020, planId: URBANIZATION, quote: "2020年，常住总人口达到1007.17万人" }],
  },
  {
    id: "public-transport-share",
    name: { zh: "公共交通机动化出行分担率", en: "Public-transport share of motorised trips" },
    unit: "percent",
    direction: "at-least",
    theme: "urban",
    targets: [{ value: 62, year: 2025, planId: URBANIZATION, quote: "到 2025 年，公共交通机动化出行分担率达到 62%" }],
  },
];
