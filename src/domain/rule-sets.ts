/**
 * Named, versioned service-radius rule sets for 公园绿地服务半径覆盖率 (park service-radius coverage).
 * A park takes the radius of the largest class whose minimum area it reaches; smaller parks are not counted.
 * Sources and verification status: shared domain notes §2.1 / §2.6 (standards.md).
 */

/** One size class: parks of at least `minAreaM2` serve residential land within `radiusM`. */
interface RadiusClass {
  minAreaM2: number;
  radiusM: number;
  /** Short label of the class, e.g. "300米见绿". */
  label?: string;
}

/**
 * How a rule set's distance is meant: a straight radius from the park boundary, or a walking distance along
 * the walking network (the 生活圈 life-circle standard). Both are computed for every rule set; the measure says
 * which column is the standard's own figure.
 */
type DistanceMeasure = "radius" | "walking";

export interface RuleSet {
  /** Stable id, e.g. "gb50563-2010" or "custom:400=300,10000=500". */
  id: string;
  /** What the class distances are: radius (the park rule sets) or walking distance (life circles). */
  measure: DistanceMeasure;
  name: { zh: string; en: string };
  /** What the rule set says, where it comes from, and which values are unverified. */
  description: string;
  /** The same description in Chinese, for the Chinese interface. */
  descriptionZh: string;
  /** Sorted by ascending `minAreaM2`. */
  classes: RadiusClass[];
}

/** Default walking settings: access zone around a park, and the last stretch from the street to the door. */
const WALKING_DEFAULTS = { accessM: 30, walkBufferM: 50 } as const;

/** The walking-network method, as shown in the rule-set information (English). */
const WALKING_METHOD_EN =
  "Walking column method: (1) the walking network is split at shared vertices (lines crossing without one, bridges " +
  "and tunnels, do not connect); edge length is ellipsoidal; (2) a park's access zone is the park buffered by " +
  `accessM (default ${WALKING_DEFAULTS.accessM} m), reached at distance 0; (3) multi-source Dijkstra from where edges leave ` +
  "the zone, partial edges interpolated, up to the class distance; (4) service area = reached network buffered by " +
  `walkBufferM (default ${WALKING_DEFAULTS.walkBufferM} m); (5) coverage = residential land inside it ÷ residential land.`;

/** The walking-network method, as shown in the rule-set information (Chinese). */
const WALKING_METHOD_ZH =
  "步行列的方法：(1) 步行网络在共享节点处打断（无共享节点的交叉，如桥梁、隧道，不相连），边长为椭球长度；(2) 公园的入口区" +
  `为公园外扩 accessM（默认 ${WALKING_DEFAULTS.accessM} 米），距离记为 0；(3) 自边离开入口区处做多源 Dijkstra，部分边按线性插值，` +
  `至该级距离为止；(4) 服务区 = 可达网络外扩 walkBufferM（默认 ${WALKING_DEFAULTS.walkBufferM} 米，街道到家门的最后一段）；` +
  "(5) 覆盖率 = 服务区内居住用地 ÷ 居住用地。";

const BUILT_IN_RULE_SETS: readonly RuleSet[] = [
  {
    id: "gb50563-2010",
    measure: "radius",
    name: { zh: "GB/T 50563-2010 城市园林绿化评价标准", en: "GB/T 50563-2010 urban landscaping evaluation standard" },
    description:
      "Parks ≥ 5,000 m² serve 500 m; parks 2,000–5,000 m² serve 300 m, measured from the park boundary. " +
      "⚠ UNVERIFIED: the clause text was not retrievable; thresholds follow the commonly cited reading " +
      "(the historic-district 1,000 m² → 300 m case is not modelled).",
    descriptionZh:
      "面积 ≥ 5,000 m² 的公园服务半径 500 米，2,000–5,000 m² 的公园 300 米，自公园边界起算。⚠ 未核实：未取得条文原文，" +
      "阈值采用常见解读（历史文化街区 1,000 m² → 300 米的情形未建模）。",
    classes: [
      { minAreaM2: 2000, radiusM: 300 },
      { minAreaM2: 5000, radiusM: 500 },
    ],
  },
  {
    id: "qingdao-300-500",
    measure: "radius",
    name: { zh: "300米见绿、500米见园", en: "Green within 300 m, a park within 500 m" },
    description:
      "Policy slogan, not a formally defined metric: green spaces ≥ 400 m² (pocket-park lower bound, 口袋公园建设指南 2024) " +
      "serve 300 m (300米见绿); parks ≥ 1 ha (GB 50180-2018 residential-area park minimum) serve 500 m (500米见园). " +
      "⚠ The size thresholds are an operational reading; no national text fixes them.",
    descriptionZh:
      "政策口号而非正式定义的指标：面积 ≥ 400 m² 的绿地（口袋公园下限，口袋公园建设指南 2024）服务 300 米（300米见绿）；" +
      "面积 ≥ 1 公顷的公园（GB 50180-2018 居住区公园下限）服务 500 米（500米见园）。⚠ 面积阈值为操作性解读，无国家条文规定。",
    classes: [
      { minAreaM2: 400, radiusM: 300, label: "300米见绿" },
      { minAreaM2: 10000, radiusM: 500, label: "500米见园" },
    ],
  },
  {
    id: "gbt51346-2019",
    measure: "radius",
    name: { zh: "GB/T 51346-2019 城市绿地规划标准", en: "GB/T 51346-2019 urban green-space planning standard" },
    description:
      "Comprehensive, specialised and community parks > 1 ha serve 500 m; 游园 (small gardens) excluded. " +
      "⚠ UNVERIFIED: taken from the draft for comment; the final clause text was not retrieved.",
    descriptionZh: "综合公园、专类公园、社区公园 > 1 公顷服务 500 米；游园不计。⚠ 未核实：取自征求意见稿，未取得正式条文。",
    classes: [{ minAreaM2: 10000, radiusM: 500 }],
  },
  {
    id: "who-2016",
    measure: "radius",
    name: { zh: "世卫组织欧洲 2016", en: "WHO Europe 2016" },
    description:
      "Residents within 300 m linear distance of a green space ≥ 0.5 ha (WHO Regional Office for Europe, " +
      "Urban green spaces and health, 2016; core indicator).",
    descriptionZh: "居民 300 米直线距离内有面积 ≥ 0.5 公顷的绿地（世卫组织欧洲区域办事处《城市绿地与健康》2016，核心指标）。",
    classes: [{ minAreaM2: 5000, radiusM: 300 }],
  },
  {
    id: "life-circle-5-10-15",
    measure: "walking",
    name: { zh: "生活圈 5-10-15 分钟（步行距离）", en: "Life circles 5-10-15 min (walking distance)" },
    description:
      "WALKING distance, not a radius: GB 50180-2018 urban residential-area planning standard, 5/10/15-minute life " +
      "circles ≈ 300/500/1,000 m on foot, with the smallest park of each circle (Table 4.0.4: 0.4 ha, 1 ha, 5 ha). " +
      "Parks ≥ 4,000 m² serve 300 m, ≥ 1 ha 500 m, ≥ 5 ha 1,000 m of walking. " +
      WALKING_METHOD_EN,
    descriptionZh:
      "步行距离，而非直线半径：GB 50180-2018《城市居住区规划设计标准》5/10/15 分钟生活圈 ≈ 步行 300/500/1,000 米，各级最小公园" +
      "规模（表 4.0.4：0.4 公顷、1 公顷、5 公顷）。≥ 4,000 m² 的公园服务步行 300 米，≥ 1 公顷 500 米，≥ 5 公顷 1,000 米。" +
      WALKING_METHOD_ZH,
    classes: [
      { minAreaM2: 4000, radiusM: 300, label: "5分钟生活圈" },
      { minAreaM2: 10000, radiusM: 500, label: "10分钟生活圈" },
      { minAreaM2: 50000, radiusM: 1000, label: "15分钟生活圈" },
    ],
  },
];

