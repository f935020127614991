/**
 * The app opened for a browser benchmark: built (`--no-minify` on the command line builds unminified, so a CPU
 * profile names the app's functions), served by `vite preview`, and loaded in headless Chromium (software
 * compositing, as the e2e tests run) until the map is ready.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/e2e/chromium";
import { isMapReady } from "../../tests/e2e/map-ready";

/** Runs `act` on the app's page (map ready) and takes everything down afterwards, whatever `act` does. */
export async function withAppPage(name: string, port: number, timeoutMs: number, act: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const minify = process.argv.includes("--no-minify") ? ["--minify", "false"] : [];
  execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn", ...minify], { stdio: "inherit" });
  const server = await preview({ preview: { host: "127.0.0.1", port, strictPort: false }, logLevel: "warn" });
  const url = server.resolvedUrls?.local[0] ?? "";
  const userDataDir = mkdtempSync(join(tmpdir(), `shanhai-bench-${name}-`));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForFunction(isMapReady, undefined, { timeout: timeoutMs });
    await act(page, context);
    await context.close();
  } finally {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
