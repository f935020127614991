/**
 * Cartographic furniture drawn onto an exported map picture with the 2D canvas: a metric scale bar
 * (bottom left, measured along the map's horizontal centre line like MapLibre's ScaleControl), a north
 * arrow turned by the map's bearing (top right) and the attribution line (bottom right).
 */

export interface Decorations {
  /** Metres covered by `sampleCssPx` CSS pixels at the map's centre. */
  metresPerSample: number;
  sampleCssPx: number;
  bearingDeg: number;
  attribution: string;
  /** Image pixels per CSS pixel. */
  pixelRatio: number;
}

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** The longest 1-2-5 × 10ⁿ distance that fits in `maxMetres`. */
export function niceDistanceM(maxMetres: number): number {
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const leading = maxMetres / power;
  return (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power;
}

const distanceLabel = (metres: number) => (metres >= 1000 ? `${metres / 1000} km` : `${metres} m`);

function drawScaleBar(context: CanvasRenderingContext2D, height: number, decorations: Decorations): void {
  const ratio = decorations.pixelRatio;
  const metres = niceDistanceM(decorations.metresPerSample);
  const widthPx = (metres / decorations.metresPerSample) * decorations.sampleCssPx * ratio;
  const x = 12 * ratio;
  const y = height - 14 * ratio;
  context.fillStyle = "rgba(255,255,255,0.8)";
  context.fillRect(x - 4 * ratio, y - 22 * ratio, widthPx + 8 * ratio, 28 * ratio);
  context.strokeStyle = "#222";
  context.lineWidth = 2 * ratio;
  context.beginPath();
  context.moveTo(x, y - 6 * ratio);
  context.lineTo(x, y);
  context.lineTo(x + widthPx, y);
  context.lineTo(x + widthPx, y - 6 * ratio);
  context.stroke();
  context.fillStyle = "#222";
  context.font = `${12 * ratio}px ${FONT}`;
  context.textBaseline = "bottom";
  context.fillText(distanceLabel(metres), x + 2 * ratio, y - 7 * ratio);
}

function drawNorthArrow(context: CanvasRenderingContext2D, width: number, decorations: Decorations): void {
  const ratio = decorations.pixelRatio;
  const size = 14 * ratio;
  context.save();
  context.translate(width - 26 * ratio, 36 * ratio);
  context.fillStyle = "rgba(255,255,255,0.8)";
  context.beginPath();
  context.arc(0, 0, size + 10 * ratio, 0, 2 * Math.PI);
  context.fill();
  context.rotate((-decorations.bearingDeg * Math.PI) / 180);
  context.fillStyle = "#222";
  context.beginPath();
  context.moveTo(0, -size * 0.45);
  context.lineTo(size * 0.45, size);
  context.lineTo(0, size * 0.7);
  context.lineTo(-size * 0.45, size);
  context.closePath();
  context.fill();
  context.font = `bold ${12 * ratio}px ${FONT}`;
  context.textAlign = "center";
  context.textBaseline = "middle";
  context.fillText("N", 0, -size * 0.95);
  context.restore();
}

function drawAttribution(context: CanvasRenderingContext2D, width: number, height: number, decorations: Decorations): void {
  if (!decorations.attribution) return;
  const ratio = decorations.pixelRatio;
  context.font = `${10 * ratio}px ${FONT}`;
  let text = decorations.attribution;
  const maxWidth = width * 0.6;
  while (text.length > 1 && context.measureText(text).width > maxWidth) text = `${text.slice(0, -2)}…`;
  const textWidth = context.measureText(text).width;
  context.fillStyle = "rgba(255,255,255,0.8)";
  context.fillRect(width - textWidth - 10 * ratio, height - 16 * ratio, textWidth + 10 * ratio, 16 * ratio);
  context.fillStyle = "#333";
  context.textBaseline = "bottom";
  context.textAlign = "left";
  context.fillText(text, width - textWidth - 5 * ratio, height - 3 * ratio);
}

/** Draws scale bar, north arrow and attribution onto a canvas that holds the map picture. */
export function drawMapDecorations(canvas: HTMLCanvasElement, decorations: Decorations): void {
  const context = canvas.getContext("2d");
  if (!context) return;
  drawScaleBar(context, canvas.height, decorations);
  drawNorthArrow(context, canvas.width, decorations);
  drawAttribution(context, canvas.width, canvas.height, decorations);
}
