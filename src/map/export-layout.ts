/**
 * Where the furniture of an exported map picture goes, in image pixels: the title band across the top, the north
 * arrow below it on the right, the legend box below it on the left, the attribution band across the bottom and the
 * scale bar above that band on the left. Pure: text widths come from the caller's `measure`.
 */
import type { MapLegend, MapLegendSwatch } from "../state/map-exporter-registry";
import { shortenText, wrapText } from "./text-wrap";

/** Width in image pixels of `text` drawn at `fontPx` (bold when `isBold`). */
export type MeasureText = (text: string, fontPx: number, isBold: boolean) => number;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text: `x` its left edge, `y` the top of its line box; drawn with textBaseline "top". */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  fontPx: number;
}

interface LegendItemLayout {
  swatch: MapLegendSwatch;
  color: string;
  swatchBox: Box;
  label: TextLine;
  /** The schematic mark (示意) in a small frame after the label; none when the label already says it. */
  schematic: { box: Box; label: TextLine } | null;
}

export interface ExportLayout {
  title: { band: Box; line: TextLine } | null;
  northArrow: { centreX: number; centreY: number; radiusPx: number };
  legend: { box: Box; heading: TextLine; items: LegendItemLayout[]; overflow: TextLine | null } | null;
  attribution: { band: Box; lines: TextLine[] } | null;
  /** The scale bar's white box; the bar itself starts `SCALE_BAR_INSET_CSS_PX` inside it. */
  scaleBar: Box;
}

export interface ExportLayoutInput {
  widthPx: number;
  heightPx: number;
  /** Image pixels per CSS pixel; every size below is given in CSS pixels and scaled by it. */
  pixelRatio: number;
  title: string;
  legend: MapLegend | null;
  attribution: string;
  /** Length of the scale bar's bar in image pixels. */
  scaleBarLengthPx: number;
  measure: MeasureText;
}

const MARGIN = 8;
const TITLE_FONT = 18;
const TITLE_BAND = 36;
const ARROW_RADIUS = 24;
const ARROW_RIGHT = 26;
const ARROW_TOP = 36;
const ATTRIBUTION_FONT = 10;
const ATTRIBUTION_LINE = 13;
const ATTRIBUTION_PADDING = 4;
const SCALE_BOX_HEIGHT = 28;
/** Space between the scale bar's box and its bar, left and right. */
export const SCALE_BAR_INSET_CSS_PX = 4;
const LEGEND_FONT = 12;
const LEGEND_ROW = 18;
const LEGEND_PADDING = 6;
const LEGEND_COLUMN_GAP = 12;
const SWATCH_WIDTH = 16;
const SWATCH_HEIGHT = 10;
const SWATCH_GAP = 6;
/** How far a class entry (a category under its layer's title) is drawn to the right of a layer entry. */
const CLASS_INDENT = 12;
const MARK_FONT = 10;
const MARK_PADDING = 3;
/** Share of the map between the title band and the scale bar the legend may cover. */
const LEGEND_MAX_HEIGHT_SHARE = 0.5;

function layoutAttribution(input: ExportLayoutInput): ExportLayout["attribution"] {
  const r = input.pixelRatio;
  const fontPx = ATTRIBUTION_FONT * r;
  const texts = wrapText(input.attribution, input.widthPx - 2 * MARGIN * r, (text) => input.measure(text, fontPx, false));
  if (texts.length === 0) return null;
  const height = (texts.length * ATTRIBUTION_LINE + 2 * ATTRIBUTION_PADDING) * r;
  const band = { x: 0, y: input.heightPx - height, width: input.widthPx, height };
  const lines = texts.map((text, index) => ({ text, x: MARGIN * r, y: band.y + (ATTRIBUTION_PADDING + index * ATTRIBUTION_LINE) * r, fontPx }));
  return { band, lines };
}

