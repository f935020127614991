import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection } from "geojson";
import { area, bbox, polygon } from "@turf/turf";
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

/** A screenshot of the map canvas only. */
async function mapPicture(page: Page): Promise<Buffer> {
  await waitForMapIdle(page);
  return page.getByTestId("map").screenshot();
}

/** The mean absolute difference per channel (0–255) between two pictures of the same size, decoded by the page. */
function pictureDifference(page: Page, first: Buffer, second: Buffer): Promise<number> {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d");
        if (!context) throw new Error("no 2D canvas");
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [left, right] = await Promise.all([pixels(a as string), pixels(b as string)]);
      let sum = 0;
      for (let index = 0; index < left.length; index += 4) {
        for (let channel = 0; channel < 3; channel += 1) sum += Math.abs((left[index + channel] ?? 0) - (right[index + channel] ?? 0));
      }
      return sum / ((left.length / 4) * 3);
    },
    [first.toString("base64"), second.toString("base64")],
  );
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

  it("lists the blind spots as a computed layer with toggle, opacity and the hatch in the legend", async () => {
    const page = session.page;
    await openPlanner();
    await page.getByTestId("tab-metrics").click();
    await expect.poll(() => page.getByTestId("coverage-ratio").count(), { timeout: 90_000 }).toBe(1);
    const blindSpots = () => page.evaluate(() => window.__shanhai?.blindSpots().rendered ?? 0);
    await expect.poll(blindSpots, { timeout: 60_000 }).toBeGreaterThan(0);
    await page.getByTestId("tab-layers").click();
    const row = page.getByTestId("blind-spot-row");
    expect(await row.textContent()).toContain("服务盲区");
    expect(await row.textContent()).toContain("按当前规则集 qingdao-300-500 计算");
    expect(await page.getByTestId("legend-blind-spots").textContent()).toContain("服务盲区（未覆盖的居住用地）");
    const hatch = await page
      .getByTestId("legend-blind-spots")
      .locator(".swatch-blind-spot")
      .evaluate((swatch) => getComputedStyle(swatch).backgroundImage);
    expect(hatch).toContain("repeating-linear-gradient");

    const shown = await mapPicture(page);
    await page.getByTestId("toggle-blind-spots").click();
    await expect.poll(blindSpots, { timeout: 30_000 }).toBe(0);
    const hidden = await mapPicture(page);
    const fullDifference = await pictureDifference(page, shown, hidden);
    expect(fullDifference).toBeGreaterThan(0.5);

    await page.getByTestId("toggle-blind-spots").click();
    await expect.poll(blindSpots, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId("opacity-blind-spots").fill("30");
    // Measured: 0.98 per channel at 100 %, 0.67 at 30 % (the outline's antialiased edges fade less than the hatch).
    await expect
      .poll(
        async () => {
          const faint = await pictureDifference(page, await mapPicture(page), hidden);
          return faint > 0.05 && faint < fullDifference * 0.8;
        },
        { timeout: 30_000 },
      )
      .toBe(true);

    // Hidden at 30 %, the blind-spot layer stays so after a reload.
    await page.getByTestId("toggle-blind-spots").click();
    await expect.poll(blindSpots, { timeout: 30_000 }).toBe(0);
    await page.reload();
    await waitForMapIdle(page);
    await page.getByTestId("tab-metrics").click();
    await expect.poll(() => page.getByTestId("coverage-ratio").count(), { timeout: 90_000 }).toBe(1);
    await page.getByTestId("tab-layers").click();
    await expect.poll(() => page.getByTestId("toggle-blind-spots").getAttribute("aria-pressed"), { timeout: 30_000 }).toBe("false");
    expect(await page.getByTestId("opacity-blind-spots").inputValue()).toBe("30");
    expect(await blindSpots()).toBe(0);
  });

  it("measures an area drawn on the map in 平方千米, 公顷 and 亩", async () => {
    const page = session.page;
    await openPlanner("?view=120.41000,36.11000,13");
    await page.getByTestId("measure-area").click();
    await expect.poll(() => page.getByTestId("measure-hint").textContent(), { timeout: 60_000 }).toContain("逐点点击");
    const box = await page.getByTestId("map").boundingBox();
    if (!box) throw new Error("no map");
    const corners: [number, number][] = [
      [120.4, 36.1],
      [120.42, 36.1],
      [120.42, 36.12],
      [120.4, 36.12],
    ];
    for (const corner of [...corners, corners[0] as [number, number]]) {
      const [x, y] = await page.evaluate((lonLat) => window.__shanhai?.project(lonLat) ?? [0, 0], corner);
      await page.mouse.click(box.x + x, box.y + y);
    }
    const result = page.getByTestId("measure-result");
    await expect.poll(() => result.textContent(), { timeout: 20_000 }).toMatch(/平方千米 · [\d.,]+ 公顷 · [\d,]+ 亩/);
    const text = (await result.textContent()) ?? "";
    const numberBefore = (unit: string) => Number((new RegExp(`([\\d.,]+) ${unit}`).exec(text)?.[1] ?? "NaN").replaceAll(",", ""));
    const km2 = numberBefore("平方千米");
    const ha = numberBefore("公顷");
    const mu = numberBefore("亩");
    // Clicks snap to pixels (±20 m at zoom 13): the 0.02° square is within 3 % of its area.
    const expectedM2 = area(polygon([[...corners, corners[0] as [number, number]]]));
    expect(km2 * 1_000_000, text).toBeGreaterThan(expectedM2 * 0.97);
    expect(km2 * 1_000_000, text).toBeLessThan(expectedM2 * 1.03);
    expect(ha / 100, text).toBeCloseTo(km2, 1);
    expect(Math.abs(mu - ha * 15), text).toBeLessThanOrEqual(1.5);
  });

  it("builds a custom rule set in the form, applies it, and refuses a negative radius in words", async () => {
    const page = session.page;
    await openPlanner();
    await page.getByTestId("tab-metrics").click();
    const ratio = page.getByTestId("coverage-ratio");
    const rule = page.getByTestId("coverage-rule");
    await expect.poll(() => ratio.count(), { timeout: 90_000 }).toBe(1);
    await expect.poll(() => rule.textContent(), { timeout: 90_000 }).toContain("qingdao-300-500");
    const before = await ratio.textContent();

    await page.getByText("自定义规则", { exact: true }).click();
    await page.getByTestId("custom-rule-area-0").fill("0");
    await page.getByTestId("custom-rule-radius-0").fill("100");
    await page.getByTestId("custom-rule-add").click();
    await page.getByTestId("custom-rule-area-1").fill("5000");
    await page.getByTestId("custom-rule-unit-1").selectOption("m2");
    await page.getByTestId("custom-rule-radius-1").fill("150");
    await page.getByTestId("custom-rule-apply").click();
    await expect.poll(() => rule.textContent(), { timeout: 90_000 }).toContain("custom:0=100,5000=150");
    await expect.poll(() => ratio.textContent(), { timeout: 90_000 }).not.toBe(before);
    expect(await page.getByTestId("rule-set").inputValue()).toBe("custom");
    expect(await page.getByTestId("rule-set-custom").inputValue()).toBe("custom:0=100,5000=150");
    await expect.poll(() => new URL(page.url()).searchParams.get("rules")).toBe("custom:0=100,5000=150");
    const applied = await ratio.textContent();

    await page.getByTestId("custom-rule-radius-1").fill("-50");
    await page.getByTestId("custom-rule-apply").click();
    await expect.poll(() => page.getByTestId("custom-rule-error").textContent()).toBe("第 2 级：服务半径须为大于 0 的数（米）。规则未应用。");
    expect(await rule.textContent()).toContain("custom:0=100,5000=150");
    expect(await ratio.textContent()).toBe(applied);
    expect(new URL(page.url()).searchParams.get("rules")).toBe("custom:0=100,5000=150");
  });
});
