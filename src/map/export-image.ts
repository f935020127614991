/**
 * Renders the map on screen again, off screen, at print resolution: a hidden MapLibre map with the same
 * style (`getStyle()`, so user layers, blind spots and drawn scenario parks are included), camera and CSS
 * size, but `pixelRatio = dpi / 96`; the picture is copied to a 2D canvas, decorated (title, legend, scale
 * bar, north arrow, attribution; see `map-decorations.ts`) and encoded as PNG. The hidden map is removed afterwards.
 */
import * as maplibregl from "maplibre-gl";
import { registerMapExporter, type MapImage, type MapImageRequest } from "../state/map-exporter-registry";
import { SEA_COLOR } from "./basemap-style";
import { drawMapDecorations } from "./map-decorations";
import { configureMapLibre } from "./maplibre-setup";
import { skipSkyPass } from "./sky-pass";
import { CJK_FONT_STACK } from "../domain/cjk-fonts";

const CSS_DPI = 96;
/** Canvas side limit asked of MapLibre; the GPU's own limit may lower it further (reported in `dpi`). */
const MAX_CANVAS_PX = 8192;
const RENDER_TIMEOUT_MS = 60_000;
const SCALE_SAMPLE_CSS_PX = 120;

function copyMissingImage(source: maplibregl.Map, target: maplibregl.Map, id: string): void {
  const image = source.getImage(id);
  if (!image || target.hasImage(id)) return;
  target.addImage(id, { width: image.data.width, height: image.data.height, data: image.data.data }, { pixelRatio: image.pixelRatio, sdf: image.sdf });
}

function whenIdle(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The map picture took too long to render.")), RENDER_TIMEOUT_MS);
    map.once("idle", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed."))), "image/png"));
}

/** Renders `source`'s current view at `request.dpi` and returns the PNG. */
async function exportMapImage(source: maplibregl.Map, request: MapImageRequest): Promise<MapImage> {
  const widthCss = source.getContainer().clientWidth;
  const heightCss = source.getContainer().clientHeight;
  const container = document.createElement("div");
  Object.assign(container.style, { position: "fixed", left: "-20000px", top: "0", width: `${widthCss}px`, height: `${heightCss}px` });
  container.setAttribute("aria-hidden", "true");
  document.body.append(container);
  configureMapLibre();
  const map = new maplibregl.Map({
    container,
    style: source.getStyle(),
    center: source.getCenter(),
    zoom: source.getZoom(),
    bearing: source.getBearing(),
    pitch: source.getPitch(),
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio: request.dpi / CSS_DPI,
    maxCanvasSize: [MAX_CANVAS_PX, MAX_CANVAS_PX],
    canvasContextAttributes: { preserveDrawingBuffer: true },
    localIdeographFontFamily: CJK_FONT_STACK,
  });
  skipSkyPass(map);
  map.setMissingStyleImageResolver((id) => copyMissingImage(source, map, id));
  try {
    await whenIdle(map);
    const rendered = map.getCanvas();
    const canvas = document.createElement("canvas");
    canvas.width = rendered.width;
    canvas.height = rendered.height;
    const context = canvas.getContext("2d");
    if (context) {
      // The sea is the page behind the map's transparent canvas (see basemap-style.ts): paint it into the image.
      context.fillStyle = SEA_COLOR;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(rendered, 0, 0);
    }
    const pixelRatio = rendered.width / widthCss;
    if (request.withDecorations !== false) {
      const y = heightCss / 2;
      const metresPerSample = map.unproject([widthCss / 2 - SCALE_SAMPLE_CSS_PX / 2, y]).distanceTo(map.unproject([widthCss / 2 + SCALE_SAMPLE_CSS_PX / 2, y]));
      drawMapDecorations(canvas, {
        metresPerSample,
        sampleCssPx: SCALE_SAMPLE_CSS_PX,
        bearingDeg: map.getBearing(),
        title: request.title ?? "",
        legend: request.legend ?? null,
        attribution: request.attribution ?? "",
        pixelRatio,
      });
    }
    return { blob: await toPngBlob(canvas), widthPx: canvas.width, heightPx: canvas.height, dpi: Math.round(pixelRatio * CSS_DPI) };
  } finally {
    map.remove();
    container.remove();
  }
}

/** Makes `map` the one the UI's "export map" reaches (through state); unregisters when the map is removed. */
export function registerMapImageExporter(map: maplibregl.Map): void {
  const unregister = registerMapExporter((request) => exportMapImage(map, request));
  map.once("remove", unregister);
}
