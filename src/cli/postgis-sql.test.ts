import { describe, expect, it } from "vitest";
import { quoteTable, renderStatements, template } from "./postgis-sql";

describe("SQL templates", () => {
  it("binds each :name once per statement as a typed $n, drops comments and splits at ; ending a line", () => {
    const statements = renderStatements(
      "-- uses :ignored in a comment\nSELECT :a, :b::text, :a FROM {{t}};\nSELECT :c;\n",
      { t: "(SELECT 1) AS t" },
      { a: 2, b: "x", c: [1.5, 2], ignored: 9 },
    );
    expect(statements).toEqual([
      { text: "SELECT $1::int, $2::text::text, $1::int FROM (SELECT 1) AS t", values: [2, "x"] },
      { text: "SELECT $1::float8[]", values: [[1.5, 2]] },
    ]);
  });

  it("refuses a template whose layer or value is not given", () => {
    expect(() => renderStatements("SELECT * FROM {{parks}}", {}, {})).toThrow(/\{\{parks\}\}/);
    expect(() => renderStatements("SELECT :radius_m", {}, {})).toThrow(/:radius_m/);
  });

  it("quotes each part of a qualified table name", () => {
    expect(quoteTable('province.res"idential')).toBe('"province"."res""idential"');
  });

  it("renders every shipped template with the values the engine gives", () => {
    const layers = { residential: "r", parks: "p", districts: "d", greenways: "g", redLine: "l", shoreline: "s", sources: "park_sources" };
    const values = { srid: 910001, proj: "+proj=tmerc", two_mn: 8.1e13, min_areas_m2: [400], radii_m: [300], radius_m: 1000, min_area_m2: 400, last_layer: 1 };
    for (const name of [
      "centre",
      "projection",
      "units",
      "units-by-district",
      "parks",
      "greenways",
      "coverage",
      "parks-summary",
      "greenway-length",
      "district-names",
      "red-line",
      "red-line-split",
      "red-line-area",
      "red-line-by-district",
      "shoreline",
    ] as const) {
      const statements = renderStatements(template(name), layers, values);
      expect(statements.length, name).toBeGreaterThan(0);
      for (const statement of statements) expect(statement.text, name).not.toMatch(/(?<![:\w]):[a-z_]|\{\{|--/);
    }
  });
});
