// Minimal typings for parsers that ship none.
declare module "shpjs" {
  import type { Geometry } from "geojson";
  /** Parses .shp bytes; with `prj` false, coordinates stay in the file's CRS. */
  export function parseShp(shp: ArrayBuffer | DataView | Uint8Array, prj?: string | false): (Geometry | null)[];
}

declare module "sql.js/dist/sql-wasm-inline.js" {
  import initSqlJs from "sql.js";
  export default initSqlJs;
}

declare module "@terraformer/wkt" {
  import type { Geometry } from "geojson";
  /** Writes a GeoJSON geometry as OGC WKT. */
  export function geojsonToWKT(geometry: Geometry): string;
}

// The part of papaparse 5.7 the CSV reader and writer use (@types/papaparse pulls in Node's types).
declare module "papaparse" {
  interface ParseResult<Row> {
    data: Row[];
    errors: { type: string; code: string; message: string; row?: number }[];
  }
  interface Papa {
    /** Parses CSV text into rows of cells. */
    parse<Row>(text: string, config: { skipEmptyLines?: boolean | "greedy" }): ParseResult<Row>;
    /** Writes rows of cells as CSV text. */
    unparse(rows: unknown[][], config: { newline?: string; escapeFormulae?: boolean }): string;
  }
  const papa: Papa;
  export default papa;
}
