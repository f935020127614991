import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FeatureCollection } from "geojson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LARGE_LAYER_FEATURES } from "../../src/domain/layer-meta";
import { clickLonLat, useSession, waitForMapIdle } from "./harness";

const session = useSession();
const LAYER_ID = "user-residential-land";
const COLUMNS = 150;
const COUNT = LARGE_LAYER_FEATURES + 400;
const CELL_DEG = 0.001;
const WEST = 120.3;
const SOUTH = 36.05;

/** A grid of square parcels (each 80 % of its cell), numbered row by row. */
function parcels(): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: Array.from({ length: COUNT }, (_, index) => {
      const west = WEST + (index % COLUMNS) * CELL_DEG;
      const south = SOUTH + Math.floor(index / COLUMNS) * CELL_DEG;
      const side = CELL_DEG * 0.8;
      return {
        type: "Feature",
        properties: { 名称: `地块${index}`, 人口: 10 },
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [west, south],
              [west + side, south],
              [west + side, south + side],
              [west, south + side],
              [west, south],
            ],
          ],
        },
      };
    }),
  };
}

const centreOf = (index: number): [number, number] => [
  WEST + (index % COLUMNS) * CELL_DEG + CELL_DEG * 0.4,
  SOUTH + Math.floor(index / COLUMNS) * CELL_DEG + CELL_DEG * 0.4,
];

let dir = "";
let file = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shanhai-large-layer-"));
  file = join(dir, "parcels-large.geojson");
  writeFileSync(file, JSON.stringify(parcels()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a large imported layer (over 20,000 features)", () => {
  it("is drawn from worker-cut vector tiles, picks the clicked parcel by its index, survives a reload and travels in a project file", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    await page.getByTestId("import-input").setInputFiles(file);
    await expect.poll(() => page.getByTestId("import-review").count(), { timeout: 60_000 }).toBe(1);
    expect((await page.getByTestId("import-review").textContent())?.replace(/,/g, "")).toContain(String(COUNT));
    await page.getByTestId("import-role").selectOption("residential-land");
    await page.getByTestId("import-add").click();
    await expect.poll(() => page.locator(`[data-layer-id="${LAYER_ID}"]`).count(), { timeout: 30_000 }).toBe(1);
    const sourceType = () => page.evaluate((id) => window.__shanhai?.layerSourceType(id) ?? null, LAYER_ID);
    await expect.poll(sourceType, { timeout: 60_000 }).toBe("vector");
    await waitForMapIdle(page);
    await expect.poll(() => page.evaluate((id) => window.__shanhai?.renderedFeatureCount(id) ?? 0, LAYER_ID), { timeout: 30_000 }).toBeGreaterThan(1000);

    // Only the imported layer stays visible, so the click can only pick one of its parcels.
    const shown = await page
      .locator('[data-testid^="toggle-"][aria-pressed="true"]')
      .evaluateAll((toggles) => toggles.map((toggle) => toggle.getAttribute("data-testid")));
    for (const testId of shown) if (testId && testId !== `toggle-${LAYER_ID}`) await page.getByTestId(testId).click();
    await waitForMapIdle(page);
    const picked = 12_345;
    await clickLonLat(session.page, centreOf(picked));
    await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe(`地块${picked}`);
    await expect.poll(() => page.evaluate(() => window.__shanhai?.highlightRoles() ?? [])).toEqual(["selected"]);

    await page.reload();
    await expect
      .poll(
        () =>
          page
            .locator(`[data-layer-id="${LAYER_ID}"] .layer-meta-line`)
            .textContent()
            .then((text) => text?.replace(/,/g, "")),
        { timeout: 60_000 },
      )
      .toContain(String(COUNT));
    await expect.poll(sourceType, { timeout: 60_000 }).toBe("vector");
    expect(session.errors).toEqual([]);

    // The project file (assembled from the layer's text made in slices) carries every parcel and opens elsewhere.
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("project-export").click()]);
    const projectPath = join(dir, "project.json");
    await download.saveAs(projectPath);
    const project = JSON.parse(readFileSync(projectPath, "utf8")) as { userLayers: { meta: { id: string }; data: FeatureCollection }[] };
    expect(project.userLayers.map((layer) => layer.meta.id)).toEqual([LAYER_ID]);
    expect(project.userLayers[0]?.data.features).toHaveLength(COUNT);
    expect(project.userLayers[0]?.data.features[picked]?.properties?.name).toBe(`地块${picked}`);
    const other = await session.context.browser()?.newContext({ viewport: { width: 1280, height: 800 } });
    if (!other) throw new Error("no browser behind the session");
    try {
      const fresh = await other.newPage();
      await fresh.goto(`${session.baseUrl}/`);
      // A JSON file that is not a project, and a truncated project, each get the translated message naming the file.
      for (const [name, text] of [
        ["notes.json", '{"hello": 1}'],
        ["cut.json", readFileSync(projectPath, "utf8").slice(0, 5000)],
      ] as const) {
        await fresh.getByTestId("project-open").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
        await expect.poll(() => fresh.getByRole("alert").filter({ hasText: name }).count(), { timeout: 30_000 }).toBe(1);
      }
      await fresh.getByTestId("project-open").setInputFiles(projectPath);
      await expect
        .poll(
          () =>
            fresh
              .locator(`[data-layer-id="${LAYER_ID}"] .layer-meta-line`)
              .textContent()
              .then((text) => text?.replace(/,/g, "")),
          { timeout: 60_000 },
        )
        .toContain(String(COUNT));
    } finally {
      await other.close();
    }
  });
});
