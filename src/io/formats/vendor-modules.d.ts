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
