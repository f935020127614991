import { describe, expect, it } from "vitest";
import type { OsmMapping } from "../io/osm/osm-types";
import { formatConditions, parseConditions, withRoleConditions } from "./osm-mapping-text";

describe("the editable OSM tag conditions", () => {
  it("round-trips conditions through their text", () => {
    const conditions = [
      { key: "leisure", values: ["park", "garden"] },
      { key: "name", values: "*" as const },
    ];
    const text = formatConditions(conditions);
    expect(text).toBe("leisure=park|garden; name=*");
    expect(parseConditions(text)).toEqual({ ok: true, conditions });
  });

  it("trims spaces, accepts new lines and ignores empty pieces", () => {
    expect(parseConditions(" access = private | no ;\n\n highway=steps; ")).toEqual({
      ok: true,
      conditions: [
        { key: "access", values: ["private", "no"] },
        { key: "highway", values: ["steps"] },
      ],
    });
    expect(parseConditions("")).toEqual({ ok: true, conditions: [] });
  });

  it("names the first piece that is not key=value", () => {
    expect(parseConditions("leisure=park; garden")).toEqual({ ok: false, badPart: "garden" });
    expect(parseConditions("=park")).toEqual({ ok: false, badPart: "=park" });
    expect(parseConditions("leisure=park||garden")).toEqual({ ok: false, badPart: "leisure=park||garden" });
    expect(parseConditions("land use=park")).toEqual({ ok: false, badPart: "land use=park" });
  });

  it("replaces one side of one role only", () => {
    const mapping: OsmMapping = {
      districtAdminLevel: 9,
      rules: [
        { role: "park", include: [{ key: "leisure", values: ["park"] }], exclude: [] },
        { role: "residential", include: [{ key: "landuse", values: ["residential"] }], exclude: [] },
      ],
    };
    const next = withRoleConditions(mapping, "park", "exclude", [{ key: "access", values: ["private"] }]);
    expect(next.rules[0]).toEqual({ role: "park", include: [{ key: "leisure", values: ["park"] }], exclude: [{ key: "access", values: ["private"] }] });
    expect(next.rules[1]).toBe(mapping.rules[1]);
    expect(next.districtAdminLevel).toBe(9);
  });
});
