import type { FeatureCollection } from "geojson";
import { expect, it } from "vitest";
import { tableRows } from "./table-rows";

const parks = (): FeatureCollection => ({
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: { name: "中山公园", areaM2: 695000 }, geometry: null as never },
    { type: "Feature", properties: { name: "小鱼山公园", areaM2: 24700 }, geometry: null as never },
    { type: "Feature", properties: { name: "信号山公园" }, geometry: null as never },
  ],
});

it("searches every attribute and keeps the original order without a sort key", () => {
  expect(tableRows(parks(), { search: "山", sortKey: null, sortDirection: "ascending" })).toEqual([0, 1, 2]);
  expect(tableRows(parks(), { search: "小鱼", sortKey: null, sortDirection: "ascending" })).toEqual([1]);
});

it("sorts numbers numerically with empty values last, both directions", () => {
  expect(tableRows(parks(), { search: "", sortKey: "areaM2", sortDirection: "ascending" })).toEqual([1, 0, 2]);
  expect(tableRows(parks(), { search: "", sortKey: "areaM2", sortDirection: "descending" })).toEqual([0, 1, 2]);
});
