import { describe, expect, it } from "vitest";
import { formatPermalink, parsePermalink, readPermalink } from "./permalink";

describe("permalink", () => {
  it("round-trips every field", () => {
    const link = {
      mode: "public" as const,
      region: "yantai" as const,
      language: "en" as const,
      view: { center: [121.39, 37.53] as [number, number], zoom: 11.5 },
      layers: ["park", "greenway"],
      feature: { layerId: "park", featureIndex: 12 },
      rules: "custom:400=300,10000=500",
      scenario: "scenario-2",
      extras: { note: "kept" },
    };
    expect(parsePermalink(formatPermalink(link))).toEqual(link);
    expect(formatPermalink(link)).toBe(
      "?mode=public&region=yantai&lang=en&view=121.39000,37.53000,11.50&layers=park,greenway&feature=park:12&rules=custom:400=300,10000=500&scenario=scenario-2&note=kept",
    );
  });

  it("ignores malformed parts instead of throwing", () => {
    expect(parsePermalink("?mode=admin&region=mars&view=1,2&feature=park&lang=fr")).toEqual({});
  });

  it("carries a project region id, and refuses one that is not an osm- slug", () => {
    expect(parsePermalink("?region=osm-taipei-jingmei-2025-05-30").region).toBe("osm-taipei-jingmei-2025-05-30");
    expect(formatPermalink({ region: "osm-andorra" })).toBe("?region=osm-andorra");
    expect(parsePermalink("?region=osm-Taipei%20City").region).toBeUndefined();
    expect(parsePermalink("?region=osm-").region).toBeUndefined();
  });

  it("keeps an empty layer list distinct from no list", () => {
    expect(parsePermalink("?layers=").layers).toEqual([]);
    expect(parsePermalink("?region=qingdao").layers).toBeUndefined();
  });

  it("never takes a prototype member for a layer, and names what it ignored", () => {
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(readPermalink(`?feature=${name}:0`)).toEqual({ link: {}, ignored: ["feature"] });
      expect(readPermalink(`?mode=public&feature=${name}:0`).link.feature).toBeUndefined();
      expect(readPermalink(`?layers=park,${name}`).link.layers).toEqual(["park"]);
    }
  });

  it("bounds longitude, latitude and zoom", () => {
    for (const view of ["1e308,0,1e308", "1e300,36,10", "120.4,36.1,1e308", "181,36,10", "120,91,10", "120,36,-1", "120,36,25", ",36,10"]) {
      expect(readPermalink(`?view=${view}`), view).toEqual({ link: {}, ignored: ["view"] });
    }
    expect(readPermalink("?view=180,-90,24").link.view).toEqual({ center: [180, -90], zoom: 24 });
  });

  it("ignores an unknown rule set", () => {
    expect(readPermalink("?rules=nope").ignored).toEqual(["rules"]);
    expect(readPermalink("?rules=gb50563-2010").link.rules).toBe("gb50563-2010");
  });
});
