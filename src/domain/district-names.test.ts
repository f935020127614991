import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { districtNameEn } from "./district-names";

describe("districtNameEn", () => {
  it("romanises Qingdao and Yantai districts", () => {
    expect(districtNameEn("市南区")).toBe("Shinan District");
    expect(districtNameEn("芝罘区")).toBe("Zhifu District");
    expect(districtNameEn("不存在区")).toBeUndefined();
  });

  it("agrees with every district's nameEn in the shipped layer", () => {
    const data = JSON.parse(readFileSync("layers/district/data.geojson", "utf8")) as {
      features: { properties: { name: string; nameEn: string } }[];
    };
    for (const { properties } of data.features) expect(districtNameEn(properties.name)).toBe(properties.nameEn);
  });
});
