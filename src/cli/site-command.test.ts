import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const MAIN = new URL("./main.ts", import.meta.url).pathname;
const SF = new URL("../../tests/fixtures/siting/", import.meta.url);

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", MAIN, "site", ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const point = (id: string, lon: number, lat: number, properties: Record<string, unknown> = {}) => ({
  type: "Feature",
  properties: { id, ...properties },
  geometry: { type: "Point", coordinates: [lon, lat] },
});
const square = (id: string, lon: number, lat: number, halfDeg: number, properties: Record<string, unknown> = {}) => ({
  type: "Feature",
  properties: { id, ...properties },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [lon - halfDeg, lat - halfDeg],
        [lon + halfDeg, lat - halfDeg],
        [lon + halfDeg, lat + halfDeg],
        [lon - halfDeg, lat + halfDeg],
        [lon - halfDeg, lat - halfDeg],
      ],
    ],
  },
});

/** The San Francisco fixture as layers (positions are placeholders: the distance matrix decides coverage). */
function sfFiles() {
  const dir = mkdtempSync(join(tmpdir(), "shanhai-site-"));
  const rows = (name: string) =>
    readFileSync(new URL(name, SF), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","));
  const tracts = rows("sf-tract-population-2000.csv").map(([id, pop], index) => point(id ?? "", 120 + index * 0.001, 36, { pop2000: Number(pop) }));
  const stores = [...new Set(rows("sf-network-distance-within-5000m.csv").map(([store]) => store ?? ""))].map((id, index) =>
    point(id, 120 + index * 0.001, 36.1),
  );
  const files = {
    demand: join(dir, "tracts.geojson"),
    candidates: join(dir, "stores.geojson"),
    matrix: new URL("sf-network-distance-within-5000m.csv", SF).pathname,
    bad: join(dir, "bad.csv"),
  };
  writeFileSync(files.demand, JSON.stringify({ type: "FeatureCollection", features: tracts }));
  writeFileSync(files.candidates, JSON.stringify({ type: "FeatureCollection", features: stores }));
  writeFileSync(files.bad, "candidate,tract,distance_m\nStore_1,060750479.01,10\nStore_99,060750479.01,10\n");
  return files;
}

