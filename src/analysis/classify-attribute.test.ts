import type { FeatureCollection } from "geojson";
import { expect, it } from "vitest";
import { categorize, graduate } from "./classify-attribute";

const layer = (values: unknown[]): FeatureCollection => ({
  type: "FeatureCollection",
  features: values.map((value) => ({ type: "Feature", properties: { value }, geometry: { type: "Point", coordinates: [120, 36] } })),
});

it("orders categories by frequency and skips empty values", () => {
  const categories = categorize(layer(["社区公园", "口袋公园", "口袋公园", null, ""]), "value");
  expect(categories.map((category) => category.value)).toEqual(["口袋公园", "社区公园"]);
  expect(new Set(categories.map((category) => category.color)).size).toBe(2);
});

it("makes quantile breaks with one more colour than breaks", () => {
  const style = graduate(layer([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), "value");
  expect(style?.breaks).toEqual([3, 5, 7, 9]);
  expect(style?.colors).toHaveLength(5);
  expect(graduate(layer([4, 4, "x"]), "value")).toBeNull();
});
