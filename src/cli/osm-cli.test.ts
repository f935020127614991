/**
 * `metrics --osm`: the Taipei extract (../shared, skipped when absent) and the small fixtures cut from it and
 * from Andorra (tests/fixtures/osm) become metrics and exported role layers; bad OSM files exit 2 with one line.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FeatureCollection } from "geojson";
import { describe, expect, test } from "vitest";
import { cli, CLI_TIMEOUT_MS, expectOneLineExit2 } from "../../tests/cli-test-helpers";

const FIXTURES = fileURLToPath(new URL("../../tests/fixtures/osm/", import.meta.url));
const TAIPEI = fileURLToPath(new URL("../../../shared/data/osm/taipei-jingmei_2025-05-30.osm.gz", import.meta.url));
const ANDORRA = fileURLToPath(new URL("../../../shared/data/osm/andorra-latest_2021-10-28.osm.pbf", import.meta.url));
const taipeiAvailable = existsSync(TAIPEI);
const andorraAvailable = existsSync(ANDORRA);
if (!taipeiAvailable) console.warn(`osm-cli: the Taipei test is skipped, ${TAIPEI} is not available`);

const dir = mkdtempSync(join(tmpdir(), "shanhai-cli-osm-"));
const ROLES = ["district", "green-other", "greenway", "network", "park", "protected-area", "residential", "river", "shoreline", "water"];

describe("metrics --osm", () => {
  test.skipIf(!taipeiAvailable)(
    "computes every metric on the Taipei extract and exports its ten role layers",
    () => {
      const out = join(dir, "taipei-layers");
      const result = cli(["--osm", TAIPEI, "--export-layers", out]);
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout);
      expect(json.parkCoverage.ratio).toBeGreaterThan(0.5);
      expect(json.parkCoverage.byDistrict.map((d: { name: string }) => d.name)).toContain("大同里");
      expect(json.parks.count).toBe(5);
      expect(json.inputs.osm).toMatchObject({
        format: "xml",
        dataDate: "2025-05-30T03:29:48.000Z",
        districtAdminLevel: 9,
        clipRule: "cut",
        attribution: "© OpenStreetMap contributors, ODbL",
      });
      expect(json.inputs.osm.counts).toMatchObject({ park: 5, residential: 40, network: 865 });
      expect(result.stderr).toMatch(/warning: .*taipei.*: \d+ ways lack nodes/);
      expect(readdirSync(out).sort()).toEqual(ROLES.map((role) => `${role}.geojson`));
      const parks = JSON.parse(readFileSync(join(out, "park.geojson"), "utf8")) as FeatureCollection & { attribution: string };
      expect(parks.attribution).toBe("© OpenStreetMap contributors, ODbL");
      expect(parks.features.map((f) => f.properties?.name)).toContain("交通公園");
    },
    CLI_TIMEOUT_MS,
  );

  test.skipIf(!andorraAvailable)(
    "clips Andorra to its border by name, and asks for the id when a name is ambiguous",
    () => {
      const result = cli(["--osm", ANDORRA, "--osm-boundary", "andorra", "--osm-admin-level", "7", "--quiet"]);
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout);
      expect(json.inputs.osm.boundary).toEqual({ relationId: 9407, name: "安道尔 / 安道爾", nameEn: "Andorra", adminLevel: 2 });
      expect(json.inputs.osm.clippedFeatures).toBeGreaterThan(100);
      expect(json.parkCoverage.byDistrict).toHaveLength(7);
      // The derived walking network gives the walking column without --network: below the radius figure.
      expect(json.networkCoverage.byDistrict).toHaveLength(7);
      expect(json.networkCoverage.ratio).toBeGreaterThan(0.1);
      expect(json.networkCoverage.ratio).toBeLessThan(json.parkCoverage.ratio);
      expectOneLineExit2(
        cli(["--osm", ANDORRA, "--osm-boundary", "Andorra la Vella"]),
        /2 boundaries .* have that name; give the relation id: .*\(2804753, admin_level 7\)/,
      );
    },
    CLI_TIMEOUT_MS,
  );

  test(
    "reads the gzipped XML fixture and clips to nothing it lacks",
    () => {
      const result = cli(["--osm", join(FIXTURES, "taipei-jingmei-corner.osm.gz"), "--format", "csv", "--quiet"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^metric,value,ruleSet\nparkCoverage\.ratio,[\d.]+,/);
      expect(result.stderr).toBe("");
    },
    CLI_TIMEOUT_MS,
  );

  test(
    "a boundary the file does not hold, listing none",
    () => {
      expectOneLineExit2(
        cli(["--osm", join(FIXTURES, "taipei-jingmei-corner.osm.gz"), "--osm-boundary", "Atlantis"]),
        /--osm-boundary "Atlantis": no complete boundary relation .* \(the file has none\)/,
      );
    },
    CLI_TIMEOUT_MS,
  );

  test(
    "an extract without residential land",
    () => {
      expectOneLineExit2(
        cli(["--osm", join(FIXTURES, "andorra-centre.osm.pbf")]),
        /andorra-centre\.osm\.pbf: no residential land \(landuse=residential\) in the OSM file; give --residential FILE/,
      );
    },
    CLI_TIMEOUT_MS,
  );

  test(
    "a truncated PBF, a damaged gzip and bad XML",
    () => {
      const pbf = readFileSync(join(FIXTURES, "andorra-centre.osm.pbf"));
      const truncated = join(dir, "truncated.osm.pbf");
      writeFileSync(truncated, pbf.subarray(0, Math.floor(pbf.length / 2)));
      expectOneLineExit2(cli(["--osm", truncated]), /^error: .*truncated\.osm\.pbf: the PBF file is cut off/);
      const gz = readFileSync(join(FIXTURES, "taipei-jingmei-corner.osm.gz"));
      const damaged = join(dir, "damaged.osm.gz");
      writeFileSync(damaged, gz.subarray(0, gz.length - 100));
      expectOneLineExit2(cli(["--osm", damaged]), /damaged\.osm\.gz: the gzip data is damaged or cut off/);
      const xml = join(dir, "bad.osm");
      writeFileSync(xml, "<?xml version='1.0'?>\n<osm version='0.6'>\n<node id='1' lat='1' lon='1'>\n</way>\n</osm>");
      expectOneLineExit2(cli(["--osm", xml]), /bad\.osm: the OSM XML is malformed or cut off \(4:6: unexpected close tag/);
    },
    CLI_TIMEOUT_MS,
  );

  test(
    "a strict command line for the OSM options",
    () => {
      expectOneLineExit2(cli(["--osm-boundary", "x", "--residential", "a", "--parks", "b"]), /--osm-boundary needs --osm FILE/);
      expectOneLineExit2(cli(["--osm", "x.osm.pbf", "--osm-admin-level", "0"]), /--osm-admin-level must be a whole number from 1 to 12 \(got "0"\)/);
      expectOneLineExit2(cli(["--osm", join(dir, "missing.osm.pbf")]), /missing\.osm\.pbf: file not found/);
    },
    CLI_TIMEOUT_MS,
  );
});
