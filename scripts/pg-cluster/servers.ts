/**
 * A set of throwaway PostGIS servers on 127.0.0.1 (each the bench-coverage cluster: initdb in a temp dir, trust
 * auth, a free port) with postgres_fdw available, for the province layout and its benchmark and test.
 */
import { ensurePostgis, startCluster, type PostgisCluster } from "../bench-coverage/postgis-cluster";

export interface Server extends PostgisCluster {
  /** `postgres://postgres@127.0.0.1:PORT/postgres`. */
  url: string;
}

/** Starts `count` servers one after the other (stop each in a finally block). */
export async function startServers(count: number): Promise<Server[]> {
  const ready = ensurePostgis();
  if (!ready.ok) throw new Error(ready.reason);
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const cluster = await startCluster();
      cluster.sql("CREATE EXTENSION IF NOT EXISTS postgres_fdw;");
      servers.push({ ...cluster, url: `postgres://postgres@127.0.0.1:${cluster.port}/postgres` });
    }
  } catch (error) {
    for (const server of servers) server.stop();
    throw error;
  }
  return servers;
}
