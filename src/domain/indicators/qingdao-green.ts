import type { Indicator } from "./indicator-types";

const BEAUTIFUL = "beautiful-qingdao-2022-2035";
const LOW_CARBON = "qingdao-green-low-carbon-2023-2025";
const POLLUTION = "qingdao-pollution-prevention";
const URBANIZATION = "qingdao-new-urbanization-2021-2035";

const PARK_SYSTEM_QUOTE = "建立自然公园（含风景名胜区）、郊野公园、乡村公园、城市公园、其他游憩开放空间等多层级公园体系，实现“300米见绿、500米见园”";
const PARK_2035_QUOTE = "到2035年，全市人均公园绿地面积15平方米以上，公园绿化活动场地服务半径覆盖率达95%以上";
const PARK_2025_QUOTE = "到 2025 年年底，城市建成区绿地率达到 36%以上，人均公园绿地面积达到 15 平方米";
const LOW_CARBON_2025_QUOTE = "到2025年，森林覆盖率达到15%，各类公园总数达到500个以上，建设绿道500公里以上";
const GREENWAY_2035_QUOTE = "建成768公里以上的城市绿道，服务半径覆盖率不低于70％";
const ACHIEVE_NOTE = {
  zh: "规划表述为“实现”，此处按居住用地 100% 覆盖理解；规划未规定计算方法与人口基数",
  en: "The plan says “achieve”; read here as 100 % of residential land. The plan defines no method or population base.",
};

/** Qingdao parks, green space and greenways (plan-indicators §1.1): the indicators the app can compute. */
export const QINGDAO_GREEN_INDICATORS: readonly Indicator[] = [
  {
    id: "park-service-coverage",
    name: { zh: "公园绿化活动场地服务半径覆盖率", en: "Service-radius coverage of parks and green activity spaces" },
    unit: "percent",
    direction: "at-least",
    theme: "green",
    metric: "parkCoverage.ratio",
    targets: [{ value: 95, year: 2035, planId: BEAUTIFUL, quote: PARK_2035_QUOTE }],
  },
  {
    id: "green-within-300-m",
    name: { zh: "300米见绿", en: "Green space within 300 m" },
    unit: "percent",
    direction: "at-least",
    theme: "green",
    metric: "parkCoverage.byClass.300",
    requiresRuleSet: "qingdao-300-500",
    targets: [{ value: 100, year: null, planId: BEAUTIFUL, quote: PARK_SYSTEM_QUOTE, note: ACHIEVE_NOTE }],
  },
  {
    id: "park-within-500-m",
    name: { zh: "500米见园", en: "A park within 500 m" },
    unit: "percent",
    direction: "at-least",
    theme: "green",
    metric: "parkCoverage.byClass.500",
    requiresRuleSet: "qingdao-300-500",
    targets: [{ value: 100, year: null, planId: BEAUTIFUL, quote: PARK_SYSTEM_QUOTE, note: ACHIEVE_NOTE }],
  },
  {
    id: "park-area-per-capita",
    name: { zh: "人均公园绿地面积", en: "Park green space per capita" },
    unit: "square-metres-per-person",
    direction: "at-least",
    theme: "green",
    metric: "parks.areaPerCapitaM2",
    targets: [
      { value: 15, year: 2025, planId: POLLUTION, quote: PARK_2025_QUOTE },
      { value: 15, year: 2035, planId: BEAUTIFUL, quote: PARK_2035_QUOTE },
    ],
  },
  {
    id: "park-count",
    name: { zh: "各类公园总数", en: "Parks of all types" },
    unit: "count",
    direction: "at-least",
    theme: "green",
    metric: "parks.count",
    targets: [{ value: 500, year: 2025, planId: LOW_CARBON, quote: LOW_CARBON_2025_QUOTE }],
  },
  {
    id: "greenway-length",
    name: { zh: "绿道里程", en: "Greenway length" },
    unit: "kilometres",
    direction: "at-least",
    theme: "green",
    metric: "greenways.lengthKm",
    targets: [
      { value: 500, year: 2025, planId: LOW_CARBON, quote: LOW_CARBON_2025_QUOTE },
      {
        value: 500,
        year: null,
        planId: URBANIZATION,
        term: "城乡绿道",
        quote: "优化城市绿道系统，建设 500 公里城乡绿道，有机连接城市绿地系统",
      },
      { value: 768, year: 2035, planId: BEAUTIFUL, term: "城市绿道", quote: GREENWAY_2035_QUOTE },
    ],
  },
  {
    id: "greenway-service-coverage",
    name: { zh: "绿道服务半径覆盖率", en: "Greenway service-radius coverage" },
    unit: "percent",
    direction: "at-least",
    theme: "green",
    metric: "greenways.coverageRatio",
    targets: [{ value: 70, year: 2035, planId: BEAUTIFUL, quote: GREENWAY_2035_QUOTE }],
    note: {
      zh: "规划未规定绿道服务半径，测算值取决于所选半径参数",
      en: "The plans give no greenway radius; the measured value depends on the chosen radius.",
    },
  },
  {
    id: "built-up-green-space-ratio",
    name: { zh: "城市建成区绿地率", en: "Green-space ratio of the built-up area" },
    unit: "percent",
    direction: "at-least",
    theme: "green",
    targets: [{ value: 36, year: 2025, planId: POLLUTION, quote: PARK_2025_QUOTE }],
  },
  {
    id: "built-up-green-coverage",
    name: { zh: "建成区绿化覆盖率", en: "Green coverage of the built-up area" },
    unit: "percent",
    direction: "at-least",
    theme: "green",
    targets: [{ value: 40, year: null, planId: URBANIZATION, quote: "为市民提供更多绿化休闲空间，建成区绿化覆盖率稳定在 40% 以上" }],
  },
  {
    id: "vertical-greening-rate",
    name: { zh: "立体绿化实施率", en: "Vertical greening implementation rate" },
    unit: "percent",
    direction: "at-least",
    theme: "green",
    targets: [{ value: 15, year: 2035, planId: BEAUTIFUL, quote: "到2035年，立体绿化实施率大于15%，城市绿地与公共空间市民满意度大于95%" }],
  },
  {
    id: "green-space-satisfaction",
    name: { zh: "城市绿地与公共空间市民满意度", en: "Citizen satisfaction with urban green and public space" },
    unit: "percent",
    direction: "at-least",
    theme: "green",
    targets: [{ value: 95, year: 2035, planId: BEAUTIFUL, quote: "到2035年，立体绿化实施率大于15%，城市绿地与公共空间市民满意度大于95%" }],
  },
  {
    id: "sports-ground-per-capita",
    name: { zh: "人均体育场地面积", en: "Sports-ground area per capita" },
    unit: "square-metres-per-person",
    direction: "at-least",
    theme: "green",
    targets: [{ value: 3.5, year: 2025, planId: LOW_CARBON, quote: "到2025年人均体育场地面积达到3.5平方米以上" }],
  },
];
