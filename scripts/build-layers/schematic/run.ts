/** Runs the schematic stage alone: `npx tsx scripts/build-layers/schematic/run.ts`. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchematicLayers } from "./build-schematic";

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
buildSchematicLayers(repositoryRoot).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
