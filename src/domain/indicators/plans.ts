import type { PlanDocument, PlanId } from "./indicator-types";

/** The five plans the indicators come from, by their own titles (never by file name). */
export const PLANS: Readonly<Record<PlanId, PlanDocument>> = {
  "beautiful-qingdao-2022-2035": {
    id: "beautiful-qingdao-2022-2035",
    title: {
      zh: "山海城相融，人与自然和谐共生的美丽青岛建设规划纲要（2022-2035年）",
      en: "Outline of the Beautiful Qingdao Plan: Mountains, Sea and City in Harmony, People and Nature in Coexistence (2022–2035)",
    },
    shortTitle: { zh: "美丽青岛规划纲要", en: "Beautiful Qingdao outline" },
    issuer: { zh: "青岛市", en: "Qingdao Municipality" },
    isDraft: false,
    period: { startYear: 2022, endYear: 2035 },
  },
  "yantai-ecological-city": {
    id: "yantai-ecological-city",
    title: {
      zh: "烟台市中国北方最美生态城市建设行动方案（征求意见稿）",
      en: "Yantai Action Plan for the Most Beautiful Ecological City in Northern China (draft for comment)",
    },
    shortTitle: { zh: "烟台最美生态城市行动方案", en: "Yantai ecological city action plan" },
    issuer: { zh: "烟台市", en: "Yantai Municipality" },
    isDraft: true,
    period: { startYear: null, endYear: 2035 },
  },
  "qingdao-green-low-carbon-2023-2025": {
    id: "qingdao-green-low-carbon-2023-2025",
    title: {
      zh: "青岛市深化新旧动能转换推动绿色低碳高质量发展三年行动计划（2023—2025年）",
      en: "Qingdao Three-Year Action Plan for Deepening the Shift to New Growth Drivers and Green, Low-Carbon, High-Quality Development (2023–2025)",
    },
    shortTitle: { zh: "绿色低碳三年行动计划", en: "Green low-carbon action plan" },
    issuer: { zh: "中共青岛市委、青岛市人民政府", en: "CPC Qingdao Committee and Qingdao Municipal Government" },
    isDraft: false,
    period: { startYear: 2023, endYear: 2025 },
  },
  "qingdao-pollution-prevention": {
    id: "qingdao-pollution-prevention",
    title: {
      zh: "青岛市深入打好污染防治攻坚战实施方案",
      en: "Qingdao Implementation Plan for Fighting the Battle against Pollution in Depth",
    },
    shortTitle: { zh: "污染防治攻坚战实施方案", en: "Pollution prevention plan" },
    issuer: { zh: "青岛市", en: "Qingdao Municipality" },
    isDraft: false,
    period: { startYear: null, endYear: 2025 },
  },
  "qingdao-new-urbanization-2021-2035": {
    id: "qingdao-new-urbanization-2021-2035",
    title: {
      zh: "青岛市新型城镇化规划（2021-2035年）（公众征求意见稿）",
      en: "Qingdao New-Type Urbanization Plan (2021–2035), draft for public comment",
    },
    shortTitle: { zh: "新型城镇化规划", en: "New urbanization plan" },
    issuer: { zh: "青岛市城镇化工作领导小组办公室", en: "Qingdao Urbanization Leading Group Office" },
    isDraft: true,
    period: { startYear: 2021, endYear: 2035 },
  },
};
