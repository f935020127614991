/**
 * The province layout on a set of PostGIS servers: on the coordinator (the first server) the tables
 * `province.residential` and `province.parks`, partitioned by `city` (`PARTITION BY LIST`). City i lives on server
 * i mod N: on the coordinator as an ordinary partition, elsewhere as a table `shard.<layer>_<i>` on that server,
 * attached to the coordinator as a postgres_fdw foreign-table partition (server options `extensions 'postgis'`
 * so PostGIS functions are pushed down, `async_capable 'true'` so scans of several shards run at once,
 * `fdw_tuple_cost '1'` because a row that travels carries a geometry, which makes the planner prefer sending the
 * aggregate to fetching the rows), and
 * `enable_partitionwise_aggregate` on and the foreign partitions analysed (their row counts known), so that an
 * aggregate per city is computed on the server holding the city.
 * With one server every city is a local partition: the single-server layout.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FeatureCollection } from "geojson";
import { copyRows } from "../../src/cli/postgis-load";
import type { Server } from "./servers";

export interface ProvinceCity {
  name: string;
  residential: FeatureCollection;
  parks: FeatureCollection;
}

const LAYERS = ["residential", "parks"] as const;
const COLUMNS = "city text NOT NULL, id int, geom geometry(Geometry, 4326), population float8, name text, area_m2 float8, zone text, type text";

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Copies one city's layer into `table` on `server` (through a staging table of GeoJSON text), with a GiST index. */
function load(server: Server, table: string, city: string, collection: FeatureCollection): void {
  const file = join(server.dir, "stage.tsv");
  writeFileSync(file, [...copyRows(collection, city)].join(""));
  server.sql(
    "DROP TABLE IF EXISTS stage; CREATE UNLOGGED TABLE stage (city text, id int, j text, population float8, name text, area_m2 float8, zone text, type text);",
  );
  server.copy("stage", "city, id, j, population, name, area_m2, zone, type", file);
  server.sql(`
    INSERT INTO ${table} SELECT city, id, ST_SetSRID(ST_GeomFromGeoJSON(j), 4326), population, name, area_m2, zone, type FROM stage;
    DROP TABLE stage;
    CREATE INDEX ON ${table} USING gist (geom);
    ANALYZE ${table};`);
}

/** Creates the province tables on `servers[0]` and loads every city onto its server (untimed set-up). */
export function createProvince(servers: readonly Server[], cities: readonly ProvinceCity[]): void {
  const [coordinator] = servers;
  if (!coordinator) throw new Error("no server");
  // Aggregates over the partitioned tables are computed per partition, so a foreign partition's sum runs remotely.
  coordinator.sql(`ALTER DATABASE postgres SET enable_partitionwise_aggregate = on;
    DROP SCHEMA IF EXISTS province CASCADE; CREATE SCHEMA province;
    ${LAYERS.map((layer) => `CREATE TABLE province.${layer} (${COLUMNS}) PARTITION BY LIST (city);`).join("\n")}`);
  servers.forEach((server, k) => {
    if (k === 0) return;
    server.sql("DROP SCHEMA IF EXISTS shard CASCADE; CREATE SCHEMA shard;");
    coordinator.sql(`
      DROP SERVER IF EXISTS shard_${k} CASCADE;
      CREATE SERVER shard_${k} FOREIGN DATA WRAPPER postgres_fdw
        OPTIONS (host '127.0.0.1', port '${server.port}', dbname 'postgres', extensions 'postgis', async_capable 'true', fdw_tuple_cost '1', fetch_size '10000');
      CREATE USER MAPPING FOR CURRENT_USER SERVER shard_${k} OPTIONS (user 'postgres');`);
  });
  cities.forEach((city, i) => {
    const k = i % servers.length;
    const server = servers[k] as Server;
    for (const layer of LAYERS) {
      const name = `${layer}_${i + 1}`;
      if (k === 0) {
        coordinator.sql(`CREATE TABLE province.${name} PARTITION OF province.${layer} FOR VALUES IN (${literal(city.name)});`);
        load(coordinator, `province.${name}`, city.name, city[layer]);
      } else {
        server.sql(`CREATE TABLE shard.${name} (${COLUMNS});`);
        load(server, `shard.${name}`, city.name, city[layer]);
        coordinator.sql(`CREATE FOREIGN TABLE province.${name} PARTITION OF province.${layer} FOR VALUES IN (${literal(city.name)})
          SERVER shard_${k} OPTIONS (schema_name 'shard', table_name '${name}');
          ANALYZE province.${name};`);
      }
    }
  });
}
