/**
 * Official romanised names of the Qingdao and Yantai districts and county-level cities (Hanyu Pinyin with the
 * administrative suffix, as the district layer's `nameEn` attribute holds them), keyed by the Chinese name the
 * metrics report per district.
 */
const DISTRICT_NAMES_EN: ReadonlyMap<string, string> = new Map([
  ["市南区", "Shinan District"],
  ["市北区", "Shibei District"],
  ["黄岛区", "Huangdao District (West Coast New Area)"],
  ["崂山区", "Laoshan District"],
  ["李沧区", "Licang District"],
  ["城阳区", "Chengyang District"],
  ["即墨区", "Jimo District"],
  ["胶州市", "Jiaozhou City"],
  ["平度市", "Pingdu City"],
  ["莱西市", "Laixi City"],
  ["芝罘区", "Zhifu District"],
  ["福山区", "Fushan District"],
  ["牟平区", "Muping District"],
  ["莱山区", "Laishan District"],
  ["蓬莱区", "Penglai District"],
  ["龙口市", "Longkou City"],
  ["莱阳市", "Laiyang City"],
  ["莱州市", "Laizhou City"],
  ["招远市", "Zhaoyuan City"],
  ["栖霞市", "Qixia City"],
  ["海阳市", "Haiyang City"],
]);

/** The English name of a district given its Chinese name, or undefined when it is not a Qingdao/Yantai district. */
export function districtNameEn(nameZh: string): string | undefined {
  return DISTRICT_NAMES_EN.get(nameZh);
}
