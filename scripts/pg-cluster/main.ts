/**
 * Starts throwaway PostgreSQL + PostGIS servers on loopback ports and keeps them until Ctrl-C:
 * `tsx scripts/pg-cluster/main.ts [SERVERS]` (default 3). Prints one `postgres://` URL per server, the first
 * being the coordinator (`--db`) in the province layout of `province.ts`.
 */
import { startServers } from "./servers";

const count = Number(process.argv[2] ?? 3);
const servers = await startServers(count);
for (const server of servers) process.stdout.write(`${server.url}\n`);
const stop = () => {
  for (const server of servers) server.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => undefined, 1 << 30);
