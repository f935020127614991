import type { Position } from "geojson";
import type { RegionId } from "../../../../src/domain/layer-meta";

/** Beautiful-bay (美丽海湾) status as the plans state it. */
export type BayStatus = "built" | "target-2025" | "target-2030" | "target-2035" | "phased";

/**
 * A bay is the sea between the real shoreline and its mouth: `mouth` bays close the shore path between
 * the two shore points snapped from `mouth[0]` and `mouth.at(-1)` with the (poly)line `mouth`; `band`
 * bays (open coastal segments, 岸段/前海) take the sea within `widthKm` of the shore path between the
 * two points. Points are WGS84 and approximate (gazetteer.json, or read off the GSHHG shoreline).
 */
export interface BayDefinition {
  name: string;
  nameEn: string;
  region: RegionId;
  shape: "mouth" | "band";
  mouth: Position[];
  widthKm?: number;
  status: BayStatus;
  targetYear: number | null;
  /** The plan sentence the status comes from (file name of the seed). */
  statusSource: string;
}

const BUILT = "003_98e9e5b7559871ba.txt: 巩固灵山湾“美丽海湾”建设成效";
const BY_2025 = "003_98e9e5b7559871ba.txt: 到 2025 年，崂山湾、西岸前海湾区基本建成“美丽海湾”";
const BY_2030 = "000_0885f754daa3f14c.txt: 2030年前，东岸前海、胶州湾、古镇口-董家口湾区基本建成“美丽海湾”";
const BY_2035 = "000_0885f754daa3f14c.txt: 2035年前，实现青岛市“美丽海湾”建设全覆盖";
const YANTAI = "001_6ce19205ef99f1a3.txt: 梯次推进四十里湾、龙口岸段、蓬莱湾区、海阳岸段等美丽海湾建设工作，稳步实现美丽海湾建设全覆盖";

/** In build order: each bay is cut by the bays before it, so none overlap. */
export const BAY_DEFINITIONS: readonly BayDefinition[] = [
  {
    name: "胶州湾",
    nameEn: "Jiaozhou Bay",
    region: "qingdao",
    shape: "mouth",
    mouth: [
      [120.287, 36.044],
      [120.277, 36.013],
    ],
    status: "target-2030",
    targetYear: 2030,
    statusSource: BY_2030,
  },
  {
    name: "唐岛湾",
    nameEn: "Tangdao Bay",
    region: "qingdao",
    shape: "mouth",
    mouth: [
      [120.1687, 35.8992],
      [120.145, 35.909],
    ],
    status: "target-2035",
    targetYear: 2035,
    statusSource: BY_2035,
  },
  {
    name: "灵山湾",
    nameEn: "Lingshan Bay",
    region: "qingdao",
    shape: "mouth",
    mouth: [
      [120.187, 35.899],
      [120.025, 35.745],
    ],
    status: "built",
    targetYear: null,
    statusSource: BUILT,
  },
  {
    name: "古镇口湾",
    nameEn: "Guzhenkou Bay",
    region: "qingdao",
    shape: "mouth",
    mouth: [
      [119.967, 35.742],
      [119.946, 35.73],
    ],
    status: "target-2030",
    targetYear: 2030,
    statusSource: BY_2030,
  },
  {
    name: "董家口",
    nameEn: "Dongjiakou",
    region: "qingdao",
    shape: "band",
    mouth: [
      [119.72, 35.6],
      [119.86, 35.63],
    ],
    widthKm: 4,
    status: "target-2030",
    targetYear: 2030,
    statusSource: BY_2030,
  },
  {
    name: "鳌山湾",
    nameEn: "Aoshan Bay",
    region: "qingdao",
    shape: "mouth",
    mouth: [
      [120.728, 36.334],
      [120.83, 36.378],
    ],
    status: "target-2035",
    targetYear: 2035,
    statusSource: BY_2035,
  },
  {
    name: "丁字湾",
    nameEn: "Dingzi Bay",
    region: "qingdao",
    shape: "mouth",
    mouth: [
      [120.965, 36.548],
      [120.975, 36.585],
    ],
    status: "target-2035",
    targetYear: 2035,
    statusSource: BY_2035,
  },
  {
    name: "崂山湾",
    nameEn: "Laoshan Bay",
    region: "qingdao",
    shape: "band",
    mouth: [
      [120.69, 36.14],
      [120.728, 36.334],
    ],
    widthKm: 7,
    status: "target-2025",
    targetYear: 2025,
    statusSource: BY_2025,
  },
  {
    name: "东岸前海",
    nameEn: "East-shore front sea",
    region: "qingdao",
    shape: "band",
    mouth: [
      [120.287, 36.044],
      [120.5, 36.088],
    ],
    widthKm: 4,
    status: "target-2030",
    targetYear: 2030,
    statusSource: BY_2030,
  },
  {
    name: "西岸前海",
    nameEn: "West-shore front sea",
    region: "qingdao",
    shape: "band",
    mouth: [
      [120.277, 36.013],
      [120.187, 35.899],
    ],
    widthKm: 4,
    status: "target-2025",
    targetYear: 2025,
    statusSource: BY_2025,
  },
  {
    name: "四十里湾",
    nameEn: "Sishili Bay",
    region: "yantai",
    shape: "mouth",
    mouth: [
      [121.425, 37.598],
      [121.65, 37.46],
    ],
    status: "phased",
    targetYear: null,
    statusSource: YANTAI,
  },
  {
    name: "龙口岸段",
    nameEn: "Longkou coastal segment",
    region: "yantai",
    shape: "band",
    mouth: [
      [120.17, 37.52],
      [120.56, 37.76],
    ],
    widthKm: 5,
    status: "phased",
    targetYear: null,
    statusSource: YANTAI,
  },
  {
    name: "蓬莱湾区",
    nameEn: "Penglai bay area",
    region: "yantai",
    shape: "band",
    mouth: [
      [120.6, 37.79],
      [120.92, 37.8],
    ],
    widthKm: 6,
    status: "phased",
    targetYear: null,
    statusSource: YANTAI,
  },
  {
    name: "海阳岸段",
    nameEn: "Haiyang coastal segment",
    region: "yantai",
    shape: "band",
    mouth: [
      [121.0, 36.67],
      [121.36, 36.74],
    ],
    widthKm: 5,
    status: "phased",
    targetYear: null,
    statusSource: YANTAI,
  },
];
