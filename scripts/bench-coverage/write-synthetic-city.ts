/** Writes a synthetic city as GeoJSON files: `tsx scripts/bench-coverage/write-synthetic-city.ts S OUT_DIR [seed]`. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateSyntheticCity, type SyntheticScale } from "../../src/analysis/synthetic/synthetic-city";

const [scale = "S", outDir = ".bench/city", seed = "1"] = process.argv.slice(2);
const city = generateSyntheticCity(scale as SyntheticScale, Number(seed));
await mkdir(outDir, { recursive: true });
for (const [name, collection] of Object.entries(city)) {
  await writeFile(join(outDir, `${name}.geojson`), JSON.stringify(collection));
}
console.log(`wrote ${Object.keys(city).join(", ")} to ${outDir}`);
