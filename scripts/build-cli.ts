/**
 * Builds the `shanhai` CLI (src/cli) to plain JavaScript with esbuild: ES modules for Node 20, the packages
 * bundled in, split into an entry that only parses the command line and chunks loaded per command, so
 * `shanhai --help` runs without the engine; the SQL templates of `src/cli/postgis/` are copied to `OUT_DIR/postgis/`. `tsx scripts/build-cli.ts [OUT_DIR]` (default `dist-cli/`; run by
 * `npm run build:cli` and by `prepare` in `npm ci`).
 */
import { chmod, cp, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const CLI_ENTRY_FILE = "shanhai.js";

/** Writes the CLI into `outDir` (emptied first); returns the path of the entry script. */
export async function buildCli(outDir = join(ROOT, "dist-cli")): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { shanhai: "src/cli/main.ts", "batch-worker": "src/cli/batch-worker.ts" },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    chunkNames: "chunk-[hash]",
    // Packages written as CommonJS call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __shanhaiRequire } from 'node:module'; const require = __shanhaiRequire(import.meta.url);" },
    legalComments: "linked",
    // pg loads its optional libpq binding only when asked for it (pg.native), which the CLI never does.
    external: ["pg-native"],
    // clipper2-wasm's "main" is a UMD build that needs CommonJS's __dirname; its ES build locates its .wasm by URL.
    alias: { "clipper2-wasm": "clipper2-wasm/dist/es/clipper2z.js" },
    logLevel: "warning",
  });
  // The PostGIS engine reads its SQL templates beside the chunks, as it does beside its sources.
  await cp(join(ROOT, "src/cli/postgis"), join(outDir, "postgis"), { recursive: true });
  const entry = join(outDir, CLI_ENTRY_FILE);
  await chmod(entry, 0o755);
  return entry;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = performance.now();
  const entry = await buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
  process.stderr.write(`built ${entry} in ${Math.round(performance.now() - started)} ms\n`);
}
