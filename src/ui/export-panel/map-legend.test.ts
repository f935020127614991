import { describe, expect, it } from "vitest";
import type { LayerMeta } from "../../domain/layer-meta";
import { BLIND_SPOT_HATCH_COLOR, mapLegendOf } from "./map-legend";

const meta = (id: string, overrides: Partial<LayerMeta>): LayerMeta =>
  ({
    id,
    title: { zh: `${id} 中文`, en: `${id} English` },
    geometryType: "Polygon",
    regions: ["qingdao"],
    style: { color: "#123456" },
    schematic: false,
    ...overrides,
  }) as LayerMeta;

const metas = {
  park: meta("park", { style: { color: "#52b788" }, schematic: true }),
  greenway: meta("greenway", { geometryType: "LineString", style: { color: "#2b9348" }, schematic: true }),
  district: meta("district", { regions: ["qingdao", "yantai"], style: { color: "#8a7f9e", fillOpacity: 0 } }),
  place: meta("place", { geometryType: "Point", style: { color: "#4a4a4a" } }),
  hidden: meta("hidden", {}),
  yantaiOnly: meta("yantaiOnly", { regions: ["yantai"] }),
};

describe("mapLegendOf", () => {
  it("lists the region's visible layers top first with their colour, swatch and schematic flag, then the blind spots", () => {
    const legend = mapLegendOf({
      order: ["place", "greenway", "hidden", "park", "yantaiOnly", "district"],
      metas,
      isVisible: (id) => id !== "hidden",
      region: "qingdao",
      hasBlindSpots: true,
      language: "zh",
    });
    expect(legend.heading).toBe("图例");
    expect(legend.schematicLabel).toBe("示意");
    expect(legend.entries.map((entry) => [entry.title, entry.color, entry.swatch, entry.schematic])).toEqual([
      ["place 中文", "#4a4a4a", "circle", false],
      ["greenway 中文", "#2b9348", "line", true],
      ["park 中文", "#52b788", "fill", true],
      ["district 中文", "#8a7f9e", "outline", false],
      ["服务盲区（未覆盖的居住用地）", BLIND_SPOT_HATCH_COLOR, "hatch", false],
    ]);
  });

  it("speaks English and leaves the blind spots out when they are not shown", () => {
    const legend = mapLegendOf({ order: ["park"], metas, isVisible: () => true, region: "qingdao", hasBlindSpots: false, language: "en" });
    expect(legend).toEqual({
      heading: "Legend",
      schematicLabel: "Schematic",
      entries: [{ title: "park English", color: "#52b788", swatch: "fill", schematic: true }],
      moreLabel: "{count} more",
    });
  });

  it("lists a classed layer as its title without a swatch, then one indented entry per class", () => {
    const categories = [
      { value: "综合公园", color: "#52b788", label: { zh: "综合公园", en: "Comprehensive park" } },
      { value: "口袋公园", color: "#d9ed92", label: { zh: "口袋公园", en: "" } },
    ];
    const typed = meta("typed", { style: { color: "#52b788", categoryProperty: "type", categories }, schematic: true });
    const legend = mapLegendOf({ order: ["typed"], metas: { typed }, isVisible: () => true, region: "qingdao", hasBlindSpots: false, language: "en" });
    expect(legend.entries).toEqual([
      { title: "typed English", color: "#52b788", swatch: "none", schematic: true },
      { title: "Comprehensive park", color: "#52b788", swatch: "fill", schematic: false, isClass: true },
      { title: "口袋公园", color: "#d9ed92", swatch: "fill", schematic: false, isClass: true },
    ]);
  });

  it("lists a graduated layer's ranges with the field's unit, a line layer's classes as lines", () => {
    const graduated = { property: "areaM2", breaks: [10_000, 50_000], colors: ["#eeeeee", "#999999", "#333333"] };
    const byArea = meta("byArea", { style: { color: "#123456", graduated } });
    const lines = meta("lines", {
      geometryType: "LineString",
      style: { color: "#000000", graduated: { property: "lengthM", breaks: [500], colors: ["#aaaaaa", "#555555"] } },
    });
    const legend = mapLegendOf({
      order: ["byArea", "lines"],
      metas: { byArea, lines },
      isVisible: () => true,
      region: "qingdao",
      hasBlindSpots: false,
      language: "zh",
    });
    expect(legend.entries.map((entry) => [entry.title, entry.color, entry.swatch, entry.isClass ?? false])).toEqual([
      ["byArea 中文", "#123456", "none", false],
      ["< 1 公顷", "#eeeeee", "fill", true],
      ["1–5 公顷", "#999999", "fill", true],
      ["≥ 5 公顷", "#333333", "fill", true],
      ["lines 中文", "#000000", "none", false],
      ["< 500 米", "#aaaaaa", "line", true],
      ["≥ 500 米", "#555555", "line", true],
    ]);
  });
});
