import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, expectOneLineExit2 } from "../../tests/cli-test-helpers";
import { collection, line, rect } from "../analysis/network/network-test-scene";

/** A park, a street 20 m south of it, and two blocks: one beside the street, one 80 m off it (radius only). */
function writeScene(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "shanhai-network-cli-"));
  const layers = {
    park: collection([rect(0, 0, 100, 100)]),
    residential: collection([rect(200, -60, 300, -30), rect(120, -150, 200, -100)]),
    network: collection([
      line([
        [-1000, -20],
        [1000, -20],
      ]),
    ]),
  };
  const files: Record<string, string> = { dir };
  for (const [name, data] of Object.entries(layers)) writeFileSync((files[name] = join(dir, `${name}.geojson`)), JSON.stringify(data));
  return files;
}

describe("metrics CLI: --network", () => {
  const files = writeScene();
  const base = ["--residential", files.residential!, "--parks", files.park!, "--network", files.network!, "--rules", "custom:1=300"];

  test("adds the networkCoverage block with the contract's keys and writes the walking service areas", () => {
    const out = join(files.dir!, "walk.geojson");
    const { code, stdout } = cli([...base, "--network-service-areas", out, "--quiet"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json.networkCoverage)).toEqual([
      "ratio",
      "residentialAreaM2",
      "coveredAreaM2",
      "byClass",
      "ratioToRadius",
      "radiusOnlyAreaM2",
      "parksWithoutNetworkCount",
    ]);
    expect(json.networkCoverage.ratio).toBeCloseTo(3000 / 7000, 3);
    expect(json.parkCoverage.ratio).toBeCloseTo(1, 4);
    expect(json.networkCoverage.ratioToRadius).toBeCloseTo(3 / 7, 3);
    expect(json.networkCoverage.radiusOnlyAreaM2).toBeCloseTo(4000, -1);
    const areas = JSON.parse(readFileSync(out, "utf8"));
    expect(areas.features[0].properties.scope).toBe("overall");
  });

  test("--walk-buffer-m and --network-access-m change the figure; bad values exit 2", () => {
    const wide = JSON.parse(cli([...base, "--walk-buffer-m", "200", "--quiet"]).stdout);
    expect(wide.networkCoverage.ratio).toBeCloseTo(1, 4);
    const noAccess = JSON.parse(cli([...base, "--network-access-m", "10", "--quiet"]).stdout);
    expect(noAccess.networkCoverage.ratio).toBe(0); // the street is 20 m away: a 10 m access zone misses it
    expect(noAccess.networkCoverage.parksWithoutNetworkCount).toBe(1);
    expectOneLineExit2(cli([...base, "--walk-buffer-m", "-5"]), /--walk-buffer-m must be a positive decimal number of metres/);
  });
});
