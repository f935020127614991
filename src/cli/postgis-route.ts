/**
 * Where a city's rows live. A province table partitioned by city (`PARTITION BY LIST (city)`) may have foreign
 * tables (postgres_fdw) as partitions; the city's statements then run on the server that holds it, so the spatial
 * work happens there and only the per-city sums travel. A local partition, or a table that is not partitioned,
 * is read on the server the CLI is connected to, filtered by city.
 */
import type { ClientBase, ClientConfig } from "pg";
import { quoteTable } from "./postgis-sql";

/** The server a city's rows are on (undefined: the coordinator itself) and the table holding them there. */
export interface CityPlace {
  server?: ClientConfig & { label: string };
  table: string;
}

interface PartitionRow {
  bound: string | null;
  local_table: string;
  table_options: string[] | null;
  server_options: string[] | null;
  user_options: string[] | null;
}

function options(list: readonly string[] | null): Map<string, string> {
  return new Map(
    (list ?? []).map((entry) => {
      const at = entry.indexOf("=");
      return [entry.slice(0, at), entry.slice(at + 1)];
    }),
  );
}

/** The list values of a partition bound `FOR VALUES IN ('a', 'b')`. */
function boundValues(bound: string): string[] {
  return [...bound.matchAll(/'((?:[^']|'')*)'/g)].map((match) => (match[1] as string).replace(/''/g, "'"));
}

/**
 * For each city, where the rows of `table` (a `schema.table` on the connected server) are.
 * @returns a map from city to place; cities not named by a partition bound read `table` itself
 */
export async function cityPlaces(client: ClientBase, table: string): Promise<Map<string, CityPlace>> {
  const { rows } = await client.query<PartitionRow>(
    `
    SELECT pg_get_expr(c.relpartbound, c.oid) AS bound, c.oid::regclass::text AS local_table,
           ft.ftoptions AS table_options, s.srvoptions AS server_options, um.umoptions AS user_options
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    LEFT JOIN pg_foreign_table ft ON ft.ftrelid = c.oid
    LEFT JOIN pg_foreign_server s ON s.oid = ft.ftserver
    LEFT JOIN pg_user_mappings um ON um.srvid = s.oid AND (um.usename = current_user OR um.usename = 'public')
    WHERE i.inhparent = $1::regclass`,
    [table],
  );
  const places = new Map<string, CityPlace>();
  for (const row of rows) {
    if (!row.bound) continue;
    let place: CityPlace = { table };
    if (row.server_options) {
      const server = options(row.server_options),
        tableOptions = options(row.table_options),
        user = options(row.user_options);
      const localName = row.local_table.split(".");
      const remote = `${tableOptions.get("schema_name") ?? (localName.length > 1 ? localName[0] : "public")}.${tableOptions.get("table_name") ?? localName[localName.length - 1]}`;
      const host = server.get("host") ?? "localhost",
        port = Number(server.get("port") ?? 5432);
      place = {
        table: remote,
        server: {
          host,
          port,
          database: server.get("dbname"),
          user: user.get("user"),
          password: user.get("password"),
          label: `${host}:${port}`,
        },
      };
    }
    for (const city of boundValues(row.bound)) places.set(city, place);
  }
  return places;
}

/** The cities of a table with a `city` column, in order. */
export async function tableCities(client: ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ city: string }>(`SELECT DISTINCT city FROM ${quoteTable(table)} ORDER BY city`);
  return rows.map((row) => row.city);
}
