/**
 * The first minute with one's own file: import points, pick a CRS, add — and see the data where it belongs.
 * Every file is chosen through the file input and every choice made in the real selects; what is asserted is
 * what a person sees: the review's sentences, and the colour of the map at the features' positions.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectDrawnAt } from "./drawn-colour";
import { useSession, waitForMapIdle } from "./harness";

const session = useSession();

/** The imported park colour (`ROLE_DEFINITIONS` park: #3f9b4a). */
const PARK_RGB: [number, number, number] = [0x3f, 0x9b, 0x4a];

/** Positions of the fixtures' features (tests/fixtures/import/parks-points.geojson, parks.geojson). */
const ZHONGSHAN_GATE: [number, number] = [120.350811, 36.061217];
const MAY_FOURTH_GATE: [number, number] = [120.384207, 36.059611];
const MAY_FOURTH_SQUARE_INSIDE: [number, number] = [120.384, 36.0605];

async function openApp(page: Page): Promise<void> {
  await page.goto(`${session.baseUrl}/`);
  await waitForMapIdle(page);
  // The schematic parks are green too, and the named places (五四广场 among them) and district boundaries (one
  // passes 五四广场) draw above user parks: switched off, the only thing drawn at a fixture's position is the import.
  for (const layerId of ["park", "place", "district"]) await page.getByTestId(`toggle-${layerId}`).click();
  await waitForMapIdle(page);
}

async function chooseFile(page: Page, path: string): Promise<void> {
  await page.getByTestId("import-input").setInputFiles(path);
  await expect.poll(() => page.getByTestId("import-review").count(), { timeout: 30_000 }).toBe(1);
}

const reviewText = async (page: Page) => (await page.getByTestId("import-review").textContent()) ?? "";
/** The review's sentences about the CRS (empty when it shows none). */
const crsCheckText = async (page: Page) =>
  ((await page.getByTestId("import-crs-check").count()) ? await page.getByTestId("import-crs-check").textContent() : "") ?? "";

/**
 * Expects the user layer to be drawn at `lonLat` in the park colour: the colour underneath blended towards park
 * green by at least 40 % (fills are 55 % opaque, circles 90 %).
 */
const expectParkAt = (page: Page, layerId: string, lonLat: [number, number]) =>
  expectDrawnAt(page, layerId, lonLat, PARK_RGB, { minBlend: 0.4, maxResidual: 25 });

describe("the first minute with one's own file", () => {
  for (const file of ["parks-points-zh.csv", "parks-points-zh.xlsx", "parks-points.gpx"]) {
    it(`draws the points of ${file} as circles when the role is 公园`, async () => {
      const page = session.page;
      await openApp(page);
      await chooseFile(page, `tests/fixtures/import/${file}`);
      await page.getByTestId("import-role").selectOption("park");
      // The review says what the metrics do with point parks.
      expect(await reviewText(page)).toContain("点状公园");
      await page.getByTestId("import-add").click();
      await expect.poll(() => page.locator('[data-layer-id="user-park"]').count()).toBe(1);
      expect(await page.locator('[data-layer-id="user-park"] .layer-meta-line').textContent()).toContain("5");
      await expectParkAt(page, "user-park", ZHONGSHAN_GATE);
      expect(session.errors).toEqual([]);
    });
  }

  it("checks a wrong CRS against the data, says so in words, and lets the user pick again without losing the file", async () => {
    const page = session.page;
    await openApp(page);
    await chooseFile(page, "tests/fixtures/import/parks-epsg4549-noprj.zip");
    expect(await page.getByTestId("import-crs").inputValue()).toBe("EPSG:4549");
    await page.getByTestId("import-field-name").selectOption("name");

    // Web Mercator puts the parks in the Mediterranean: the review must say they are far from Qingdao/Yantai.
    await page.getByTestId("import-crs").selectOption("EPSG:3857");
    await expect.poll(() => reviewText(page), { timeout: 30_000 }).toContain("不在青岛、烟台范围内");
    expect(await reviewText(page)).not.toContain("识别可信度 100%");
    // …and which CRS the data itself points to.
    expect(await crsCheckText(page)).toContain("EPSG:4549");

    // Degrees on metre coordinates: nothing can be drawn, but the review stays, says why, and refuses to add.
    await page.getByTestId("import-crs").selectOption("EPSG:4326");
    await expect.poll(() => reviewText(page), { timeout: 30_000 }).toContain("不是有效的经纬度");
    expect(await page.getByTestId("import-failed").count()).toBe(0);
    expect(await page.getByTestId("import-add").isDisabled()).toBe(true);

    // Back to the right CRS: the review recovers with the user's choices kept, and the parks land in Qingdao.
    await page.getByTestId("import-crs").selectOption("EPSG:4549");
    await expect.poll(() => reviewText(page), { timeout: 30_000 }).not.toContain("不是有效的经纬度");
    expect(await reviewText(page)).not.toContain("不在青岛、烟台范围内");
    expect(await page.getByTestId("import-field-name").inputValue()).toBe("name");
    expect(await page.getByTestId("import-add").isDisabled()).toBe(false);
    await page.getByTestId("import-role").selectOption("park");
    await page.getByTestId("import-add").click();
    await expect.poll(() => page.locator('[data-layer-id="user-park"]').count()).toBe(1);
    await expectParkAt(page, "user-park", MAY_FOURTH_SQUARE_INSIDE);
    expect(session.errors).toEqual([]);
  });

  it("reads a CSV with one row's longitude and latitude swapped, says which row, and offers the CRS choice", async () => {
    const page = session.page;
    await openApp(page);
    await page.getByTestId("import-input").setInputFiles("tests/fixtures/import/parks-points-zh-swapped-row.csv");
    await expect
      .poll(async () => (await page.getByTestId("import-review").count()) + (await page.getByTestId("import-failed").count()), { timeout: 30_000 })
      .toBe(1);
    const failed = page.getByTestId("import-failed");
    expect(await failed.count(), (await failed.count()) ? ((await failed.textContent()) ?? "") : "").toBe(0);
    expect(await page.getByTestId("import-crs").inputValue()).toBe("EPSG:4326");
    const text = await reviewText(page);
    expect(text).toContain("经纬度颠倒");
    expect(text).toContain("第 5 行");
    expect(text).toContain("5 个要素");
    await page.getByTestId("import-role").selectOption("park");
    await page.getByTestId("import-add").click();
    await expect.poll(() => page.locator('[data-layer-id="user-park"]').count()).toBe(1);
    await expectParkAt(page, "user-park", MAY_FOURTH_GATE);
  });

  it("does not call a correct WGS84 file's CRS uncertain, and explains the uncertainty of a file without .prj", async () => {
    const page = session.page;
    await openApp(page);
    for (const file of ["parks.geojson", "parks.kml", "parks-points.csv"]) {
      await chooseFile(page, `tests/fixtures/import/${file}`);
      const text = await reviewText(page);
      expect(text, file).not.toContain("坐标系不确定");
      expect(await page.getByTestId("import-crs").inputValue(), file).toBe("EPSG:4326");
      await page.getByRole("button", { name: "取消" }).click();
      await expect.poll(() => page.getByTestId("import-review").count()).toBe(0);
    }
    await chooseFile(page, "tests/fixtures/import/parks-epsg4549-noprj.zip");
    const text = await crsCheckText(page);
    expect(text).toContain("坐标系不确定");
    // The reason, in words: no .prj, the CRS was inferred from the numbers, and which others would also fit.
    expect(text).toContain("没有声明坐标系");
    expect(text).toContain("EPSG:2385");
  });
});
