import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection } from "geojson";
import { bbox } from "@turf/turf";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";
import { readSaved } from "./saved-project";

const dataOf = (id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection;

function featureNamed(layerId: string, name: string): Feature {
  const feature = dataOf(layerId).features.find((candidate) => candidate.properties?.name === name);
  if (!feature) throw new Error(`${name} missing from layers/${layerId}`);
  return feature;
}

const session = useSession({ width: 1400, height: 900 });

async function openPlanner(query = "", page: Page = session.page) {
  await page.goto(`${session.baseUrl}/${query}`);
  await waitForMapIdle(page);
}

/** The map centre the address bar shows (`view=lon,lat,zoom`), as a person sharing the link would read it. */
function viewOf(url: string): [number, number, number] | null {
  const view = new URL(url).searchParams.get("view");
  if (!view) return null;
  const [lon, lat, zoom] = view.split(",").map(Number);
  return [lon as number, lat as number, zoom as number];
}

/** The user layers' ids in the saved settings (to wait until a change is saved before reloading). */
async function savedUserLayerIds(page: Page): Promise<string[]> {
  const settings = (await readSaved(page, "shanhai:settings:v1")) as { userLayers?: { meta: { id: string } }[] } | undefined;
  return (settings?.userLayers ?? []).map((layer) => layer.meta.id);
}

const userParkRow = (page: Page) => page.locator('[data-layer-id="user-park"]');

async function importParks(page: Page): Promise<void> {
  await page.getByTestId("import-input").setInputFiles("tests/fixtures/import/parks.geojson");
  await expect.poll(() => page.getByTestId("import-review").count(), { timeout: 30_000 }).toBe(1);
  await page.getByTestId("import-role").selectOption("park");
  await page.getByTestId("import-add").click();
  await expect.poll(() => userParkRow(page).count(), { timeout: 30_000 }).toBe(1);
}

describe("planner tools", () => {
  it("finds a park from the planner header, flies there and opens its inspector", async () => {
    const page = session.page;
    await openPlanner();
    const header = page.locator("header.header-bar");
    const search = header.getByTestId("place-search");
    await search.click();
    await search.pressSequentially("中山公园");
    const option = header.getByRole("option", { name: /中山公园/ }).first();
    await option.waitFor({ timeout: 30_000 });
    await option.click();
    await expect.poll(() => page.getByTestId("inspector-name").textContent(), { timeout: 30_000 }).toBe("中山公园");
    const [west, south, east, north] = bbox(featureNamed("park", "中山公园"));
    await expect
      .poll(
        () => {
          const view = viewOf(page.url());
          return view !== null && view[0] >= west && view[0] <= east && view[1] >= south && view[1] <= north && view[2] >= 13;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
  });

  it("undoes the deletion of an imported layer, which then survives a reload; a deletion not undone does not", async () => {
    const page = session.page;
    await openPlanner();
    await importParks(page);
    await expect.poll(() => page.evaluate(() => window.__shanhai?.renderedFeatureCount("user-park") ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
    const opacity = userParkRow(page).locator('input[type="range"]');
    await opacity.fill("40");
    const orderBefore = await page.locator("[data-layer-id]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-layer-id")));

    await page.getByTestId("remove-user-park").click();
    await expect.poll(() => userParkRow(page).count()).toBe(0);
    const notice = page.getByTestId("deleted-layer-notice");
    await expect.poll(() => notice.textContent()).toMatch(/^已删除图层 .+ · 撤销$/);
    await notice.getByRole("button", { name: "撤销" }).click();
    await expect.poll(() => userParkRow(page).count()).toBe(1);
    expect(await notice.count()).toBe(0);
    expect(await page.locator("[data-layer-id]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-layer-id")))).toEqual(orderBefore);
    expect(await opacity.inputValue()).toBe("40");
    await expect.poll(() => page.evaluate(() => window.__shanhai?.renderedFeatureCount("user-park") ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);

    await expect.poll(() => savedUserLayerIds(page), { timeout: 10_000 }).toEqual(["user-park"]);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => userParkRow(page).count(), { timeout: 30_000 }).toBe(1);
    expect(await userParkRow(page).locator('input[type="range"]').inputValue()).toBe("40");
    await expect.poll(() => page.evaluate(() => window.__shanhai?.renderedFeatureCount("user-park") ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);

    await page.getByTestId("remove-user-park").click();
    await expect.poll(() => notice.count()).toBe(1);
    await expect.poll(() => savedUserLayerIds(page), { timeout: 10_000 }).toEqual([]);
    await page.reload();
    await waitForMapIdle(page);
    // The saved project is restored once the manifest is loaded; the layer panel then lists every layer it holds.
    await expect.poll(() => page.getByTestId("toggle-park").count(), { timeout: 30_000 }).toBe(1);
    expect(await userParkRow(page).count()).toBe(0);
    expect(await notice.count()).toBe(0);
  });
});
