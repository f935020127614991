import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSession } from "./harness";

const dataOf = (id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection;
const districtNames = (region: string) =>
  dataOf("district")
    .features.filter((feature) => feature.properties?.region === region)
    .map((feature) => String(feature.properties?.name));
const QINGDAO_DISTRICTS = districtNames("qingdao");
/** Yantai's shoreline length from the layer's own per-feature lengths (km). */
const YANTAI_SHORELINE_KM = dataOf("shoreline")
  .features.filter((feature) => feature.properties?.region === "yantai")
  .reduce((sum, feature) => sum + Number(feature.properties?.lengthKm), 0);
const QINGDAO_BAYS = dataOf("bay").features.filter((feature) => feature.properties?.region === "qingdao");

const session = useSession();

/** Two metrics runs (a region and then another) on a busy two-core machine. */
const TWO_RUNS_MS = 240_000;

/** A number written with zh-CN grouping ("1,745.8") read back. */
const numberIn = (text: string, pattern: RegExp): number => {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`no number for ${pattern} in: ${text}`);
  return Number(match[1].replaceAll(",", ""));
};

async function openMetrics(page: Page) {
  await page.goto(`${session.baseUrl}/`);
  await page.getByTestId("tab-metrics").click();
  await expect.poll(() => page.getByTestId("coverage-ratio").count(), { timeout: 90_000 }).toBe(1);
}

async function chooseRegion(page: Page, region: "qingdao" | "yantai") {
  await page.getByTestId("region-switch").selectOption(region);
}

const section = (page: Page, titleId: string) => page.locator(`section[aria-labelledby="${titleId}"]`);

describe("the region switch: every number is the region's own", () => {
  it(
    "in 烟台 the metrics tab shows Yantai's shoreline and 无数据 for what Yantai has no layer of",
    async () => {
      const page = session.page;
      await openMetrics(page);
      await chooseRegion(page, "yantai");
      const coverage = section(page, "coverage-title");
      await expect.poll(() => coverage.textContent(), { timeout: 90_000 }).toContain("无数据");
      expect(await page.getByTestId("coverage-ratio").count()).toBe(0);
      expect(await section(page, "red-line-title").textContent()).toContain("无数据");
      expect(await section(page, "parks-title").textContent()).toContain("无数据");
      const panel = (await page.getByTestId("metrics-panel").textContent()) ?? "";
      for (const name of QINGDAO_DISTRICTS) expect(panel).not.toContain(name);
      const shoreline = (await section(page, "shoreline-title").textContent()) ?? "";
      const lengthKm = numberIn(shoreline, /总长\s*([\d,.]+)\s*千米/);
      expect(Math.abs(lengthKm / YANTAI_SHORELINE_KM - 1), shoreline).toBeLessThan(0.02);
      expect(session.errors).toEqual([]);
    },
    TWO_RUNS_MS,
  );

  it(
    "in 青岛 the district table lists Qingdao's ten districts and none of Yantai's",
    async () => {
      const page = session.page;
      await openMetrics(page);
      const rows = page.getByTestId("district-table").locator("tbody th");
      await expect.poll(async () => (await rows.allTextContents()).sort(), { timeout: 60_000 }).toEqual([...QINGDAO_DISTRICTS].sort());
      // Back from Yantai, the table is Qingdao's again.
      await chooseRegion(page, "yantai");
      await expect.poll(() => page.getByTestId("district-table").count(), { timeout: 90_000 }).toBe(0);
      await chooseRegion(page, "qingdao");
      await expect.poll(async () => (await rows.allTextContents()).sort(), { timeout: 90_000 }).toEqual([...QINGDAO_DISTRICTS].sort());
    },
    TWO_RUNS_MS,
  );

  it(
    "the 规划目标 tab: Qingdao's district chart has only Qingdao's districts; in 烟台 coverage is 无数据",
    async () => {
      const page = session.page;
      await openMetrics(page);
      await page.getByTestId("tab-dashboard").click();
      const dashboard = page.getByTestId("indicator-dashboard");
      const districtFigure = dashboard.locator("figure", { hasText: "各区（市）公园服务半径覆盖率" });
      await expect.poll(() => districtFigure.locator("tbody th").count(), { timeout: 60_000 }).toBe(QINGDAO_DISTRICTS.length);
      expect((await districtFigure.locator("tbody th").allTextContents()).sort()).toEqual([...QINGDAO_DISTRICTS].sort());
      await chooseRegion(page, "yantai");
      const coverageRow = dashboard.locator('[data-indicator="park-service-coverage"]');
      await expect.poll(() => coverageRow.locator(".measured-cell").textContent(), { timeout: 90_000 }).not.toMatch(/\d/);
      expect(await coverageRow.textContent()).toContain("无数据");
      expect(await dashboard.locator('[data-indicator="ecological-red-line-area"] .measured-cell').textContent()).not.toMatch(/\d/);
      const text = (await dashboard.textContent()) ?? "";
      for (const name of QINGDAO_DISTRICTS) expect(text).not.toContain(name);
      // Yantai's coastline is measured from Yantai's shoreline.
      const coast = (await dashboard.locator('[data-indicator="coastline-length"] .measured-cell').textContent()) ?? "";
      expect(Math.abs(numberIn(coast, /([\d,.]+)/) / YANTAI_SHORELINE_KM - 1), coast).toBeLessThan(0.02);
    },
    TWO_RUNS_MS,
  );

  it(
    "the report opened in 烟台 holds Yantai's figures, not Qingdao's",
    async () => {
      const page = session.page;
      await openMetrics(page);
      await chooseRegion(page, "yantai");
      await expect.poll(() => section(page, "coverage-title").textContent(), { timeout: 90_000 }).toContain("无数据");
      await page.getByTestId("open-report").click();
      const report = page.getByTestId("report-view");
      await expect.poll(() => report.count()).toBe(1);
      expect(await report.getByTestId("report-table-parkCoverage").count()).toBe(0);
      expect(await report.getByTestId("report-table-redLine").count()).toBe(0);
      const text = (await report.textContent()) ?? "";
      for (const name of QINGDAO_DISTRICTS) expect(text).not.toContain(name);
      expect(text).toContain("无数据");
      const lengthText = (await report.getByTestId("report-table-shoreline").locator("tbody tr").first().locator("td.number").textContent()) ?? "";
      expect(Math.abs(numberIn(lengthText, /([\d,.]+)/) / YANTAI_SHORELINE_KM - 1), lengthText).toBeLessThan(0.02);
    },
    TWO_RUNS_MS,
  );
});

