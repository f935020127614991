import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { builtinTilesPlugin } from "./scripts/vite/builtin-tiles-plugin.ts";
import { serveLayersPlugin } from "./scripts/vite/serve-layers-plugin.ts";

export default defineConfig({
  plugins: [react(), serveLayersPlugin(process.env.SHANHAI_LAYERS_DIR ?? "layers"), builtinTilesPlugin(process.env.SHANHAI_LAYERS_DIR ?? "layers")],
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1200,
  },
  // The dev server pre-bundles what it finds from these entries before the first page load. The workers and the
  // MapLibre worker plugin are entries too: their packages (file readers, Turf, sql.js) would otherwise be found
  // only when a file is first imported, and Vite would then reload the page and lose the chosen file.
  optimizeDeps: { entries: ["index.html", "src/worker/*.worker.ts", "src/map/*.plugin.ts"] },
  worker: {
    format: "es",
    rolldownOptions: {
      output: {
        // MapLibre imports a worker plugin as an ES module (own scope) only when its URL ends in .mjs.
        entryFileNames: (chunk) => `assets/[name]-[hash].${chunk.name.endsWith(".plugin") ? "mjs" : "js"}`,
      },
    },
  },
  preview: { host: "127.0.0.1" },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["tests/e2e/**", "node_modules/**"],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.e2e.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // A poll waits for a condition; on a busy two-core machine a tab's lazily fetched module or a worker's
          // answer can take longer than Vitest's default second, so an unspecified wait allows ten.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
          globalSetup: ["tests/e2e/global-setup.ts"],
        },
      },
    ],
  },
});
