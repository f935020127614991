import { describe, expect, it } from "vitest";
import { formatPermalink, parsePermalink } from "./permalink";

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

  it("keeps an empty layer list distinct from no list", () => {
    expect(parsePermalink("?layers=").layers).toEqual([]);
    expect(parsePermalink("?region=qingdao").layers).toBeUndefined();
  });
});