function layoutTitle(input: ExportLayoutInput): ExportLayout["title"] {
  const title = input.title.trim();
  if (!title) return null;
  const r = input.pixelRatio;
  const fontPx = TITLE_FONT * r;
  const text = shortenText(title, input.widthPx - 2 * MARGIN * r, (candidate) => input.measure(candidate, fontPx, true));
  const band = { x: 0, y: 0, width: input.widthPx, height: TITLE_BAND * r };
  return { band, line: { text, x: MARGIN * r, y: (band.height - fontPx * 1.2) / 2, fontPx } };
}

interface LegendArea {
  x: number;
  y: number;
  maxWidth: number;
  maxHeight: number;
}

/** A schematic entry gets the mark unless its title already says so, e.g. "公园（示意）". */
function hasSchematicMark(legend: MapLegend, index: number): boolean {
  const entry = legend.entries[index];
  return entry?.schematic === true && !entry.title.toLowerCase().includes(legend.schematicLabel.toLowerCase());
}

function legendItemWidth(input: ExportLayoutInput, legend: MapLegend, index: number): number {
  const r = input.pixelRatio;
  const entry = legend.entries[index];
  if (!entry) return 0;
  const mark = hasSchematicMark(legend, index) ? SWATCH_GAP * r + input.measure(legend.schematicLabel, MARK_FONT * r, false) + 2 * MARK_PADDING * r : 0;
  return labelOffset(entry) * r + input.measure(entry.title, LEGEND_FONT * r, false) + mark;
}

/** Distance in CSS pixels from an item's left edge to its label: indent for a class, swatch room unless it has none. */
function labelOffset(entry: MapLegend["entries"][number]): number {
  return (entry.isClass ? CLASS_INDENT : 0) + (entry.swatch === "none" ? 0 : SWATCH_WIDTH + SWATCH_GAP);
}

function placeLegendItem(input: ExportLayoutInput, legend: MapLegend, index: number, x: number, y: number, columnWidth: number): LegendItemLayout {
  const r = input.pixelRatio;
  const entry = legend.entries[index]!;
  const fontPx = LEGEND_FONT * r;
  const markFontPx = MARK_FONT * r;
  const isMarked = hasSchematicMark(legend, index);
  const markWidth = isMarked ? input.measure(legend.schematicLabel, markFontPx, false) + 2 * MARK_PADDING * r : 0;
  const labelX = x + labelOffset(entry) * r;
  const labelRoom = x + columnWidth - labelX - (isMarked ? SWATCH_GAP * r + markWidth : 0);
  const text = shortenText(entry.title, labelRoom, (candidate) => input.measure(candidate, fontPx, false));
  const swatchX = x + (entry.isClass ? CLASS_INDENT * r : 0);
  const swatchBox = { x: swatchX, y: y + ((LEGEND_ROW - SWATCH_HEIGHT) / 2) * r, width: SWATCH_WIDTH * r, height: SWATCH_HEIGHT * r };
  const label = { text, x: labelX, y: y + ((LEGEND_ROW - LEGEND_FONT * 1.2) / 2) * r, fontPx };
  let schematic: LegendItemLayout["schematic"] = null;
  if (isMarked) {
    const markX = labelX + input.measure(text, fontPx, false) + SWATCH_GAP * r;
    const box = { x: markX, y: y + 2 * r, width: markWidth, height: (LEGEND_ROW - 4) * r };
    schematic = {
      box,
      label: { text: legend.schematicLabel, x: markX + MARK_PADDING * r, y: box.y + (box.height - markFontPx * 1.2) / 2, fontPx: markFontPx },
    };
  }
  return { swatch: entry.swatch, color: entry.color, swatchBox, label, schematic };
}

/**
 * The legend in as few balanced columns as the height allows; when even the widest arrangement cannot hold every
 * entry, the last place says how many entries were left out, in the legend's `moreLabel` words.
 */
