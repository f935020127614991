import type { RegionId } from "../layer-meta";
import type { Indicator } from "./indicator-types";
import { QINGDAO_BLUE_INDICATORS } from "./qingdao-blue";
import { QINGDAO_ENVIRONMENT_INDICATORS } from "./qingdao-environment";
import { QINGDAO_GREEN_INDICATORS } from "./qingdao-green";
import { YANTAI_INDICATORS } from "./yantai";

/** Every plan indicator per region, computable ones first within each theme file. */
export const INDICATOR_REGISTRY: Readonly<Record<RegionId, readonly Indicator[]>> = {
  qingdao: [...QINGDAO_GREEN_INDICATORS, ...QINGDAO_BLUE_INDICATORS, ...QINGDAO_ENVIRONMENT_INDICATORS],
  yantai: YANTAI_INDICATORS,
};
