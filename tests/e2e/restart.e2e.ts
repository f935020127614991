import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { scenarioWithOnePark } from "./draw-park";
import { CHROMIUM_ARGS, CHROMIUM_PATH, waitForMapIdle } from "./harness";
import { readSaved } from "./saved-project";
import { uncoveredPlace } from "./uncovered-place";

const userDataDir = mkdtempSync(join(tmpdir(), "shanhai-restart-"));

/** A whole browser on a fixed profile directory: closing it ends the Chromium process, as quitting would. */
const launch = (): Promise<BrowserContext> =>
  chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } });

afterAll(() => rmSync(userDataDir, { recursive: true, force: true }));

describe("work that lasts", () => {
  it("keeps an imported layer, a hidden layer, a scenario park and the view across a browser restart", async () => {
    const baseUrl = inject("baseUrl");
    const [lon, lat] = uncoveredPlace();
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await scenarioWithOnePark(page, baseUrl, [lon, lat]);
    await page.getByTestId("tab-layers").click();
    await page.getByTestId("import-input").setInputFiles("tests/fixtures/import/parks-epsg4549-gbk.zip");
    await expect.poll(() => page.getByTestId("import-review").count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId("import-add").click();
    await expect.poll(() => page.locator('[data-layer-id="user-park"]').count()).toBe(1);
    await page.getByTestId("toggle-greenway").click();
    await waitForMapIdle(page);
    const zoomBefore = await page.evaluate(() => window.__shanhai?.zoom() ?? 0);
    const savedScenarioParks = async () => {
      const settings = (await readSaved(page, "shanhai:settings:v1")) as { scenarios?: { list: { parks: unknown[] }[] } } | undefined;
      return (settings?.scenarios?.list ?? []).flatMap((scenario) => scenario.parks).length;
    };
    await expect.poll(savedScenarioParks, { timeout: 10_000 }).toBe(1);
    await first.close();

    const second = await launch();
    try {
      const again = second.pages()[0] ?? (await second.newPage());
      await again.goto(`${baseUrl}/`);
      await waitForMapIdle(again);
      await expect.poll(() => again.locator('[data-layer-id="user-park"]').count(), { timeout: 30_000 }).toBe(1);
      expect(await again.getByTestId("toggle-greenway").getAttribute("aria-pressed")).toBe("false");
      const zoom = await again.evaluate(() => window.__shanhai?.zoom() ?? 0);
      expect(zoom).toBeCloseTo(zoomBefore, 1);
      await again.getByTestId("tab-metrics").click();
      await expect.poll(() => again.getByTestId("scenario-park-count").count(), { timeout: 120_000 }).toBe(1);
      expect(await again.getByTestId("scenario-park-count").textContent()).toContain("1");
    } finally {
      await second.close();
    }
  });
});
