import type { FeatureCollection } from "geojson";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPinyin } from "./load-pinyin";
import type { PinyinReadings } from "./pinyin-match";
import { buildPlaceIndex, type PlaceIndex, searchPlaces } from "./place-search";

const points = (names: (string | Record<string, string>)[]): FeatureCollection => ({
  type: "FeatureCollection",
  features: names.map((name, index) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [120 + index / 100, 36] },
    properties: typeof name === "string" ? { name } : name,
  })),
});

let readings: PinyinReadings;
let index: PlaceIndex;

beforeAll(async () => {
  readings = await loadPinyin();
  index = buildPlaceIndex(
    [
      { layerId: "parks", kind: "park", collection: points(["中山公园", "中山路口袋公园", "浮山森林公园", "太平山中央公园"]) },
      { layerId: "bays", kind: "bay", collection: points([{ name: "胶州湾", nameEn: "Jiaozhou Bay" }, { name: "鳌山湾" }]) },
      { layerId: "islands", kind: "island", collection: points(["长岛", "芝罘岛", { note: "无名" }]) },
      { layerId: "districts", kind: "district", collection: points(["市南区", "崂山区"]) },
    ],
    readings,
  );
});

const names = (query: string) => searchPlaces(index, query).map((match) => match.name);

describe("searchPlaces", () => {
  it("finds 中山公园 by its Chinese name, first for an exact name", () => {
    expect(names("中山公园")[0]).toBe("中山公园");
    expect(names("中山")).toEqual(["中山公园", "中山路口袋公园"]);
    expect(names("森林")).toEqual(["浮山森林公园"]);
  });

  it("finds 中山公园 by full tone-less pinyin, with or without spaces and tone marks", () => {
    for (const query of ["zhongshan", "ZhongShan", "zhong shan", "zhōngshān", "zhongshangongyuan"]) expect(names(query)[0], query).toBe("中山公园");
    expect(searchPlaces(index, "zhongshangongyuan")[0]?.matchedBy).toBe("pinyin");
  });

  it("finds places by initials and by a mix of syllables and initials", () => {
    expect(names("zsgy")).toEqual(["中山公园"]);
    expect(searchPlaces(index, "zsgy")[0]?.matchedBy).toBe("initials");
    expect(names("zhongsgy")).toEqual(["中山公园"]);
    expect(names("fsslgy")).toEqual(["浮山森林公园"]);
  });

  it("matches inside a name and ranks whole-name matches first", () => {
    expect(names("gongyuan")[0]).toBe("中山公园");
    expect(names("gongyuan")).toHaveLength(4);
    expect(names("laoshan")).toEqual(["崂山区"]);
    expect(names("aoshanwan")).toEqual(["鳌山湾"]);
  });

  it("understands polyphones, English names and returns the feature's place", () => {
    expect(names("changdao")).toEqual(["长岛"]);
    expect(names("zhifu")).toEqual(["芝罘岛"]);
    expect(names("jiaozhou bay")).toEqual(["胶州湾"]);
    expect(searchPlaces(index, "jzw")[0]).toMatchObject({ layerId: "bays", featureIndex: 0, kind: "bay" });
  });

  it("returns nothing for empty or unmatched queries, and skips unnamed features", () => {
    expect(names("  ")).toEqual([]);
    expect(names("xyzq")).toEqual([]);
    expect(index.entries.some((entry) => entry.layerId === "islands" && entry.featureIndex === 2)).toBe(false);
  });

  it("works with any injected reading function (no dictionary in the module)", () => {
    const fake: PinyinReadings = (text) => [...text].map((character) => (character === "湾" ? ["wān"] : ["lǜ"]));
    const fakeIndex = buildPlaceIndex([{ layerId: "x", collection: points(["绿湾"]) }], fake);
    expect(searchPlaces(fakeIndex, "lvwan")[0]?.name).toBe("绿湾");
    expect(searchPlaces(fakeIndex, "luwan")[0]?.name).toBe("绿湾");
    expect(searchPlaces(fakeIndex, "lw")[0]?.matchedBy).toBe("initials");
  });

  it("limits the result count", () => {
    expect(searchPlaces(index, "g", 2)).toHaveLength(2);
  });
});