describe("美丽海湾 targets read the bay layer", () => {
  it(
    "in 青岛 counts the built bays and their share by status, and checks each target's named bays",
    async () => {
      const page = session.page;
      await page.goto(`${session.baseUrl}/`);
      await page.getByTestId("tab-dashboard").click();
      const bays = page.getByTestId("indicator-dashboard").locator('[data-indicator="beautiful-bays"]');
      const built = QINGDAO_BAYS.filter((feature) => feature.properties?.status === "built");
      await expect.poll(() => bays.locator(".measured-cell strong").textContent(), { timeout: 90_000 }).toMatch(new RegExp(`^${built.length}\\s*个`));
      const text = (await bays.textContent()) ?? "";
      expect(text).not.toContain("所需图层");
      // Share by status: built ones out of all of Qingdao's bays.
      expect(text).toContain(`已建成 ${built.length}/${QINGDAO_BAYS.length}`);
      const statuses = await bays.locator(".target-row .status-badge").allTextContents();
      expect(statuses.map((status) => status.replace(/[✓✗–\s]/g, ""))).toEqual(["达标", "未达标", "未达标", "未达标"]);
      expect(text).toContain("崂山湾");
    },
    TWO_RUNS_MS,
  );

  it(
    "in 烟台 counts Yantai's four phased bays and names the ones not yet built",
    async () => {
      const page = session.page;
      await page.goto(`${session.baseUrl}/`);
      await page.getByTestId("tab-dashboard").click();
      await chooseRegion(page, "yantai");
      const bays = page.getByTestId("indicator-dashboard").locator('[data-indicator="beautiful-bays"]');
      await expect.poll(() => bays.textContent(), { timeout: 90_000 }).toContain("尚未报告建成");
      const text = (await bays.textContent()) ?? "";
      expect(text).toContain("已建成 0/4");
      expect(text).toContain("梯次推进 4/4");
      expect(text).not.toContain("所需图层");
    },
    TWO_RUNS_MS,
  );
});

describe("the 规划目标 table fits its panel", () => {
  it(
    "at 1400×900 every 状态 cell is inside the visible panel and 来源规划 is not one character wide",
    async () => {
      const page = session.page;
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`${session.baseUrl}/`);
      await page.getByTestId("tab-dashboard").click();
      const rows = page.locator(".indicator-table tr.target-row");
      await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(10);
      const panel = await page.locator("#side-panel").boundingBox();
      if (!panel) throw new Error("no side panel");
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll(".indicator-table tr.target-row")].map((row) => {
          const cells = [...row.children];
          const status = cells.at(-1)?.getBoundingClientRect();
          const plan = cells.at(-2)?.querySelector(".plan-title")?.getBoundingClientRect();
          const fontPx = Number.parseFloat(getComputedStyle(row).fontSize);
          return { status: status && { left: status.left, right: status.right }, planWidth: plan?.width ?? 0, fontPx };
        }),
      );
      for (const [index, box] of boxes.entries()) {
        expect(box.status, `row ${index}`).toBeTruthy();
        expect(box.status!.right, `row ${index} 状态 right edge`).toBeLessThanOrEqual(Math.min(panel.x + panel.width, 1400) + 0.5);
        expect(box.planWidth, `row ${index} 来源规划 width`).toBeGreaterThan(box.fontPx * 4);
      }
    },
    TWO_RUNS_MS,
  );
});
