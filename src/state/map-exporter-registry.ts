/**
 * Where the map registers its image exporter so the UI can ask for a picture of the map without importing
 * MapLibre: `map/map-view` registers, `ui` calls through `state/export-actions`.
 */

export interface MapImageRequest {
  /** Print resolution in dots per inch; 96 dpi is one image pixel per CSS pixel. */
  dpi: number;
  /** Attribution line drawn into the picture (bottom right). */
  attribution?: string;
  /** Draw a scale bar and a north arrow into the picture (default true). */
  withDecorations?: boolean;
}

export interface MapImage {
  blob: Blob;
  widthPx: number;
  heightPx: number;
  /** The resolution achieved: lower than requested when the GPU's canvas limit was reached. */
  dpi: number;
}

export type MapExporter = (request: MapImageRequest) => Promise<MapImage>;

let current: MapExporter | null = null;

/** Registers the map's exporter; returns a function that removes it again (when the map goes away). */
export function registerMapExporter(exporter: MapExporter): () => void {
  current = exporter;
  return () => {
    if (current === exporter) current = null;
  };
}

/** The registered exporter, or null while no map is on screen. */
export function getMapExporter(): MapExporter | null {
  return current;
}
