/**
 * OGC GeoPackage 1.x driver (OGC 12-128r18): opens the SQLite file with sql.js
 * (WebAssembly, inlined build loaded lazily: no .wasm URL to configure), reads
 * the first feature table of `gpkg_contents` (or `options.layerName`), its
 * geometry column from `gpkg_geometry_columns`, and its CRS from
 * `gpkg_spatial_ref_sys` (EPSG code, else the WKT definition).
 */
import type { Feature, Geometry } from "geojson";
import type { Database, SqlValue } from "sql.js";
import { createFeature, emptyCollection, type DriverContext, type FormatDriver, type RawLayer } from "./driver";
import { describeCrs } from "../crs/crs-registry";
import { parseGeoPackageGeometry } from "./wkb";

let sqlModule: Promise<{ Database: new (data?: Uint8Array) => Database }> | undefined;

function loadSql() {
  sqlModule ??= import("sql.js/dist/sql-wasm-inline.js").then((module) => module.default());
  return sqlModule;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function rows(database: Database, sql: string, parameters: SqlValue[] = []): Record<string, SqlValue>[] {
  const statement = database.prepare(sql, parameters);
  const result: Record<string, SqlValue>[] = [];
  try {
    while (statement.step()) result.push(statement.getAsObject());
  } finally {
    statement.free();
  }
  return result;
}

function declaredCrs(database: Database, srsId: SqlValue): RawLayer["declaredCrs"] {
  const [srs] = rows(database, "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?", [srsId]);
  if (!srs) return undefined;
  const code = `EPSG:${srs.organization_coordsys_id}`;
  if (String(srs.organization).toUpperCase() === "EPSG" && describeCrs(code)) return { text: code, origin: "gpkg-srs" };
  if (typeof srs.definition === "string" && srs.definition !== "undefined") return { text: srs.definition, origin: "gpkg-srs" };
  return String(srs.organization).toUpperCase() === "EPSG" ? { text: code, origin: "gpkg-srs" } : undefined;
}

function readTable(database: Database, table: string, context: DriverContext, raw: RawLayer): void {
  const [geometryColumn] = rows(database, "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?", [table]);
  if (!geometryColumn) throw new Error(`table ${table} has no entry in gpkg_geometry_columns`);
  const geometryName = String(geometryColumn.column_name);
  const primaryKeyValue = rows(database, `PRAGMA table_info(${quoteIdentifier(table)})`).find((column) => Number(column.pk) === 1)?.name;
  const primaryKey = typeof primaryKeyValue === "string" ? primaryKeyValue : undefined;
  raw.declaredCrs = declaredCrs(database, geometryColumn.srs_id ?? null);
  let broken = 0;
  const features: Feature[] = [];
  rows(database, `SELECT * FROM ${quoteIdentifier(table)}`).forEach((row, index) => {
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      if (key !== geometryName && key !== primaryKey) properties[key] = value instanceof Uint8Array ? null : value;
    }
    let geometry: Geometry | null = null;
    const blob = row[geometryName];
    try {
      geometry = blob instanceof Uint8Array ? parseGeoPackageGeometry(blob) : null;
    } catch {
      broken++;
    }
    const id = primaryKey ? row[primaryKey] : index;
    features.push(createFeature(geometry, properties, typeof id === "number" || typeof id === "string" ? id : undefined));
  });
  if (broken > 0) raw.issues.push(context.issue("parse-error", `${context.fileName}: ${broken} geometry blob(s) in ${table} could not be decoded.`, { count: broken }));
  raw.featureCollection = { type: "FeatureCollection", features };
}

export const geoPackageDriver: FormatDriver = {
  id: "geopackage",
  extensions: ["gpkg"],
  sniff: (_bytes, head) => head.startsWith("SQLite format 3"),
  read: async (bytes, context) => {
    const raw: RawLayer = { featureCollection: emptyCollection(), issues: [] };
    const SQL = await loadSql();
    const database = new SQL.Database(bytes);
    try {
      const tables = rows(database, "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name").map((row) => String(row.table_name));
      if (tables.length === 0) {
        raw.issues.push(context.issue("empty-layer", `${context.fileName}: the GeoPackage has no feature table.`, { severity: "fatal" }));
        return raw;
      }
      const chosen = tables.find((table) => table === context.options.layerName) ?? tables[0]!;
      readTable(database, chosen, context, raw);
      if (tables.length > 1) {
        raw.issues.push(context.issue("layers-skipped", `${context.fileName}: holds ${tables.length} feature tables; read "${chosen}", skipped ${tables.filter((table) => table !== chosen).join(", ")}.`, { severity: "info" }));
      }
      return raw;
    } finally {
      database.close();
    }
  },
};
