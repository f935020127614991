import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";

const session = useSession();

/** A TCP port that is free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let running: ChildProcess | undefined;
let output = "";

/** Runs `npm <args>` as a user would in the repository (its own process group, without the test runner's variables). */
function runNpm(args: string[], port: number): ChildProcess {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST") && name !== "NODE_ENV" && name !== "TEST"));
  output = "";
  running = spawn("npm", args, { env: { ...env, PORT: String(port) }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  running.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return running;
}

/** The text at `url`, or undefined while nothing answers there. */
async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

afterEach(() => {
  if (running?.pid && running.exitCode === null) process.kill(-running.pid, "SIGTERM");
  running = undefined;
});

describe("the README's commands", () => {
  it("npm start builds the app and serves the production build", { timeout: 300_000 }, async () => {
    const port = await freePort();
    runNpm(["start"], port);
    const url = `http://127.0.0.1:${port}/`;
    await expect.poll(() => fetchText(url), { timeout: 240_000, interval: 500 }).toBeDefined();
    const html = (await fetchText(url)) ?? "";
    // A production page loads hashed bundles; the dev server injects its client and serves /src/ modules.
    expect(html).toMatch(/\/assets\/index-[\w-]+\.js/);
    expect(html).not.toContain("/@vite/client");
    expect(html).not.toContain("/src/main.tsx");
    await session.page.goto(url);
    await waitForMapIdle(session.page);
    expect(await session.page.getByTestId("tab-layers").isVisible()).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it("npm run dev: the first import and the first blind-spot overlay neither reload the page nor lose the file", { timeout: 400_000 }, async () => {
    const port = await freePort();
    // --force re-optimises dependencies as on a fresh clone (no dependency cache yet).
    runNpm(["run", "dev", "--", "--force", "--strictPort"], port);
    const url = `http://127.0.0.1:${port}/`;
    await expect.poll(() => fetchText(url), { timeout: 120_000, interval: 500 }).toBeDefined();
    const page = session.page;
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "warning" || message.type() === "error") warnings.push(message.text());
    });
    await page.goto(url, { timeout: 240_000 });
    await waitForMapIdle(page);
    await page.evaluate(() => Object.assign(window, { pageBeforeImport: true }));
    await page.getByTestId("import-input").setInputFiles("tests/fixtures/import/parks-epsg4549-gbk.zip");
    await expect.poll(() => page.getByTestId("import-review").count(), { timeout: 120_000 }).toBe(1);
    await page.getByTestId("import-add").click();
    await expect.poll(() => page.locator('[data-layer-id="user-park"]').count()).toBe(1);
    await page.getByTestId("tab-metrics").click();
    await expect.poll(() => page.getByTestId("coverage-ratio").count(), { timeout: 180_000 }).toBe(1);
    // The blind spots are cut into tiles by the overlay plugin in MapLibre's workers (a GeoJSON source would mean it
    // failed to load).
    await expect.poll(() => page.evaluate(() => window.__shanhai?.blindSpots().sourceType ?? null), { timeout: 120_000 }).toBe("vector");
    expect(await page.evaluate(() => "pageBeforeImport" in window), output).toBe(true);
    expect(output).not.toContain("optimized dependencies changed");
    expect(warnings.filter((text) => text.includes("did not load"))).toEqual([]);
  });
});
