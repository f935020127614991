import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBaseLayers } from "../../scripts/build-layers/base-stage";
import { LAYERS_DIR } from "./helpers/layer-files";

const BASE_LAYERS = ["land", "shoreline", "district", "place"];
const FILES = ["layer.json", "data.geojson", "README.md"];

describe("the JS stage of the base-layer build (from the committed inputs, no apt/network)", () => {
  const runs: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i += 1) {
      const dir = mkdtempSync(path.join(tmpdir(), `shanhai-layers-${i}-`));
      await buildBaseLayers(dir);
      runs.push(dir);
    }
  }, 120_000);

  afterAll(() => {
    for (const dir of runs) rmSync(dir, { recursive: true, force: true });
  });

  it("writes the four base layers", () => {
    expect(readdirSync(runs[0] as string).sort()).toEqual([...BASE_LAYERS].sort());
  });

  it("is byte-identical when run twice", () => {
    for (const id of BASE_LAYERS) {
      for (const file of FILES) {
        const first = readFileSync(path.join(runs[0] as string, id, file));
        const second = readFileSync(path.join(runs[1] as string, id, file));
        expect(first.equals(second), `${id}/${file}`).toBe(true);
      }
    }
  });

  it("reproduces the committed land, district and place layers byte for byte", () => {
    for (const id of ["land", "district", "place"]) {
      for (const file of FILES) {
        const rebuilt = readFileSync(path.join(runs[0] as string, id, file), "utf8");
        expect(rebuilt === readFileSync(path.join(LAYERS_DIR, id, file), "utf8"), `${id}/${file} is stale: run npm run build:layers -- --skip-extract`).toBe(
          true,
        );
      }
    }
  });

  it("reproduces the committed shoreline ids and geometry (later stages may add attributes such as type)", () => {
    const rebuilt = JSON.parse(readFileSync(path.join(runs[0] as string, "shoreline", "data.geojson"), "utf8")) as FeatureCollection;
    const committed = JSON.parse(readFileSync(path.join(LAYERS_DIR, "shoreline", "data.geojson"), "utf8")) as FeatureCollection;
    expect(committed.features.map((feature) => feature.properties?.id)).toEqual(rebuilt.features.map((feature) => feature.properties?.id));
    expect(committed.features.map((feature) => JSON.stringify(feature.geometry))).toEqual(rebuilt.features.map((feature) => JSON.stringify(feature.geometry)));
  });
});