describe("site CLI", () => {
  const files = sfFiles();
  const sf = [
    "--demand",
    files.demand,
    "--candidates",
    files.candidates,
    "--id-field",
    "id",
    "--weight-field",
    "pop2000",
    "--distance-matrix",
    files.matrix,
    "--matrix-columns",
    "candidate=candidate,demand=tract,distance=distance_m",
    "--radius-m",
    "5000",
  ];

  test("reproduces spopt's San Francisco MCLP (4 sites at 5,000 m: 21 tracts uncovered) with the issue's JSON keys", () => {
    const { code, stdout, stderr } = cli([...sf, "--count", "4"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["method", "sites", "coveredWeight", "totalWeight", "coveredRatio", "uncoveredCount", "bound", "gapRatio", "boundKind"]);
    expect(json.method).toBe("exact");
    expect(json.uncoveredCount).toBe(21);
    expect(json.gapRatio).toBe(0);
    expect(json.sites.map((site: { rank: number }) => site.rank)).toEqual([1, 2, 3, 4]);
    expect(Object.keys(json.sites[0])).toEqual(["id", "rank", "addedWeight"]);
    const greedy = JSON.parse(cli([...sf, "--count", "4", "--method", "greedy"]).stdout);
    expect(greedy.method).toBe("greedy");
    expect(greedy.coveredWeight).toBeLessThanOrEqual(json.coveredWeight);
    expect(greedy.bound).toBeGreaterThanOrEqual(json.coveredWeight);
    expect(greedy.boundKind).toMatch(/^(lp-relaxation|greedy)$/);
    expect(greedy.gapRatio).toBeCloseTo((greedy.bound - greedy.coveredWeight) / greedy.bound, 12);
  });

  test("set covering: the fewest stores reaching 95 % of the population; greedy states a lower bound on the count", () => {
    const json = JSON.parse(cli([...sf, "--target-ratio", "0.95"]).stdout);
    expect(json.coveredRatio).toBeGreaterThanOrEqual(0.95);
    expect(json).toMatchObject({ method: "exact", bound: json.sites.length, gapRatio: 0, boundKind: "optimum" });
    const fewer = JSON.parse(cli([...sf, "--count", String(json.sites.length - 1)]).stdout);
    expect(fewer.coveredRatio).toBeLessThan(0.95);
    const greedy = JSON.parse(cli([...sf, "--target-ratio", "0.95", "--method", "greedy"]).stdout);
    expect(greedy.method).toBe("greedy");
    expect(greedy.boundKind).toBe("lp-relaxation");
    expect(Number.isInteger(greedy.bound)).toBe(true);
    expect(greedy.bound).toBeGreaterThanOrEqual(1);
    expect(greedy.bound).toBeLessThanOrEqual(json.sites.length);
    expect(greedy.gapRatio).toBeCloseTo((greedy.sites.length - greedy.bound) / greedy.sites.length, 12);
  });

  test("radius coverage on polygons: demand by representative point, existing parks served demand excluded", () => {
    const dir = mkdtempSync(join(tmpdir(), "shanhai-site-"));
    const demand = join(dir, "residential.geojson"),
      candidates = join(dir, "candidates.geojson"),
      parks = join(dir, "parks.geojson");
    // Three residential blocks along a line ~1 km apart; an existing park next to the first one.
    writeFileSync(
      demand,
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          square("r1", 120.0, 36.0, 0.0005, { population: 100 }),
          square("r2", 120.011, 36.0, 0.0005, { population: 300 }),
          square("r3", 120.022, 36.0, 0.0005, { population: 200 }),
        ],
      }),
    );
    writeFileSync(
      candidates,
      JSON.stringify({
        type: "FeatureCollection",
        features: [point("near-r1", 120.0005, 36.0), point("near-r2", 120.011, 36.0012), point("near-r3", 120.022, 36.0012)],
      }),
    );
    writeFileSync(parks, JSON.stringify({ type: "FeatureCollection", features: [square("p", 120.0, 36.0015, 0.0002)] }));
    const json = JSON.parse(
      cli(["--demand", demand, "--candidates", candidates, "--existing", parks, "--count", "1", "--radius-m", "300", "--id-field", "id"]).stdout,
    );
    expect(json.sites).toEqual([{ id: "near-r2", rank: 1, addedWeight: 300 }]);
    expect(json.coveredWeight).toBe(400);
    expect(json.totalWeight).toBe(600);
    expect(json.uncoveredCount).toBe(1);
    const csv = cli(["--demand", demand, "--candidates", candidates, "--count", "2", "--radius-m", "300", "--id-field", "id", "--format", "csv"]).stdout;
    expect(csv.split("\n")[0]).toBe("rank,id,added_weight,lon_wgs84,lat_wgs84");
    expect(csv.split("\n")[1]).toMatch(/^1,near-r2,300,120\.011/);
  });

  test("--network: coverage by walking distance along the lines", () => {
    const dir = mkdtempSync(join(tmpdir(), "shanhai-site-"));
    const demand = join(dir, "homes.geojson"),
      candidates = join(dir, "sites.geojson"),
      network = join(dir, "streets.geojson");
    // Two streets 0.001° (≈ 111 m) apart joined only 0.005° (≈ 450 m) east: the home across is 111 m away in a
    // straight line but ≈ 1 km on foot.
    writeFileSync(
      demand,
      JSON.stringify({
        type: "FeatureCollection",
        features: [point("across", 120.0, 36.001, { population: 50 }), point("along", 120.002, 36.0, { population: 20 })],
      }),
    );
    writeFileSync(candidates, JSON.stringify({ type: "FeatureCollection", features: [point("s", 120.0, 36.0)] }));
    const street = (coordinates: number[][]) => ({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates } });
    writeFileSync(
      network,
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          street([
            [120.0, 36.0],
            [120.002, 36.0],
            [120.005, 36.0],
          ]),
          street([
            [120.0, 36.001],
            [120.005, 36.001],
          ]),
          street([
            [120.005, 36.0],
            [120.005, 36.001],
          ]),
        ],
      }),
    );
    const base = ["--demand", demand, "--candidates", candidates, "--count", "1", "--radius-m", "300", "--id-field", "id"];
    expect(JSON.parse(cli(base).stdout).coveredWeight).toBe(70);
    expect(JSON.parse(cli([...base, "--network", network]).stdout).coveredWeight).toBe(20);
  });

  test("bad input exits 2 with one clear line", () => {
    const cases: [string[], RegExp][] = [
      [
        [
          ...sf.slice(0, -6),
          "--distance-matrix",
          files.bad,
          "--matrix-columns",
          "candidate=candidate,demand=tract,distance=distance_m",
          "--radius-m",
          "5000",
          "--count",
          "2",
        ],
        /bad\.csv: unknown candidate id "Store_99"/,
      ],
      [[...sf, "--count", "17"], /17 sites asked for but only 16 candidates given/],
      [[...sf.slice(0, -2), "--radius-m", "1", "--count", "2"], /no candidate is within reach/],
      [[...sf], /exactly one of --count N and --target-ratio X/],
      [[...sf.slice(0, -4), "--matrix-columns", "a=b", "--radius-m", "5000", "--count", "2"], /--matrix-columns must be/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = cli(args);
      expect(code).toBe(2);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
  });
});
