/**
 * `--engine postgis` against the JS engine, both through the built CLI, on the seeded synthetic city S and on the
 * shipped dataset (residential land, parks, greenways, districts): the same JSON keys and counts, every ratio
 * within 0.01 percentage points and every area and length within 0.05 %. The layers are loaded by the CLI (COPY)
 * for S and read as existing tables for the shipped dataset. Skipped (with a message) without PostgreSQL and
 * PostGIS (`.ci/run` installs them).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateSyntheticCity } from "../../src/analysis/synthetic/synthetic-city";
import { startCluster, type PostgisCluster } from "../../scripts/bench-coverage/postgis-cluster";
import { cli } from "../cli-test-helpers";
import { expectSameMetrics } from "./postgis-engine-agreement";

const installed =
  existsSync("/usr/lib/postgresql") &&
  readdirSync("/usr/lib/postgresql").some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)) &&
  existsSync("/usr/share/postgresql") &&
  readdirSync("/usr/share/postgresql").some((v) => existsSync(`/usr/share/postgresql/${v}/extension/postgis.control`));

if (!installed) console.warn("PostGIS engine agreement test skipped: PostgreSQL/PostGIS not installed (.ci/run installs them)");

describe.skipIf(!installed)("--engine postgis agrees with the JS engine", () => {
  let cluster: PostgisCluster;
  let db: string;
  beforeAll(async () => {
    cluster = await startCluster();
    db = `postgres://postgres@127.0.0.1:${cluster.port}/postgres`;
  }, 60_000);
  afterAll(() => cluster?.stop());

  test("synthetic city S, layers loaded by the CLI: ratios within 0.01 pp, areas within 0.05 %", () => {
    const dir = mkdtempSync(join(tmpdir(), "shanhai-pg-engine-"));
    const city = generateSyntheticCity("S", 5);
    const files = Object.fromEntries(
      Object.entries(city).map(([name, collection]) => {
        const file = join(dir, `${name}.geojson`);
        writeFileSync(file, JSON.stringify(collection));
        return [name, file];
      }),
    );
    const layers = ["--residential", files.residential!, "--parks", files.parks!, "--greenways", files.greenways!, "--districts", files.districts!];
    const js = cli(layers);
    const pg = cli([...layers, "--engine", "postgis", "--db", db, "--schema", "city_s"]);
    expect({ code: pg.code, stderr: pg.stderr }).toEqual({ code: 0, stderr: "" });
    expect(js.code).toBe(0);
    expectSameMetrics(JSON.parse(js.stdout), JSON.parse(pg.stdout));
    expect(cluster.sql("SELECT count(*) FROM city_s.residential;").trim()).toBe("1000");
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);

  test("shipped dataset read from existing tables: ratios within 0.01 pp, areas within 0.05 %", () => {
    const shipped = {
      residential: "layers/residential-land/data.geojson",
      parks: "layers/park/data.geojson",
      greenways: "layers/greenway/data.geojson",
      districts: "layers/district/data.geojson",
    };
    const load = cli(["--engine", "postgis", "--db", db, "--schema", "qingdao", ...Object.entries(shipped).flatMap(([k, v]) => [`--${k}`, v])]);
    expect(load.code).toBe(0);
    const js = cli(Object.entries(shipped).flatMap(([k, v]) => [`--${k}`, v]));
    const pg = cli([
      "--engine",
      "postgis",
      "--db",
      db,
      "--table-residential",
      "qingdao.residential",
      "--table-parks",
      "qingdao.parks",
      "--table-greenways",
      "qingdao.greenways",
      "--table-districts",
      "qingdao.districts",
    ]);
    expect({ code: pg.code, stderr: pg.stderr }).toEqual({ code: 0, stderr: "" });
    const jsJson = JSON.parse(js.stdout);
    const pgJson = JSON.parse(pg.stdout);
    expect(pgJson.inputs).toEqual({});
    expectSameMetrics({ ...jsJson, inputs: {} }, pgJson);
    expect(jsJson.parkCoverage.byDistrict.length).toBeGreaterThan(5);
  }, 300_000);
});
