/**
 * `--engine postgis` against the JS engine, both through the built CLI, on the seeded synthetic city S (with a
 * red line and shoreline drawn on it) and on the shipped dataset (residential land, parks, greenways, districts,
 * red line, shoreline): the same JSON keys and counts, every ratio within 0.01 percentage points and every area
 * and length within 0.05 %. The layers are loaded by the CLI (COPY) for S and read as existing tables for the
 * shipped dataset; the red line's per-district figures, which the CLI prints only with `--detail` (JS engine
 * only), are compared on the engines' reports. A city computed after another on the same connection gets exactly
 * the figures of a fresh connection. Skipped (with a message) without PostgreSQL and PostGIS (`.ci/run` installs
 * them).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import postgres from "pg";
import { MetricsSession } from "../../src/analysis/index";
import { generateSyntheticCity } from "../../src/analysis/synthetic/synthetic-city";
import { reportToJson } from "../../src/cli/cli-output";
import { computePostgisCity } from "../../src/cli/postgis-engine";
import type { RedLineResult } from "../../src/domain/metrics-report";
import { DEFAULT_RULE_SET_ID, resolveRuleSet } from "../../src/domain/rule-sets";
import { startCluster, type PostgisCluster } from "../../scripts/bench-coverage/postgis-cluster";
import { cli } from "../cli-test-helpers";
import { expectSameMetrics } from "./postgis-engine-agreement";
import { syntheticCoast } from "./postgis-engine-coast";

/** `red_line` → `redLine`: a table name as its layer key. */
const camel = (name: string) => name.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());

/** The red-line block in the agreement rule's vocabulary: measures end in Km2/M2, shares in Ratio. */
function comparableRedLine(r: RedLineResult | undefined) {
  return {
    areaKm2: r?.areaKm2,
    areaHaM2: (r?.areaHa ?? 0) * 1e4,
    areaMuM2: ((r?.areaMu ?? 0) * 2000) / 3,
    landAreaKm2: r?.landAreaKm2,
    seaAreaKm2: r?.seaAreaKm2,
    landShareRatio: r?.landShare,
    byDistrict: r?.byDistrict?.map((d) => ({ name: d.name, landAreaKm2: d.landAreaKm2, landShareRatio: d.landShare })),
  };
}

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

  test("synthetic city S, layers loaded by the CLI: ratios within 0.01 pp, areas within 0.05 %", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shanhai-pg-engine-"));
    const city = generateSyntheticCity("S", 5);
    const coast = syntheticCoast(city);
    const files = Object.fromEntries(
      Object.entries({ ...city, ...coast }).map(([name, collection]) => {
        const file = join(dir, `${name}.geojson`);
        writeFileSync(file, JSON.stringify(collection));
        return [name, file];
      }),
    );
    const layers = [
      ...["--residential", files.residential!, "--parks", files.parks!, "--greenways", files.greenways!, "--districts", files.districts!],
      ...["--red-line", files.redLine!, "--shoreline", files.shoreline!],
    ];
    const js = cli(layers);
    const pg = cli([...layers, "--engine", "postgis", "--db", db, "--schema", "city_s"]);
    expect({ code: pg.code, stderr: pg.stderr }).toEqual({ code: 0, stderr: "" });
    expect(js.code).toBe(0);
    expectSameMetrics(JSON.parse(js.stdout), JSON.parse(pg.stdout));
    expect(cluster.sql("SELECT count(*) FROM city_s.residential;").trim()).toBe("1000");
    rmSync(dir, { recursive: true, force: true });

    const jsReport = new MetricsSession({ ...city, ...coast }, { ruleSetId: DEFAULT_RULE_SET_ID }).report();
    const client = new postgres.Client(db);
    await client.connect();
    const table = (name: string) => `(SELECT * FROM city_s.${name}) AS ${name}`;
    const layerTables = {
      residential: "residential",
      parks: "parks",
      districts: "districts",
      greenways: "greenways",
      redLine: "red_line",
      shoreline: "shoreline",
    };
    const pgReport = await computePostgisCity(client, Object.fromEntries(Object.entries(layerTables).map(([k, v]) => [k, table(v)])) as never, {
      ruleSet: resolveRuleSet(DEFAULT_RULE_SET_ID),
      greenwayRadiusM: 1000,
    }).finally(() => client.end());
    expect(jsReport.redLine?.byDistrict).toHaveLength(city.districts.features.length);
    expect(jsReport.redLine?.seaAreaKm2).toBeGreaterThan(0);
    expect(jsReport.shoreline?.naturalRatio).toBeGreaterThan(0);
    expectSameMetrics(comparableRedLine(jsReport.redLine), comparableRedLine(pgReport.redLine));
    expectSameMetrics(jsReport.shoreline, pgReport.shoreline);
  }, 180_000);

  test("shipped dataset read from existing tables: ratios within 0.01 pp, areas within 0.05 %; the same figures after another city on one connection", async () => {
    const shipped = {
      residential: "layers/residential-land/data.geojson",
      parks: "layers/park/data.geojson",
      greenways: "layers/greenway/data.geojson",
      districts: "layers/district/data.geojson",
      "red-line": "layers/ecological-red-line/data.geojson",
      shoreline: "layers/shoreline/data.geojson",
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
      "--table-red-line",
      "qingdao.red_line",
      "--table-shoreline",
      "qingdao.shoreline",
    ]);
    expect({ code: pg.code, stderr: pg.stderr }).toEqual({ code: 0, stderr: "" });
    const jsJson = JSON.parse(js.stdout);
    const pgJson = JSON.parse(pg.stdout);
    expect(pgJson.inputs).toEqual({});
    expectSameMetrics({ ...jsJson, inputs: {} }, pgJson);
    expect(jsJson.parkCoverage.byDistrict.length).toBeGreaterThan(5);
    expect(pgJson.redLine.seaAreaKm2).toBeGreaterThan(0);
    expect(pgJson.shoreline.naturalRatio).toBeGreaterThan(0);

    const client = new postgres.Client(db);
    await client.connect();
    const params = { ruleSet: resolveRuleSet(DEFAULT_RULE_SET_ID), greenwayRadiusM: 1000 };
    const tables = (schema: string, names: string[]) =>
      Object.fromEntries(names.map((name) => [camel(name), `(SELECT * FROM ${schema}.${name}) AS ${name}`])) as never;
    const secondOnConnection = await computePostgisCity(client, tables("city_s", ["residential", "parks"]), params)
      .then(() => computePostgisCity(client, tables("qingdao", ["residential", "parks", "greenways", "districts", "red_line", "shoreline"]), params))
      .finally(() => client.end());
    expect({ ...reportToJson(secondOnConnection, false), inputs: {} }).toEqual(pgJson);
  }, 300_000);
});
