/**
 * Agreement with PostGIS/GEOS on the seeded S city: park coverage within 0.05 percentage points, residential and
 * covered areas and dissolved greenway length within 0.2 %. Skipped (with a message) when PostgreSQL + PostGIS are
 * not installed; `npm run bench:coverage` installs them.
 */
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { computeMetrics } from "../../src/analysis/index";
import { generateSyntheticCity } from "../../src/analysis/synthetic/synthetic-city";
import { startCluster } from "../../scripts/bench-coverage/postgis-cluster";
import { loadCity, postgisCoverage } from "../../scripts/bench-coverage/postgis-coverage";

const installed =
  existsSync("/usr/lib/postgresql") &&
  readdirSync("/usr/lib/postgresql").some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)) &&
  existsSync("/usr/share/postgresql") &&
  readdirSync("/usr/share/postgresql").some((v) => existsSync(`/usr/share/postgresql/${v}/extension/postgis.control`));

if (!installed) console.warn("PostGIS agreement test skipped: PostgreSQL/PostGIS not installed (run npm run bench:coverage to install)");

describe.skipIf(!installed)("agreement with PostGIS", () => {
  test("park coverage ratio within 0.05 pp, areas and greenway length within 0.2 %", async () => {
    const city = generateSyntheticCity("S", 5);
    const cluster = await startCluster();
    try {
      loadCity(cluster, city);
      const postgis = postgisCoverage(cluster, 120);
      const engine = computeMetrics({ residential: city.residential, parks: city.parks, greenways: city.greenways }, { ruleSetId: "qingdao-300-500" });
      const coverage = engine.parkCoverage;
      expect(Math.abs((coverage?.ratio ?? NaN) - postgis.ratio) * 100).toBeLessThan(0.05);
      expect(Math.abs((coverage?.residentialAreaM2 ?? NaN) / postgis.residentialAreaM2 - 1)).toBeLessThan(0.002);
      expect(Math.abs((coverage?.coveredAreaM2 ?? NaN) / postgis.coveredAreaM2 - 1)).toBeLessThan(0.002);
      expect(Math.abs((engine.greenways?.lengthKm ?? NaN) / postgis.greenwayLengthKm - 1)).toBeLessThan(0.002);
    } finally {
      cluster.stop();
    }
  }, 180_000);
});
