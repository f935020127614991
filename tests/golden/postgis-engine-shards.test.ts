/**
 * The province layout on three loopback servers (scripts/pg-cluster): `--engine postgis --by-city` on the
 * coordinator runs each city on the server that holds it and agrees with the JS engine city by city (ratios within
 * 0.01 pp, areas within 0.05 %); per-city aggregates through the coordinator are pushed down whole to the shards
 * (EXPLAIN VERBOSE: a Foreign Scan per shard, asynchronous, whose remote SQL holds the spatial work and the sum);
 * a shard that is down fails only its own city. Skipped (with a message) without PostgreSQL, PostGIS and postgres_fdw.
 */
import { existsSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { computeMetrics } from "../../src/analysis/index";
import { generateSyntheticCity } from "../../src/analysis/synthetic/synthetic-city";
import { reportToJson } from "../../src/cli/cli-output";
import { createProvince, type ProvinceCity } from "../../scripts/pg-cluster/province";
import { startServers, type Server } from "../../scripts/pg-cluster/servers";
import { cli } from "../cli-test-helpers";
import { expectSameMetrics } from "./postgis-engine-agreement";

const extension = (name: string) =>
  existsSync("/usr/share/postgresql") && readdirSync("/usr/share/postgresql").some((v) => existsSync(`/usr/share/postgresql/${v}/extension/${name}.control`));
const installed = existsSync("/usr/lib/postgresql") && extension("postgis") && extension("postgres_fdw");

if (!installed) console.warn("PostGIS shard test skipped: PostgreSQL/PostGIS/postgres_fdw not installed (.ci/run installs them)");

const CITIES: ProvinceCity[] = ["青岛", "烟台", "潍坊"].map((name, i) => {
  const city = generateSyntheticCity({ parcels: 400, parks: 40, greenways: 2 }, 11 + i);
  return { name, residential: city.residential, parks: city.parks };
});

describe.skipIf(!installed)("a province partitioned by city over three servers", () => {
  let servers: Server[] = [];
  beforeAll(async () => {
    servers = await startServers(3);
    createProvince(servers, CITIES);
  }, 120_000);
  afterAll(() =>
    servers.forEach((server) => {
      try {
        server.stop();
      } catch {
        // the failover test stopped it already
      }
    }),
  );

  /** The CLI's arguments for a province run over the coordinator's partitioned tables. */
  const byCityArgs = () => [
    "--engine",
    "postgis",
    "--db",
    servers[0]!.url,
    "--table-residential",
    "province.residential",
    "--table-parks",
    "province.parks",
    "--by-city",
  ];

  test("--by-city computes each city on its server and agrees with the JS engine", () => {
    const run = cli([...byCityArgs(), "--jobs", "3"]);
    expect(run.code).toBe(0);
    const { cities } = JSON.parse(run.stdout) as { cities: Record<string, unknown>[] };
    expect(cities.map((city) => city.name)).toEqual([...CITIES.map((city) => city.name)].sort());
    for (const [i, city] of CITIES.entries()) {
      const row = cities.find((entry) => entry.name === city.name) as Record<string, unknown>;
      const expectedServer = i === 0 ? "coordinator" : `127.0.0.1:${servers[i]!.port}`;
      expect(row.server).toBe(expectedServer);
      expect(run.stderr).toContain(`${city.name} on ${expectedServer}: done`);
      const { name: _name, server: _server, seconds, ...metrics } = row;
      expect(seconds).toBeGreaterThan(0);
      const js = reportToJson(computeMetrics({ residential: city.residential, parks: city.parks }, { ruleSetId: "qingdao-300-500" }), false);
      expectSameMetrics(js, metrics);
    }
  }, 300_000);

  test("a province-wide per-city aggregate through the coordinator runs on the shards, asynchronously; only sums come back", () => {
    const province = servers[0]!.sql(`EXPLAIN VERBOSE SELECT city, sum(ST_Area(geom::geography)) FROM province.residential GROUP BY city;`);
    expect(province.match(/Async Foreign Scan/g)).toHaveLength(2);
    expect(province.match(/Remote SQL: SELECT city, sum\(public\.st_area/g)).toHaveLength(2);
    expect(province).toMatch(/FROM shard\.residential_2 GROUP BY 1/);
    expect(province).toMatch(/FROM shard\.residential_3 GROUP BY 1/);
    const sums = new Map(
      servers[0]!
        .sql(`SELECT city, sum(ST_Area(geom::geography)) FROM province.residential GROUP BY city;`)
        .trim()
        .split("\n")
        .map((line) => line.split("|") as [string, string]),
    );
    const onShard = Number(servers[1]!.sql(`SELECT sum(ST_Area(geom::geography)) FROM shard.residential_2;`));
    expect(onShard).toBeGreaterThan(0);
    expect(Number(sums.get("烟台"))).toBeCloseTo(onShard, 3);
  }, 60_000);

  test("a shard that is down fails its city alone: its entry says why, the others are computed, exit code 3", () => {
    servers[2]!.stop();
    const run = cli(byCityArgs());
    expect(run.code).toBe(3);
    const { cities } = JSON.parse(run.stdout) as { cities: Record<string, unknown>[] };
    const failed = cities.filter((city) => city.error !== undefined);
    expect(failed.map((city) => city.name)).toEqual(["潍坊"]);
    expect(String(failed[0]!.error)).toMatch(/cannot connect/);
    expect(cities.filter((city) => city.parkCoverage !== undefined)).toHaveLength(2);
  }, 120_000);
});
