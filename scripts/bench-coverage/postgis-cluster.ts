/**
 * A throwaway PostgreSQL + PostGIS cluster for the benchmark: initdb under a temp dir as the `postgres` user,
 * listening on 127.0.0.1 and a free port, stopped and deleted by `stop()`. Installs Debian `postgresql` +
 * `postgis` with apt-get when missing and running as root.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PostgisCluster {
  /** Runs SQL through psql and returns stdout (unaligned, tuples only). */
  sql(text: string): string;
  /** Copies a tab-separated file into a table. */
  copy(table: string, columns: string, file: string): void;
  dir: string;
  /** The loopback port it listens on; `postgres://postgres@127.0.0.1:PORT/postgres` reaches it (trust auth). */
  port: number;
  stop(): void;
}

function binDir(): string | undefined {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, "bin", "initdb")))
    .sort();
  const newest = versions.at(-1);
  return newest === undefined ? undefined : join(base, newest, "bin");
}

function hasPostgis(): boolean {
  return (
    existsSync("/usr/share/postgresql") &&
    readdirSync("/usr/share/postgresql").some((v) => existsSync(join("/usr/share/postgresql", v, "extension", "postgis.control")))
  );
}

/** Makes sure PostgreSQL and PostGIS are installed; returns false (with a reason) when they cannot be. */
export function ensurePostgis(): { ok: true } | { ok: false; reason: string } {
  if (binDir() && hasPostgis()) return { ok: true };
  if (process.getuid?.() !== 0) return { ok: false, reason: "PostgreSQL/PostGIS missing and not root to apt-get install them" };
  const version = spawnSync("bash", ["-c", "apt-cache show postgresql 2>/dev/null | sed -n 's/^Depends: postgresql-\\([0-9]*\\).*/\\1/p' | head -1"], {
    encoding: "utf8",
  }).stdout.trim();
  const packages = ["postgresql", version ? `postgresql-${version}-postgis-3` : "postgis"];
  console.error(`installing ${packages.join(" ")} with apt-get …`);
  const result = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...packages], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.status !== 0 || !binDir() || !hasPostgis()) return { ok: false, reason: "apt-get install of postgresql/postgis failed" };
  return { ok: true };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Starts the cluster (call `stop()` in a finally block). */
export async function startCluster(): Promise<PostgisCluster> {
  const bin = binDir() as string;
  const dir = mkdtempSync(join(tmpdir(), "shanhai-pg-"));
  chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  const postgres = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  if (asRoot) chownSync(dir, postgres, postgres);
  const run = (command: string, args: string[], input?: string) => {
    const full = asRoot ? (["runuser", ["-u", "postgres", "--", command, ...args]] as const) : ([command, args] as const);
    const result = spawnSync(full[0], full[1] as string[], { input, encoding: "utf8", maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.split("\n").slice(0, 3).join(" ")}`);
    return result.stdout;
  };
  const port = await freePort();
  const data = join(dir, "data");
  run(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  run(join(bin, "pg_ctl"), [
    "-D",
    data,
    "-w",
    "-l",
    join(dir, "log.txt"),
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_parallel_workers_per_gather=0 -c work_mem=256MB -c shared_buffers=256MB`,
    "start",
  ]);
  const psqlArgs = ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", "postgres", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"];
  const cluster: PostgisCluster = {
    dir,
    port,
    sql: (text) => run("psql", psqlArgs, text),
    copy(table, columns, file) {
      if (asRoot) chownSync(file, postgres, postgres);
      run("psql", [...psqlArgs, "-c", `\\copy ${table}(${columns}) from '${file}'`]);
    },
    stop() {
      try {
        run(join(bin, "pg_ctl"), ["-D", data, "-w", "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  cluster.sql("CREATE EXTENSION postgis;");
  return cluster;
}

/** Writes rows as a tab-separated file inside the cluster's temp dir. */
export function writeTsv(cluster: PostgisCluster, name: string, rows: string[]): string {
  const file = join(cluster.dir, name);
  writeFileSync(file, `${rows.join("\n")}\n`);
  return file;
}