function layoutLegend(input: ExportLayoutInput, area: LegendArea): ExportLayout["legend"] {
  const legend = input.legend;
  const count = legend?.entries.length ?? 0;
  if (!legend || count === 0) return null;
  const r = input.pixelRatio;
  const padding = LEGEND_PADDING * r;
  const rowHeight = LEGEND_ROW * r;
  const headingWidth = input.measure(legend.heading, LEGEND_FONT * r, true);
  const rowsFit = Math.floor((area.maxHeight - 2 * padding - rowHeight) / rowHeight);
  const innerMaxWidth = area.maxWidth - 2 * padding;
  if (rowsFit < 1 || innerMaxWidth < (SWATCH_WIDTH + SWATCH_GAP) * r) return null;
  const widest = Math.max(...legend.entries.map((_, index) => legendItemWidth(input, legend, index)));
  const columnWidth = Math.min(widest, innerMaxWidth);
  const gap = LEGEND_COLUMN_GAP * r;
  const columnsFit = Math.max(1, Math.floor((innerMaxWidth + gap) / (columnWidth + gap)));
  const columnsWanted = Math.ceil(count / rowsFit);
  const columns = Math.min(columnsWanted, columnsFit);
  const isClipped = columnsWanted > columnsFit;
  const rows = isClipped ? rowsFit : Math.ceil(count / columns);
  const shown = isClipped ? columns * rows - 1 : count;
  const left = area.x + padding;
  const top = area.y + padding + rowHeight;
  const slot = (index: number) => ({ x: left + Math.floor(index / rows) * (columnWidth + gap), y: top + (index % rows) * rowHeight });
  const items = Array.from({ length: shown }, (_, index) => placeLegendItem(input, legend, index, slot(index).x, slot(index).y, columnWidth));
  const fontPx = LEGEND_FONT * r;
  const moreText = shortenText(legend.moreLabel.replace("{count}", String(count - shown)), columnWidth, (text) => input.measure(text, fontPx, true));
  const overflow = isClipped ? { text: moreText, ...slot(shown), y: slot(shown).y + ((LEGEND_ROW - LEGEND_FONT * 1.2) / 2) * r, fontPx } : null;
  const contentWidth = Math.max(columns * columnWidth + (columns - 1) * gap, Math.min(headingWidth, innerMaxWidth));
  const box = { x: area.x, y: area.y, width: contentWidth + 2 * padding, height: (rows + 1) * rowHeight + 2 * padding };
  const heading = {
    text: shortenText(legend.heading, innerMaxWidth, (text) => input.measure(text, fontPx, true)),
    x: left,
    y: area.y + padding + ((LEGEND_ROW - LEGEND_FONT * 1.2) / 2) * r,
    fontPx,
  };
  return { box, heading, items, overflow };
}

/** Places the title band, north arrow, legend, attribution band and scale bar on a `widthPx` × `heightPx` picture. */
export function layoutExport(input: ExportLayoutInput): ExportLayout {
  const r = input.pixelRatio;
  const title = layoutTitle(input);
  const attribution = layoutAttribution(input);
  const top = title ? title.band.height : 0;
  const bottom = attribution ? attribution.band.y : input.heightPx;
  const northArrow = { centreX: input.widthPx - ARROW_RIGHT * r, centreY: top + ARROW_TOP * r, radiusPx: ARROW_RADIUS * r };
  const scaleBar = {
    x: MARGIN * r,
    y: bottom - (MARGIN + SCALE_BOX_HEIGHT) * r,
    width: input.scaleBarLengthPx + 2 * SCALE_BAR_INSET_CSS_PX * r,
    height: SCALE_BOX_HEIGHT * r,
  };
  const legendTop = top + MARGIN * r;
  const arrowLeft = northArrow.centreX - northArrow.radiusPx;
  const legend = layoutLegend(input, {
    x: MARGIN * r,
    y: legendTop,
    maxWidth: arrowLeft - 2 * MARGIN * r,
    maxHeight: Math.max(0, (scaleBar.y - MARGIN * r - legendTop) * LEGEND_MAX_HEIGHT_SHARE),
  });
  return { title, northArrow, legend, attribution, scaleBar };
}
