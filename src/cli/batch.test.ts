/**
 * `shanhai batch`: cities from layer files written here (and the Taipei extract from ../shared when present) in
 * worker threads, each row equal to the single-run JSON of the same inputs; a broken city, a city over the
 * memory limit and a malformed entry fail in their rows while the others are computed.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection } from "geojson";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, test } from "vitest";
import { cli, CLI_TIMEOUT_MS, expectOneLineExit2 } from "../../tests/cli-test-helpers";

const FIXTURE = new URL("../../tests/golden/in/park-on-district-boundary.geojson", import.meta.url);
const TAIPEI = fileURLToPath(new URL("../../../shared/data/osm/taipei-jingmei_2025-05-30.osm.gz", import.meta.url));
const taipeiAvailable = existsSync(TAIPEI);
if (!taipeiAvailable) console.warn(`batch: the Taipei city is left out, ${TAIPEI} is not available`);

const dir = mkdtempSync(join(tmpdir(), "shanhai-batch-"));
const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as FeatureCollection;
for (const layer of ["residential-land", "park", "district"]) {
  writeFileSync(
    join(dir, `${layer}.geojson`),
    JSON.stringify({ type: "FeatureCollection", features: fixture.features.filter((f) => f.properties?.layer === layer) }),
  );
}
writeFileSync(join(dir, "broken.geojson"), '{"type": "FeatureCollection", "features": [');

/** 150,000 small parcels (≈ 32 MB of GeoJSON): more than a 64 MB heap holds once parsed. */
function writeLargeLayer(path: string): void {
  const features: Feature[] = [];
  for (let i = 0; i < 150_000; i++) {
    const x = 120 + (i % 400) * 0.001;
    const y = 36 + Math.floor(i / 400) * 0.001;
    features.push({
      type: "Feature",
      properties: { id: i },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [x, y],
            [x + 0.0008, y],
            [x + 0.0008, y + 0.0008],
            [x, y + 0.0008],
            [x, y],
          ],
        ],
      },
    });
  }
  writeFileSync(path, JSON.stringify({ type: "FeatureCollection", features }));
}

const cityA = { name: "甲市", residential: "residential-land.geojson", parks: "park.geojson", districts: "district.geojson" };
const cityB = { name: "乙市", residential: join(dir, "residential-land.geojson"), parks: "park.geojson", rules: "custom:0=300", greenwayRadiusM: 500 };
const broken = { name: "坏市", residential: "broken.geojson", parks: "park.geojson" };

function writeManifest(name: string, cities: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ cities }));
  return path;
}

