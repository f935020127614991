/**
 * Cartographic furniture drawn onto an exported map picture with the 2D canvas, where `export-layout` places it:
 * the title on a white band across the top, a north arrow turned by the map's bearing (top right), the legend
 * (top left), a metric scale bar measured along the map's horizontal centre line like MapLibre's ScaleControl
 * (bottom left) and the full attribution, wrapped, on a white band across the bottom.
 */
import type { MapLegend, MapLegendSwatch } from "../state/map-exporter-registry";
import { type Box, type ExportLayout, layoutExport, SCALE_BAR_INSET_CSS_PX, type TextLine } from "./export-layout";
import { CJK_FONT_STACK } from "../domain/cjk-fonts";

export interface Decorations {
  /** Metres covered by `sampleCssPx` CSS pixels at the map's centre. */
  metresPerSample: number;
  sampleCssPx: number;
  bearingDeg: number;
  title: string;
  legend: MapLegend | null;
  attribution: string;
  /** Image pixels per CSS pixel. */
  pixelRatio: number;
}

const TEXT_COLOR = "#222";
const PANEL_COLOR = "rgba(255,255,255,0.85)";

/** The longest 1-2-5 × 10ⁿ distance that fits in `maxMetres`. */
export function niceDistanceM(maxMetres: number): number {
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const leading = maxMetres / power;
  return (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power;
}

const distanceLabel = (metres: number) => (metres >= 1000 ? `${metres / 1000} km` : `${metres} m`);
const fontOf = (fontPx: number, isBold: boolean) => `${isBold ? "bold " : ""}${fontPx}px ${CJK_FONT_STACK}`;

function drawText(context: CanvasRenderingContext2D, line: TextLine, color: string, isBold = false): void {
  context.font = fontOf(line.fontPx, isBold);
  context.fillStyle = color;
  context.textAlign = "left";
  context.textBaseline = "top";
  context.fillText(line.text, line.x, line.y);
}

function fillBox(context: CanvasRenderingContext2D, box: Box, color: string): void {
  context.fillStyle = color;
  context.fillRect(box.x, box.y, box.width, box.height);
}

function drawScaleBar(context: CanvasRenderingContext2D, box: Box, lengthPx: number, metres: number, ratio: number): void {
  fillBox(context, box, PANEL_COLOR);
  const x = box.x + SCALE_BAR_INSET_CSS_PX * ratio;
  const y = box.y + box.height - 6 * ratio;
  context.strokeStyle = TEXT_COLOR;
  context.lineWidth = 2 * ratio;
  context.beginPath();
  context.moveTo(x, y - 6 * ratio);
  context.lineTo(x, y);
  context.lineTo(x + lengthPx, y);
  context.lineTo(x + lengthPx, y - 6 * ratio);
  context.stroke();
  context.fillStyle = TEXT_COLOR;
  context.font = fontOf(12 * ratio, false);
  context.textAlign = "left";
  context.textBaseline = "bottom";
  context.fillText(distanceLabel(metres), x + 2 * ratio, y - 7 * ratio);
}

function drawNorthArrow(context: CanvasRenderingContext2D, arrow: ExportLayout["northArrow"], bearingDeg: number, ratio: number): void {
  const size = 14 * ratio;
  context.save();
  context.translate(arrow.centreX, arrow.centreY);
  context.fillStyle = PANEL_COLOR;
  context.beginPath();
  context.arc(0, 0, arrow.radiusPx, 0, 2 * Math.PI);
  context.fill();
  context.rotate((-bearingDeg * Math.PI) / 180);
  context.fillStyle = TEXT_COLOR;
  context.beginPath();
  context.moveTo(0, -size * 0.45);
  context.lineTo(size * 0.45, size);
  context.lineTo(0, size * 0.7);
  context.lineTo(-size * 0.45, size);
  context.closePath();
  context.fill();
  context.font = fontOf(12 * ratio, true);
  context.textAlign = "center";
  context.textBaseline = "middle";
  context.fillText("N", 0, -size * 0.95);
  context.restore();
}

function drawSwatch(context: CanvasRenderingContext2D, swatch: MapLegendSwatch, color: string, box: Box, ratio: number): void {
  if (swatch === "none") return;
  context.save();
  context.fillStyle = color;
  context.strokeStyle = color;
  context.lineWidth = Math.max(1, 1.5 * ratio);
  const middleY = box.y + box.height / 2;
  if (swatch === "fill") {
    context.fillRect(box.x, box.y, box.width, box.height);
  } else if (swatch === "outline") {
    context.strokeRect(box.x + context.lineWidth / 2, box.y + context.lineWidth / 2, box.width - context.lineWidth, box.height - context.lineWidth);
  } else if (swatch === "line") {
    context.lineWidth = 3 * ratio;
    context.beginPath();
    context.moveTo(box.x, middleY);
    context.lineTo(box.x + box.width, middleY);
    context.stroke();
  } else if (swatch === "circle") {
    context.beginPath();
    context.arc(box.x + box.width / 2, middleY, box.height / 2, 0, 2 * Math.PI);
    context.fill();
  } else {
    context.strokeRect(box.x, box.y, box.width, box.height);
    context.beginPath();
    context.rect(box.x, box.y, box.width, box.height);
    context.clip();
    context.lineWidth = 2 * ratio;
    for (let offset = -box.height; offset < box.width; offset += 5 * ratio) {
      context.moveTo(box.x + offset, box.y + box.height);
      context.lineTo(box.x + offset + box.height, box.y);
    }
    context.stroke();
  }
  context.restore();
}

function drawLegend(context: CanvasRenderingContext2D, legend: NonNullable<ExportLayout["legend"]>, ratio: number): void {
  fillBox(context, legend.box, PANEL_COLOR);
  context.strokeStyle = "#999";
  context.lineWidth = Math.max(1, ratio);
  context.strokeRect(legend.box.x, legend.box.y, legend.box.width, legend.box.height);
  drawText(context, legend.heading, TEXT_COLOR, true);
  for (const item of legend.items) {
    drawSwatch(context, item.swatch, item.color, item.swatchBox, ratio);
    drawText(context, item.label, TEXT_COLOR);
    if (item.schematic) {
      context.strokeStyle = "#8a5a00";
      context.lineWidth = Math.max(1, ratio);
      context.strokeRect(item.schematic.box.x, item.schematic.box.y, item.schematic.box.width, item.schematic.box.height);
      drawText(context, item.schematic.label, "#8a5a00");
    }
  }
  if (legend.overflow) drawText(context, legend.overflow, TEXT_COLOR, true);
}

/** Draws title, legend, north arrow, scale bar and attribution onto a canvas that holds the map picture. */
export function drawMapDecorations(canvas: HTMLCanvasElement, decorations: Decorations): void {
  const context = canvas.getContext("2d");
  if (!context) return;
  const ratio = decorations.pixelRatio;
  const metres = niceDistanceM(decorations.metresPerSample);
  const scaleBarLengthPx = (metres / decorations.metresPerSample) * decorations.sampleCssPx * ratio;
  const measure = (text: string, fontPx: number, isBold: boolean) => {
    context.font = fontOf(fontPx, isBold);
    return context.measureText(text).width;
  };
  const layout = layoutExport({
    widthPx: canvas.width,
    heightPx: canvas.height,
    pixelRatio: ratio,
    title: decorations.title,
    legend: decorations.legend,
    attribution: decorations.attribution,
    scaleBarLengthPx,
    measure,
  });
  if (layout.title) {
    fillBox(context, layout.title.band, "#fff");
    drawText(context, layout.title.line, "#111", true);
  }
  if (layout.attribution) {
    fillBox(context, layout.attribution.band, "#fff");
    for (const line of layout.attribution.lines) drawText(context, line, "#333");
  }
  if (layout.legend) drawLegend(context, layout.legend, ratio);
  drawScaleBar(context, layout.scaleBar, scaleBarLengthPx, metres, ratio);
  drawNorthArrow(context, layout.northArrow, decorations.bearingDeg, ratio);
}
