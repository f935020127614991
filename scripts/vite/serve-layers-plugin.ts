import { cpSync, createReadStream, existsSync, statSync } from "node:fs";
import { join, normalize, resolve } from "node:path";
import type { Plugin } from "vite";

/**
 * Serves the repository's `layers/` folder at `/layers/` in dev and preview,
 * and copies it into the build output, so the dataset stays one folder of
 * plain files that the app fetches lazily.
 */
export function serveLayersPlugin(layersDir: string): Plugin {
  const root = resolve(layersDir);
  const middleware = (request: { url?: string }, response: NodeResponse, next: () => void) => {
    const url = (request.url ?? "").split("?")[0] ?? "";
    if (!url.startsWith("/layers/")) return next();
    const filePath = normalize(join(root, decodeURIComponent(url.slice("/layers/".length))));
    if (!filePath.startsWith(root) || !existsSync(filePath) || !statSync(filePath).isFile()) return next();
    response.setHeader("Content-Type", contentType(filePath));
    createReadStream(filePath).pipe(response);
  };
  let outDir = "dist";
  let isBuild = false;
  return {
    name: "shanhai-serve-layers",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      isBuild = config.command === "build" && !process.env.VITEST;
    },
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    closeBundle() {
      if (isBuild && existsSync(root)) cpSync(root, join(outDir, "layers"), { recursive: true });
    },
  };
}

interface NodeResponse extends NodeJS.WritableStream {
  setHeader(name: string, value: string): void;
}

function contentType(filePath: string): string {
  if (filePath.endsWith(".json") || filePath.endsWith(".geojson")) return "application/json; charset=utf-8";
  if (filePath.endsWith(".md") || filePath.endsWith(".txt")) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}