/** The single-run JSON of the same inputs, given on the command line. */
function single(args: string[]): Record<string, unknown> {
  const result = cli([...args, "--quiet"]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe("shanhai batch", () => {
  test(
    "computes each city as the single run does; a broken, an oversized and a malformed city fail alone",
    () => {
      writeLargeLayer(join(dir, "large.geojson"));
      const cities: unknown[] = [
        cityA,
        broken,
        { name: "大市", residential: "large.geojson", parks: "park.geojson" },
        cityB,
        { name: "缺市", parks: "park.geojson" },
      ];
      if (taipeiAvailable) cities.push({ name: "台北景美", osm: TAIPEI, rules: "who-2016" });
      const result = cli(["batch", "--manifest", writeManifest("cities.json", cities), "--jobs", "2", "--memory", "64", "--format", "json"]);
      expect(result.code).toBe(3);
      const out = JSON.parse(result.stdout) as { cities: Record<string, unknown>[] };
      expect(out.cities.map((city) => city.name)).toEqual(cities.map((city) => (city as { name: string }).name));
      const [a, bad, large, b, missing, taipei] = out.cities;

      const { inputs: _inputsA, ...singleA } = single([
        "--residential",
        join(dir, "residential-land.geojson"),
        "--parks",
        join(dir, "park.geojson"),
        "--districts",
        join(dir, "district.geojson"),
      ]);
      expect(a).toMatchObject({ ...singleA, error: null, dataDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
      const { inputs: _inputsB, ...singleB } = single([
        "--residential",
        join(dir, "residential-land.geojson"),
        "--parks",
        join(dir, "park.geojson"),
        "--rules",
        "custom:0=300",
        "--greenway-radius",
        "500",
      ]);
      expect(b).toMatchObject({ ...singleB, error: null });
      expect((b!.parkCoverage as { ratio: number }).ratio).not.toBe((a!.parkCoverage as { ratio: number }).ratio);

      expect(bad).toMatchObject({ error: expect.stringMatching(/broken\.geojson: not valid JSON/), dataDate: null });
      expect(bad).not.toHaveProperty("parkCoverage");
      expect(large!.error).toMatch(/ran out of memory \(the limit is 64 MB a job; raise --memory\)/);
      expect(missing!.error).toMatch(/missing --residential FILE/);
      if (taipei) expect(taipei).toMatchObject({ ruleSet: { id: "who-2016" }, dataDate: "2025-05-30T03:29:48.000Z", parks: { count: 5 }, error: null });

      const lines = result.stderr
        .trim()
        .split("\n")
        .filter((line) => line.startsWith("batch: "));
      expect(lines).toHaveLength(cities.length - 1);
      expect(result.stderr).toMatch(/^batch: \d\/\d 大市: failed after [\d.]+ s: ran out of memory/m);
    },
    CLI_TIMEOUT_MS,
  );

  test(
    "csv: a row per city, a column per indicator, with rule set, data date and error; xlsx the same table",
    () => {
      const manifest = writeManifest("two.json", [cityA, cityB, broken]);
      const csv = cli(["batch", "--manifest", manifest, "--quiet"]);
      expect(csv.code).toBe(3);
      expect(csv.stderr).toBe("");
      const rows = csv.stdout
        .trim()
        .split("\n")
        .map((line) => line.split(","));
      expect(rows[0]!.slice(0, 6)).toEqual(["city", "ruleSet", "dataDate", "seconds", "error", "parkCoverage.ratio"]);
      expect(rows[0]).not.toContainEqual(expect.stringContaining("byDistrict"));
      expect(rows.map((row) => row.slice(0, 2))).toEqual([
        ["city", "ruleSet"],
        ["甲市", "qingdao-300-500"],
        ["乙市", "custom:0=300"],
        ["坏市", ""],
      ]);
      expect(rows[3]![4]).toMatch(/broken\.geojson: not valid JSON/);
      const json = JSON.parse(cli(["batch", "--manifest", manifest, "--format", "json", "--quiet"]).stdout) as {
        cities: { parkCoverage?: { ratio: number } }[];
      };
      expect(Number(rows[1]![5])).toBe(json.cities[0]!.parkCoverage!.ratio);

      const xlsxPath = join(dir, "cities.xlsx");
      const xlsx = cli(["batch", "--manifest", manifest, "--format", "xlsx", "--out", xlsxPath, "--jobs", "1", "--quiet"]);
      expect({ code: xlsx.code, stdout: xlsx.stdout }).toEqual({ code: 3, stdout: "" });
      const files = unzipSync(new Uint8Array(readFileSync(xlsxPath)));
      const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
      const strings = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array()) + sheet;
      for (const text of ["甲市", "乙市", "坏市", "parkCoverage.ratio", "custom:0=300"]) expect(strings).toContain(text);
      expect(sheet).toContain(`<v>${json.cities[0]!.parkCoverage!.ratio}</v>`);
    },
    CLI_TIMEOUT_MS,
  );

  test(
    "a manifest that cannot be read is one line and exit 2",
    () => {
      expectOneLineExit2(cli(["batch", "--manifest", join(dir, "none.json")]), /--manifest .*none\.json: file not found/);
      const notJson = join(dir, "not.json");
      writeFileSync(notJson, "cities:\n  - 青岛");
      expectOneLineExit2(cli(["batch", "--manifest", notJson]), /--manifest .*not\.json: not valid JSON/);
      expectOneLineExit2(cli(["batch", "--manifest", writeManifest("empty.json", [])]), /with at least one city/);
    },
    CLI_TIMEOUT_MS,
  );
});
