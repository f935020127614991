import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";
import { readSaved } from "./saved-project";

const session = useSession();

describe("importing planners' files", () => {
  it("imports a GBK Shapefile in CGCS2000 GK zone 40 (EPSG:4549) through the file input", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    await page.getByTestId("import-input").setInputFiles("tests/fixtures/import/parks-epsg4549-gbk.zip");
    await expect.poll(() => page.getByTestId("import-review").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId("import-crs").inputValue()).toBe("EPSG:4549");
    expect(await page.getByTestId("import-role").inputValue()).toBe("park");
    expect(await page.getByTestId("import-field-name").inputValue()).toBe("name");
    await page.getByTestId("import-add").click();
    await expect.poll(() => page.locator('[data-layer-id="user-park"]').count()).toBe(1);
    await waitForMapIdle(page);
    await expect.poll(() => page.evaluate(() => window.__shanhai?.renderedFeatureCount("user-park") ?? 0)).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);

    // The imported layer lives in IndexedDB: a reload brings it back.
    const isSaved = async () => (await readSaved(page, "shanhai:layer:user-park")) !== undefined;
    await expect.poll(isSaved).toBe(true);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('[data-layer-id="user-park"]').count()).toBe(1);
    expect(await page.locator('[data-layer-id="user-park"] .layer-meta-line').textContent()).toContain("5");
  });

  it("uses an imported park layer in the coverage once the schematic parks are switched off", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await page.getByTestId("tab-metrics").click();
    const ratio = page.getByTestId("coverage-ratio");
    await expect.poll(() => ratio.count(), { timeout: 90_000 }).toBe(1);
    const before = await ratio.textContent();
    await page.getByTestId("tab-layers").click();
    await page.getByTestId("import-input").setInputFiles("tests/fixtures/import/parks-epsg4528-gbk.zip");
    await expect.poll(() => page.getByTestId("import-review").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId("import-crs").inputValue()).toBe("EPSG:4528");
    await page.getByTestId("import-role").selectOption("park");
    await page.getByTestId("import-add").click();
    await page.getByTestId("toggle-park").click();
    await page.getByTestId("tab-metrics").click();
    // With the schematic parks off, only the five imported parks count: coverage must fall well below the baseline.
    const percent = async () => Number.parseFloat((await ratio.textContent()) ?? "100");
    await expect.poll(percent, { timeout: 90_000 }).toBeLessThan(Number.parseFloat(before ?? "0") / 2);
  });

  it("asks for the CRS when a Shapefile has no .prj, and gives a clear message for a corrupt file", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    await page.getByTestId("import-input").setInputFiles("tests/fixtures/import/parks-epsg4549-noprj.zip");
    await expect.poll(() => page.getByTestId("import-review").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId("import-review").textContent()).toContain("坐标系不确定");
    await page.getByRole("button", { name: "取消" }).click();
    await page
      .getByTestId("import-input")
      .setInputFiles({ name: "broken.zip", mimeType: "application/zip", buffer: Buffer.from("PK\u0003\u0004 not really a zip") });
    await expect.poll(() => page.getByTestId("import-failed").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId("import-failed").textContent()).toContain("broken.zip");
  });
});
