import { describe, expect, it } from "vitest";
import { findRegion, isBuiltinRegionId, isProjectRegionId, projectRegionIdFor } from "./regions";

describe("project regions", () => {
  it("makes ids of ASCII words, falling back when a name has none, and numbers repeats", () => {
    expect(projectRegionIdFor("Wenshan District", "r1293250", [])).toBe("osm-wenshan-district");
    expect(projectRegionIdFor("文山區", "r1293250", [])).toBe("osm-r1293250");
    expect(projectRegionIdFor("", "andorra-latest_2021-10-28.osm.pbf", [])).toBe("osm-andorra-latest-2021-10-28");
    expect(projectRegionIdFor("Wenshan District", "x", ["osm-wenshan-district", "osm-wenshan-district-2"])).toBe("osm-wenshan-district-3");
  });

  it("tells built-in ids from project ids, and refuses malformed ones", () => {
    expect(isBuiltinRegionId("qingdao")).toBe(true);
    expect(isBuiltinRegionId("osm-andorra")).toBe(false);
    expect(isProjectRegionId("osm-andorra")).toBe(true);
    for (const bad of ["osm-", "osm-Andorra", "osm-a b", "qingdao", 3, null, `osm-${"a".repeat(61)}`]) expect(isProjectRegionId(bad)).toBe(false);
  });

  it("finds a region among the built-in ones and the project's own", () => {
    const andorra = {
      id: "osm-andorra" as const,
      name: { zh: "安道尔", en: "Andorra" },
      bbox: [1.4, 42.4, 1.8, 42.7] as [number, number, number, number],
      dataDate: null,
    };
    expect(findRegion("yantai", [andorra])?.name.en).toBe("Yantai");
    expect(findRegion("osm-andorra", [andorra])).toBe(andorra);
    expect(findRegion("osm-elsewhere", [andorra])).toBeUndefined();
  });
});