/** Ids of the built-in rule sets, in display order. */
export const RULE_SET_IDS: readonly string[] = BUILT_IN_RULE_SETS.map((ruleSet) => ruleSet.id);

/** The default rule set id used by the CLI and the app. */
export const DEFAULT_RULE_SET_ID = "qingdao-300-500";

/** Default greenway service radius: 1 km (⚠ unverified convention for 绿道服务半径覆盖率, standards §2.2). */
export const DEFAULT_GREENWAY_RADIUS_M = 1000;

/** Returns every built-in rule set (copies, safe to mutate). */
export function listRuleSets(): RuleSet[] {
  return BUILT_IN_RULE_SETS.map(copyRuleSet);
}

/**
 * Resolves a rule set id: a built-in id, or `custom:<minAreaM2>=<radiusM>,...` (e.g. `custom:400=300,10000=500`).
 * @param id - rule set id
 * @returns the rule set, classes sorted by ascending minimum area
 * @throws Error with a one-line message when the id is unknown or malformed
 * @example resolveRuleSet("who-2016").classes // [{ minAreaM2: 5000, radiusM: 300 }]
 */
export function resolveRuleSet(id: string): RuleSet {
  const builtIn = BUILT_IN_RULE_SETS.find((ruleSet) => ruleSet.id === id);
  if (builtIn) return copyRuleSet(builtIn);
  if (id.startsWith("custom:")) return parseCustomRuleSet(id);
  throw new Error(`unknown rule set "${id}" (known: ${RULE_SET_IDS.join(", ")}, custom:<minAreaM2>=<radiusM>,...)`);
}

function parseCustomRuleSet(id: string): RuleSet {
  const body = id.slice("custom:".length).trim();
  const classes: RadiusClass[] = [];
  for (const part of body.split(",")) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!match) throw new Error(`malformed custom rule set "${id}": expected custom:<minAreaM2>=<radiusM>,...`);
    const minAreaM2 = Number(match[1]);
    const radiusM = Number(match[2]);
    if (!(radiusM > 0)) throw new Error(`malformed custom rule set "${id}": radius must be > 0`);
    if (classes.some((existing) => existing.minAreaM2 === minAreaM2)) {
      throw new Error(`malformed custom rule set "${id}": duplicate minimum area ${minAreaM2}`);
    }
    classes.push({ minAreaM2, radiusM });
  }
  classes.sort((a, b) => a.minAreaM2 - b.minAreaM2);
  const canonical = `custom:${classes.map((c) => `${c.minAreaM2}=${c.radiusM}`).join(",")}`;
  return {
    id: canonical,
    measure: "radius",
    name: { zh: "自定义", en: "Custom" },
    description: `User-defined classes: ${classes.map((c) => `≥ ${c.minAreaM2} m² → ${c.radiusM} m`).join("; ")}.`,
    descriptionZh: `用户自定义分级：${classes.map((c) => `≥ ${c.minAreaM2} m² → ${c.radiusM} 米`).join("；")}。`,
    classes,
  };
}

function copyRuleSet(ruleSet: RuleSet): RuleSet {
  return { ...ruleSet, name: { ...ruleSet.name }, classes: ruleSet.classes.map((c) => ({ ...c })) };
}
