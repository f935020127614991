import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FeatureCollection } from "geojson";
import { describe, expect, test } from "vitest";
import { cli, expectOneLineExit2 } from "../../tests/cli-test-helpers";

const FIXTURE = new URL("../../tests/golden/in/park-on-district-boundary.geojson", import.meta.url);

function writeLayers(): Record<"residential-land" | "park" | "district" | "empty", string> {
  const dir = mkdtempSync(join(tmpdir(), "shanhai-cli-"));
  const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as FeatureCollection;
  const write = (name: string, features: FeatureCollection["features"]) => {
    const file = join(dir, `${name}.geojson`);
    writeFileSync(file, JSON.stringify({ type: "FeatureCollection", features }));
    return file;
  };
  const layer = (name: string) =>
    write(
      name,
      fixture.features.filter((f) => f.properties?.layer === name),
    );
  return { "residential-land": layer("residential-land"), park: layer("park"), district: layer("district"), empty: write("empty", []) };
}

describe("metrics CLI", () => {
  const files = writeLayers();
  const base = ["--residential", files["residential-land"], "--parks", files.park];

  test("prints exactly the contract's JSON keys", () => {
    const { code, stdout } = cli([...base, "--districts", files.district]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["ruleSet", "parkCoverage", "parks", "inputs"]);
    expect(Object.keys(json.ruleSet)).toEqual(["id", "classes"]);
    expect(Object.keys(json.parkCoverage)).toEqual(["ratio", "residentialAreaM2", "coveredAreaM2", "byClass", "byDistrict"]);
    expect(Object.keys(json.parkCoverage.byDistrict[0])).toEqual(["name", "ratio", "residentialAreaM2", "coveredAreaM2"]);
    expect(Object.keys(json.parks)).toEqual(["count", "countedCount", "areaM2"]);
    expect(json.parkCoverage.ratio).toBeCloseTo(0.3452, 3);
  });

  test("writes blind spots and dissolved service areas when asked", () => {
    const dir = mkdtempSync(join(tmpdir(), "shanhai-cli-out-"));
    const blindSpots = join(dir, "blind.geojson");
    const serviceAreas = join(dir, "service.geojson");
    const { code } = cli([...base, "--rules", "custom:0=300", "--blind-spots", blindSpots, "--service-areas", serviceAreas]);
    expect(code).toBe(0);
    expect((JSON.parse(readFileSync(blindSpots, "utf8")) as FeatureCollection).features.length).toBeGreaterThan(0);
    const areas = JSON.parse(readFileSync(serviceAreas, "utf8")) as FeatureCollection;
    expect(areas.features.map((feature) => [feature.properties?.class, feature.properties?.radiusM])).toEqual([
      ["overall", null],
      ["300 m / ≥ 0 m²", 300],
    ]);
    expect(areas.features[0]?.properties?.areaM2).toBeGreaterThan(Math.PI * 300 * 300);
  });

  test("csv and md name the rule set", () => {
    expect(cli([...base, "--format", "csv", "--rules", "who-2016"]).stdout).toMatch(/^metric,value,ruleSet\nparkCoverage\.ratio,[\d.]+,who-2016/);
    expect(cli([...base, "--format", "md"]).stdout).toContain("rule set: qingdao-300-500");
  });

  test.each([
    [["--residential", "/no/such.geojson", "--parks", "x"], /no\/such\.geojson: file not found/],
    [["--rules", "nope"], /unknown rule set "nope"/],
    [["--format", "xml"], /unknown format "xml"/],
    [["--greenways", "EMPTY"], /empty\.geojson: .*no features/],
  ])("bad input %j exits 2 with one line", (extra, message) => {
    const args = extra[0] === "--residential" ? extra : [...base, ...extra.map((a) => (a === "EMPTY" ? files.empty : a))];
    const { code, stderr, stdout } = cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  test("--help prints every command's flags on stdout and exits 0; site without its flags is a usage error", () => {
    const help = cli(["--help"]);
    expect({ code: help.code, stderr: help.stderr }).toEqual({ code: 0, stderr: "" });
    expect(help.stdout).toMatch(/^ {2}--greenway-radius M .*\[metres\]$/m);
    expect(help.stdout).toMatch(/^ {2}--jobs N .*\[worker threads, 1–64\]$/m);
    expect(cli(["batch", "--help"]).stdout).not.toContain("--residential");
    expect(help.stdout).toMatch(/^ {2}--radius-m M .*\[metres\]$/m);
    expectOneLineExit2(cli(["site"]), /^error: site needs --demand FILE$/m);
  });
});
