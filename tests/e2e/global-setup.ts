import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { preview } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the app once and serves `dist/` with Vite preview on 127.0.0.1 for all e2e files. */
export default async function setup(project: TestProject) {
  if (!(process.env.E2E_SKIP_BUILD === "1" && existsSync("dist/index.html"))) {
    execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], { stdio: "inherit" });
  }
  const server = await preview({ preview: { host: "127.0.0.1", port: 4317, strictPort: false, open: false }, logLevel: "warn" });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a local URL");
  project.provide("baseUrl", url.replace(/\/$/, ""));
  return async () => {
    await server.close();
  };
}
