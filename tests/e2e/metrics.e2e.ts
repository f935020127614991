import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";

const session = useSession();

describe("metrics and plan targets in the app", () => {
  it("previews a radius without changing the chosen rule set; applying it is explicit and can be undone", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await page.getByTestId("tab-metrics").click();
    const ratio = page.getByTestId("coverage-ratio");
    await expect.poll(() => ratio.count(), { timeout: 90_000 }).toBe(1);
    const slider = page.getByTestId("radius-slider");
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.getByTestId("radius-preview").count(), { timeout: 30_000 }).toBe(1);
    // Releasing the slider keeps the standard: the picker, the coverage line and the link still name it.
    await page.keyboard.up("ArrowLeft");
    await page.mouse.click(5, 5);
    expect(await page.getByTestId("rule-set").inputValue()).toBe("qingdao-300-500");
    expect(await page.getByTestId("coverage-rule").textContent()).toContain("qingdao-300-500");
    expect(page.url()).not.toContain("custom");
    await page.getByTestId("radius-apply").click();
    await expect.poll(() => page.getByTestId("coverage-rule").textContent(), { timeout: 90_000 }).toContain("custom:");
    expect(await page.getByTestId("rule-set").inputValue()).toBe("custom");
    await page.getByTestId("radius-undo").click();
    await expect.poll(() => page.getByTestId("rule-set").inputValue()).toBe("qingdao-300-500");
    await expect.poll(() => page.getByTestId("coverage-rule").textContent(), { timeout: 90_000 }).toContain("qingdao-300-500");
  });

  it("computes park service coverage in the worker, names the rule set, and re-runs when the rule set changes", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await page.getByTestId("tab-metrics").click();
    const ratio = page.getByTestId("coverage-ratio");
    await expect.poll(() => ratio.count(), { timeout: 90_000 }).toBe(1);
    const first = await ratio.textContent();
    expect(first).toMatch(/^\d+(\.\d)?%$/);
    expect(await page.getByTestId("coverage-rule").textContent()).toContain("qingdao-300-500");
    expect(await page.getByTestId("district-table").textContent()).toContain("市南区");
    // The blind spots are drawn as vector tiles cut in MapLibre's worker (not a main-thread GeoJSON copy).
    const blindSpots = () => page.evaluate(() => window.__shanhai?.blindSpots() ?? { rendered: 0, sourceType: null });
    await expect.poll(async () => (await blindSpots()).rendered, { timeout: 60_000 }).toBeGreaterThan(0);
    expect((await blindSpots()).sourceType).toBe("vector");
    await waitForMapIdle(page);
    const renderedBefore = (await blindSpots()).rendered;
    await page.getByTestId("rule-set").selectOption("who-2016");
    await expect.poll(() => page.getByTestId("coverage-rule").textContent(), { timeout: 90_000 }).toContain("who-2016");
    expect(await ratio.textContent()).not.toBe(first);
    // who-2016 counts no park under 0.5 ha, so more residential land is left uncovered and drawn.
    await expect.poll(async () => (await blindSpots()).rendered, { timeout: 60_000 }).toBeGreaterThan(renderedBefore);
    expect(session.errors).toEqual([]);
  });

  it("shows the plan targets with their sources, including 768 km of greenways by 2035", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await page.getByTestId("tab-dashboard").click();
    const dashboard = page.getByTestId("indicator-dashboard");
    // The tab's module (with its charts) is fetched on the first click when the page has not preloaded it yet.
    await expect.poll(() => dashboard.count(), { timeout: 30_000 }).toBe(1);
    const text = (await dashboard.textContent()) ?? "";
    expect(text).toContain("768");
    expect(text).toContain("美丽青岛建设规划纲要");
    expect(session.errors).toEqual([]);
  });
});

describe("attribute table", () => {
  it("filters a layer's rows and selects the clicked feature on the map", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    await page.getByTestId("tab-table").click();
    await page.getByTestId("table-layer").selectOption("park");
    await page.getByTestId("table-search").fill("中山公园");
    const total = await page.getByTestId("table-row").count();
    await expect.poll(() => page.getByTestId("table-row").count()).toBeLessThan(5);
    expect(total).toBeGreaterThan(0);
    const row = page.getByTestId("table-row").filter({ has: page.getByRole("cell", { name: "中山公园", exact: true }) });
    await row.click();
    await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe("中山公园");
    await expect.poll(() => row.getAttribute("aria-selected")).toBe("true");
  });
});

describe("style by attribute", () => {
  it("colours parks by area in graduated classes and the legend follows", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    await page.locator('[data-layer-id="park"] .layer-details summary').click();
    await page.getByTestId("style-kind-park").selectOption("graduated");
    await page.getByTestId("style-field-park").selectOption("areaM2");
    await expect.poll(() => page.getByTestId("legend-park").locator("li").count()).toBeGreaterThan(2);
    expect(await page.getByTestId("legend-park").textContent()).toContain("≥");
    expect(session.errors).toEqual([]);
  });
});

describe("public place search", () => {
  it("finds 中山公园 by Chinese name and by pinyin, and opens its card", async () => {
    const page = session.page;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.baseUrl}/?mode=public`);
    await waitForMapIdle(page);
    const search = page.getByTestId("place-search");
    await search.fill("中山公园");
    await expect.poll(() => page.getByRole("option").first().textContent(), { timeout: 30_000 }).toContain("中山公园");
    await search.fill("zhongshan");
    await expect.poll(() => page.getByRole("option").first().textContent(), { timeout: 30_000 }).toContain("中山公园");
    await search.press("Enter");
    await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe("中山公园");
    expect(session.errors).toEqual([]);
  });
});
