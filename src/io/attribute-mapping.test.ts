import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { applyAttributeMapping, fieldNamesOf, guessAttributeMapping } from "./attribute-mapping";

describe("attribute mapping", () => {
  it("guesses Chinese and pinyin-abbreviated field names", () => {
    expect(guessAttributeMapping(["OBJECTID", "MC", "LX", "RK"])).toEqual({ name: "MC", type: "LX", population: "RK" });
    expect(guessAttributeMapping(["名称", "类型", "人口", "面积"])).toEqual({ name: "名称", type: "类型", population: "人口", areaM2: "面积" });
    expect(guessAttributeMapping(["foo"])).toEqual({});
  });

  it("copies mapped fields to canonical names, parsing numbers, without mutating the input", () => {
    const feature: Feature = {
      type: "Feature",
      properties: Object.freeze({ MC: "中山公园", RK: "1200" }),
      geometry: { type: "Point", coordinates: [120.3, 36.06] },
    };
    const input: FeatureCollection = Object.freeze({ type: "FeatureCollection", features: [Object.freeze(feature)] });
    const output = applyAttributeMapping(input, { name: "MC", population: "RK" });
    expect(output.features[0]?.properties).toEqual({ MC: "中山公园", RK: "1200", name: "中山公园", population: 1200 });
    expect(fieldNamesOf(output)).toEqual(["MC", "RK", "name", "population"]);
  });
});
