/**
 * OGC GeoPackage 1.x driver (OGC 12-128r18): opens the SQLite file with sql.js
 * (WebAssembly, inlined build loaded lazily: no .wasm URL to configure), reads
 * the first feature table of `gpkg_contents` (or `options.layerName`), its
 * geometry column from `gpkg_geometry_columns`, and its CRS from
 * `gpkg_spatial_ref_sys` (EPSG code, else the WKT definition).
 *
 * The file is untrusted, and SQLite runs whatever SQL a view holds (a recursive view never ends, and sql.js
 * offers no progress handler to stop it). So the driver runs no SQL of the file's own: the metadata tables
 * and the feature table must be ordinary tables in `sqlite_master` (views and virtual tables are refused),
 * and only stored columns are selected (`PRAGMA table_xinfo` hidden = 0), so no generated-column
 * expression is evaluated either. Reading an ordinary table is linear in the file's size.
 */
import type { Feature, Geometry } from "geojson";
import type { Database, SqlValue } from "sql.js";
import { createPropertyRecord } from "./property-record";
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

/** Thrown for a GeoPackage that is not read (a metadata table that is a view…); becomes a fatal issue. */
class RefusedGeoPackage extends Error {
  constructor(
    readonly code: "parse-error" | "view-not-read",
    message: string,
  ) {
    super(message);
  }
}

const METADATA_TABLES = ["gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys"];

/** Kind of a schema object: "table" (ordinary), "virtual" (CREATE VIRTUAL TABLE), "view", or undefined. */
function schemaKind(database: Database, name: string): "table" | "virtual" | "view" | undefined {
  const [entry] = rows(database, "SELECT type, sql FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')", [name]);
  if (!entry) return undefined;
  if (entry.type === "view") return "view";
  return /^\s*create\s+virtual\s/i.test(String(entry.sql ?? "")) ? "virtual" : "table";
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
  const columns = rows(database, `PRAGMA table_xinfo(${quoteIdentifier(table)})`).filter((column) => Number(column.hidden) === 0);
  const primaryKeyValue = columns.find((column) => Number(column.pk) === 1)?.name;
  const primaryKey = typeof primaryKeyValue === "string" ? primaryKeyValue : undefined;
  const names = columns.map((column) => String(column.name));
  if (names.length === 0) throw new Error(`table ${table} has no columns`);
  raw.declaredCrs = declaredCrs(database, geometryColumn.srs_id ?? null);
  let broken = 0;
  const features: Feature[] = [];
  const statement = database.prepare(`SELECT ${names.map(quoteIdentifier).join(", ")} FROM ${quoteIdentifier(table)}`);
  const values: SqlValue[][] = [];
  try {
    while (statement.step()) values.push(statement.get());
  } finally {
    statement.free();
  }
  const geometryIndex = names.indexOf(geometryName);
  const primaryKeyIndex = primaryKey === undefined ? -1 : names.indexOf(primaryKey);
  values.forEach((row, index) => {
    const properties = createPropertyRecord();
    names.forEach((name, column) => {
      if (column !== geometryIndex && column !== primaryKeyIndex) properties[name] = row[column] instanceof Uint8Array ? null : row[column];
    });
    let geometry: Geometry | null = null;
    const blob = geometryIndex >= 0 ? row[geometryIndex] : undefined;
    try {
      geometry = blob instanceof Uint8Array ? parseGeoPackageGeometry(blob) : null;
    } catch {
      broken++;
    }
    const id = primaryKeyIndex >= 0 ? row[primaryKeyIndex] : index;
    features.push(createFeature(geometry, properties, typeof id === "number" || typeof id === "string" ? id : undefined));
  });
  if (broken > 0)
    raw.issues.push(
      context.issue("parse-error", `${context.fileName}: ${broken} geometry blob(s) in ${table} could not be decoded.`, {
        count: broken,
        details: { kind: "blobs", table },
      }),
    );
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
      for (const name of METADATA_TABLES) {
        const kind = schemaKind(database, name);
        if (kind !== "table")
          throw new RefusedGeoPackage(
            "parse-error",
            `${context.fileName}: ${name} is not a table${kind ? ` (it is a ${kind === "view" ? "view" : "virtual table"}, not read)` : ""}; not a valid GeoPackage.`,
          );
      }
      const listed = rows(database, "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name").map((row) =>
        String(row.table_name),
      );
      const tables = listed.filter((table) => schemaKind(database, table) === "table");
      const views = listed.filter((table) => !tables.includes(table));
      const wanted = context.options.layerName;
      if (wanted !== undefined && views.includes(wanted))
        throw new RefusedGeoPackage(
          "view-not-read",
          `${context.fileName}: "${wanted}" is a view or virtual table; only ordinary tables are read (a view runs the file's own SQL).`,
        );
      if (tables.length === 0) {
        if (views.length > 0)
          throw new RefusedGeoPackage(
            "view-not-read",
            `${context.fileName}: the GeoPackage's feature layers (${views.map((view) => `"${view}"`).join(", ")}) are views or virtual tables; only ordinary tables are read (a view runs the file's own SQL).`,
          );
        raw.issues.push(context.issue("empty-layer", `${context.fileName}: the GeoPackage has no feature table.`, { severity: "fatal" }));
        return raw;
      }
      const chosen = tables.find((table) => table === wanted) ?? tables[0]!;
      readTable(database, chosen, context, raw);
      if (views.length > 0) {
        raw.issues.push(
          context.issue(
            "view-not-read",
            `${context.fileName}: ${views.map((view) => `"${view}"`).join(", ")} ${views.length === 1 ? "is a view" : "are views"} (or virtual tables) and ${views.length === 1 ? "was" : "were"} not read; only ordinary tables are read.`,
            { count: views.length, details: { kind: "views", views: views.join(", ") } },
          ),
        );
      }
      if (tables.length > 1) {
        raw.issues.push(
          context.issue(
            "layers-skipped",
            `${context.fileName}: holds ${tables.length} feature tables; read "${chosen}", skipped ${tables.filter((table) => table !== chosen).join(", ")}.`,
            { severity: "info", details: { kind: "chosen", chosen, skipped: tables.filter((table) => table !== chosen).join(", ") } },
          ),
        );
      }
      return raw;
    } catch (error) {
      if (!(error instanceof RefusedGeoPackage)) throw error;
      return { featureCollection: emptyCollection(), issues: [...raw.issues, context.issue(error.code, error.message, { severity: "fatal" })] };
    } finally {
      database.close();
    }
  },
};
