/**
 * Loads the layers the CLI read (any format the app imports) into PostGIS for `--engine postgis`: one table per
 * layer in the schema `--schema` names (`id` = the feature's position, `geom` in EPSG:4326, and the attributes
 * the metrics read: `population`, `name`, `area_m2`, the red line's `zone`, the shoreline's `type`), sent with
 * `COPY … FROM STDIN` (text format).
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FeatureCollection } from "geojson";
import type { ClientBase } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { quoteTable } from "./postgis-sql";

/** The layers the PostGIS engine reads, by their table name. */
export type LoadableLayer = "residential" | "parks" | "districts" | "greenways" | "redLine" | "shoreline";

/** One COPY text-format field: `\N` for null; backslash, tab, newline and carriage return escaped. */
function copyField(value: unknown): string {
  if (value === undefined || value === null || value === "") return "\\N";
  return String(value).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

function numberOrNull(value: unknown): number | null {
  const number = Number(value);
  return value !== null && value !== undefined && value !== "" && Number.isFinite(number) ? number : null;
}

/** A property as text, as the JS engine reads it: absent, null and objects count as none. */
function textOrNull(value: unknown): string | null {
  return value === undefined || value === null || typeof value === "object" ? null : String(value);
}

/**
 * The COPY text rows (`id`, GeoJSON geometry, `population`, `name`, `area_m2`, `zone`, `type`) of a collection's
 * features with a geometry, `id` being the feature's position from 1; `prefix` fields (a city) come first. `type`
 * is kept only when it is a string, as the shoreline's natural class reads it.
 */
export function* copyRows(collection: FeatureCollection, ...prefix: string[]): Generator<string> {
  let id = 0;
  for (const feature of collection.features) {
    id++;
    if (!feature.geometry) continue;
    const p = feature.properties ?? {};
    const name = typeof p.name === "string" ? p.name : p.name === undefined || p.name === null ? null : String(p.name);
    const type = typeof p.type === "string" ? p.type : null;
    const fields = [...prefix, id, JSON.stringify(feature.geometry), numberOrNull(p.population), name, numberOrNull(p.areaM2), textOrNull(p.zone), type];
    yield `${fields.map(copyField).join("\t")}\n`;
  }
}

/** The table a layer is loaded into: its name in snake case (`redLine` → `red_line`). */
function tableName(layer: LoadableLayer): string {
  return layer.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Creates `schema.table` afresh (the schema too when missing) and copies the collection into it, with a GiST
 * index on `geom`.
 */
export async function loadLayer(client: ClientBase, schema: string, layer: LoadableLayer, collection: FeatureCollection): Promise<string> {
  const qualified = `${schema}.${tableName(layer)}`;
  const table = quoteTable(qualified);
  await client.query("BEGIN");
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteTable(schema)}`);
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(
    `CREATE TEMP TABLE shanhai_copy (id int, geojson text, population float8, name text, area_m2 float8, zone text, type text) ON COMMIT DROP`,
  );
  await pipeline(Readable.from(copyRows(collection)), client.query(copyFrom("COPY shanhai_copy FROM STDIN")));
  await client.query(
    `CREATE TABLE ${table} AS SELECT id, ST_SetSRID(ST_GeomFromGeoJSON(geojson), 4326) AS geom, population, name, area_m2, zone, type FROM shanhai_copy`,
  );
  await client.query(`CREATE INDEX ON ${table} USING gist (geom)`);
  await client.query("COMMIT");
  await client.query(`ANALYZE ${table}`);
  return qualified;
}
