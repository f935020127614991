import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { categorize, graduate, suggestStyleField } from "./classify-attribute";

const layer = (values: unknown[]): FeatureCollection => ({
  type: "FeatureCollection",
  features: values.map((value) => ({ type: "Feature", properties: { value }, geometry: { type: "Point", coordinates: [120, 36] } })),
});

const rows = (properties: Record<string, unknown>[]): FeatureCollection => ({
  type: "FeatureCollection",
  features: properties.map((row) => ({ type: "Feature", properties: row, geometry: { type: "Point", coordinates: [120, 36] } })),
});

it("orders categories by frequency and skips empty values, without colours", () => {
  const categories = categorize(layer(["社区公园", "口袋公园", "口袋公园", null, ""]), "value");
  expect(categories).toEqual([
    { value: "口袋公园", count: 2 },
    { value: "社区公园", count: 1 },
  ]);
});

describe("graduate", () => {
  const oneToTen = layer([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  it("makes equal-interval limits", () => {
    expect(graduate(oneToTen, "value", 3, "equal-interval")).toEqual({ property: "value", breaks: [4, 7], min: 1, max: 10 });
  });

  it("makes quantile limits with equal counts", () => {
    const breaks = graduate(oneToTen, "value", 5, "quantile")?.breaks ?? [];
    [2.8, 4.6, 6.4, 8.2].forEach((limit, index) => expect(breaks[index]).toBeCloseTo(limit, 9));
  });

  it("finds natural breaks (Jenks / ckmeans) between clusters", () => {
    const clustered = layer([1, 2, 3, 50, 51, 52, 900, 901, 905]);
    expect(graduate(clustered, "value", 3, "natural-breaks")?.breaks).toEqual([50, 900]);
  });

  it("clamps the class count to 3–9 and to the distinct values", () => {
    expect(graduate(oneToTen, "value", 20, "equal-interval")?.breaks).toHaveLength(8);
    expect(graduate(oneToTen, "value", 1, "equal-interval")?.breaks).toHaveLength(2);
    expect(graduate(layer([1, 1, 1, 2, 2, 3]), "value", 9, "natural-breaks")?.breaks).toEqual([2, 3]);
  });

  it("needs two distinct numbers", () => {
    expect(graduate(layer([4, 4, "x"]), "value")).toBeNull();
  });
});

describe("suggestStyleField", () => {
  const parks = rows([
    { id: "park-1", fid: 1, name: "中山公园", type: "综合公园", areaM2: 731397 },
    { id: "park-2", fid: 2, name: "八大关", type: "专类公园", areaM2: 12000 },
    { id: "park-3", fid: 3, name: "口袋", type: "综合公园", areaM2: 800 },
  ]);
  const fields = ["id", "fid", "name", "type", "areaM2"];

  it("suggests a type field for categories and the first measure for graduated colours", () => {
    expect(suggestStyleField(parks, fields, "categories")).toBe("type");
    expect(suggestStyleField(parks, fields, "graduated")).toBe("areaM2");
  });

  it("never suggests identifiers or a text field unique per feature", () => {
    const unique = rows([
      { id: 1, code: "a", label: "x" },
      { id: 2, code: "b", label: "y" },
    ]);
    expect(suggestStyleField(unique, ["id", "code", "label"], "categories")).toBeUndefined();
    expect(suggestStyleField(unique, ["id", "code", "label"], "graduated")).toBeUndefined();
  });
});
