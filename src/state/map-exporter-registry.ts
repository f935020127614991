/**
 * Where the map registers its image exporter so the UI can ask for a picture of the map without importing
 * MapLibre: `map/map-view` registers, `ui` calls through `state/export-actions`.
 */

/**
 * How a legend swatch is drawn: a filled box, an outlined box, a line, a dot, the blind-spot hatch, or nothing (the
 * title of a layer whose classes follow it).
 */
export type MapLegendSwatch = "fill" | "outline" | "line" | "circle" | "hatch" | "none";

/** One legend entry of a map picture, as plain text and colour (the map code knows no layers' metadata). */
export interface MapLegendEntry {
  title: string;
  /** CSS colour of the swatch, e.g. "#52b788". */
  color: string;
  swatch: MapLegendSwatch;
  /** Schematic demonstration data (示意): the entry carries the schematic mark. */
  schematic: boolean;
  /** A class of the layer entry above it (a category or a graduated range), drawn indented under it. */
  isClass?: boolean;
}

/**
 * The legend of a map picture: a heading, the word for the schematic mark, the entries top layer first, and the
 * words for entries left out when the legend is full (`{count}` stands for their number).
 */
export interface MapLegend {
  heading: string;
  schematicLabel: string;
  entries: MapLegendEntry[];
  moreLabel: string;
}

export interface MapImageRequest {
  /** Print resolution in dots per inch; 96 dpi is one image pixel per CSS pixel. */
  dpi: number;
  /** Title drawn on a white band across the top of the picture; none when empty. */
  title?: string;
  /** Legend drawn in a box at the top left of the map; none when absent or without entries. */
  legend?: MapLegend;
  /** Attribution drawn in full across the bottom of the picture, wrapped over as many lines as it needs. */
  attribution?: string;
  /** Draw the title, legend, attribution, scale bar and north arrow into the picture (default true). */
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
