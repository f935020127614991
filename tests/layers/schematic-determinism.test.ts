import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSchematicLayers } from "../../scripts/build-layers/schematic/build-schematic";
import { layerPath, ROOT, SCHEMATIC_IDS } from "./schematic-helpers";

describe.skipIf(process.env.SKIP_SLOW === "1")("schematic build is reproducible", () => {
  it("re-running the build from the committed base layers yields byte-identical files", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "schematic-"));
    try {
      for (const id of ["land", "shoreline", "district"]) cpSync(path.join(ROOT, "layers", id), path.join(root, "layers", id), { recursive: true });
      await buildSchematicLayers(root);
      for (const id of [...SCHEMATIC_IDS, "shoreline"]) {
        for (const file of ["data.geojson", "layer.json", "README.md"]) {
          expect(readFileSync(path.join(root, "layers", id, file), "utf8") === readFileSync(layerPath(id, file), "utf8"), `${id}/${file}`).toBe(true);
        }
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
