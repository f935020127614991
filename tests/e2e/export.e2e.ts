import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readLayerFile } from "../../src/io/read-layer-file";
import { expectSeaColour, mapPixelOf, OPEN_SEA_LON_LAT, pngPixel, useSession, waitForMapIdle } from "./harness";
import { comparablePdfText, readPdf } from "./read-pdf";

const session = useSession();

async function openMetrics(page: Page): Promise<string> {
  await page.goto(`${session.baseUrl}/`);
  await waitForMapIdle(page);
  await page.getByTestId("tab-metrics").click();
  const ratio = page.getByTestId("coverage-ratio");
  await expect.poll(() => ratio.count(), { timeout: 90_000 }).toBe(1);
  return (await ratio.textContent()) ?? "";
}

async function downloadFrom(page: Page, testId: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

/** Serious and critical axe-core (WCAG 2 A/AA) violations inside `selector`. */
async function seriousViolationsIn(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync("node_modules/axe-core/axe.min.js", "utf8") });
  const violations = await page.evaluate(async (context) => {
    const axe = (
      window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null }[] }> } }
    ).axe;
    const result = await axe.run(context, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact }));
  }, selector);
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id);
}

describe("export", () => {
  it("downloads the metrics as a UTF-8 CSV with BOM whose coverage matches the panel, and as XLSX", async () => {
    const page = session.page;
    const shown = await openMetrics(page);
    const { download, bytes } = await downloadFrom(page, "export-metrics-csv");
    expect(download.suggestedFilename()).toMatch(/^shanhai-metrics-\d{8}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8").slice(1);
    const line = csv.split("\r\n").find((row) => row.includes(",公园绿地服务半径覆盖率,"));
    expect(line).toBeDefined();
    const value = Number(line!.split(",")[3]);
    expect(`${value.toFixed(1)}%`).toBe(shown);
    expect(csv).toContain("qingdao-300-500");
    expect(csv.split("\r\n")[0]).toBe("分组,指标,范围,数值,单位");
    const xlsx = await downloadFrom(page, "export-metrics-xlsx");
    expect(xlsx.download.suggestedFilename()).toMatch(/\.xlsx$/);
    const entries = unzipSync(new Uint8Array(xlsx.bytes));
    const sharedStrings = new TextDecoder().decode(entries["xl/sharedStrings.xml"]);
    expect(sharedStrings).toContain("公园绿地服务半径覆盖率");
    expect(new TextDecoder().decode(entries["xl/workbook.xml"])).toContain('name="数据来源"');
    expect(session.errors).toEqual([]);
  });

  it("exports the blind spots as a zipped Shapefile that the app reads back", async () => {
    const page = session.page;
    await openMetrics(page);
    const button = page.getByTestId("export-blind-spots-shapefile");
    await expect.poll(() => button.isEnabled(), { timeout: 90_000 }).toBe(true);
    const { download, bytes } = await downloadFrom(page, "export-blind-spots-shapefile");
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const result = await readLayerFile(new Uint8Array(bytes), "blind-spots.zip");
    expect(result.detectedCrs?.crs).toBe("EPSG:4326");
    expect(result.featureCollection.features.length).toBeGreaterThan(0);
    expect(result.featureCollection.features[0]?.geometry.type).toMatch(/Polygon/);
    const shownCount = await page.getByText(/服务盲区：\d+ 处/).textContent();
    expect(shownCount).toContain(`${result.featureCollection.features.length} 处`);
  });

  it("exports the parks' service areas (overall and per class) as GeoJSON and as a zipped Shapefile", async () => {
    const page = session.page;
    await openMetrics(page);
    const geojson = await downloadFrom(page, "export-service-areas-geojson");
    expect(geojson.download.suggestedFilename()).toMatch(/^shanhai-service-areas-\d{8}\.geojson$/);
    const collection = JSON.parse(geojson.bytes.toString("utf8")) as { features: { geometry: { type: string }; properties: Record<string, unknown> }[] };
    const properties = collection.features.map((feature) => feature.properties);
    // qingdao-300-500: every counted park at its own radius, then 300 m (≥ 400 m²) and 500 m (≥ 1 ha).
    expect(properties.map((p) => p.radiusM)).toEqual([null, 300, 500]);
    expect(collection.features.every((feature) => feature.geometry.type === "MultiPolygon")).toBe(true);
    const [overall, green, park] = properties as { parkCount: number; areaM2: number }[];
    expect(park!.parkCount).toBeLessThan(green!.parkCount);
    expect(overall!.parkCount).toBe(green!.parkCount);
    expect(overall!.areaM2).toBeGreaterThanOrEqual(Math.max(green!.areaM2, park!.areaM2) * 0.999);
    const shapefile = await downloadFrom(page, "export-service-areas-shapefile");
    const readBack = await readLayerFile(new Uint8Array(shapefile.bytes), "service-areas.zip");
    expect(readBack.featureCollection.features).toHaveLength(3);
    expect(session.errors).toEqual([]);
  });

  it("renders the map as a PNG at 300 DPI (3.125 pixels per CSS pixel)", async () => {
    const page = session.page;
    await openMetrics(page);
    const mapWidthCss = await page.getByTestId("map").evaluate((element) => element.clientWidth);
    await page.getByTestId("export-dpi").selectOption("300");
    const { download, bytes } = await downloadFrom(page, "export-map-png");
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const widthPx = bytes.readUInt32BE(16);
    expect(widthPx).toBeGreaterThan(mapWidthCss * 2);
    // The sea is painted into the image (on screen it is the page behind the map's transparent canvas).
    const [x, y] = await mapPixelOf(page, OPEN_SEA_LON_LAT);
    expectSeaColour(await pngPixel(page, bytes, (x * widthPx) / mapWidthCss, (y * widthPx) / mapWidthCss));
    expect(await page.getByTestId("export-status").textContent()).toMatch(/\d+×\d+/);
    expect(session.errors).toEqual([]);
  });

  it("prints the report to a PDF whose metric table text is extractable, on the chosen paper", async () => {
    const page = session.page;
    await openMetrics(page);
    await page.getByTestId("open-report").click();
    const image = page.getByTestId("report-map-image");
    await expect.poll(() => image.count(), { timeout: 90_000 }).toBe(1);
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
    expect(await page.getByTestId("report-rule-set").textContent()).toContain("qingdao-300-500");
    expect(await seriousViolationsIn(page, "[data-testid=report-view]")).toEqual([]);
    await page.emulateMedia({ media: "print" });
    const landscape = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(landscape.pages).toBeGreaterThanOrEqual(1);
    expect(landscape.sizesPt[0]).toEqual([842, 595]);
    const text = comparablePdfText(landscape.text);
    expect(text).toContain("公园绿地服务半径覆盖率");
    expect(text).toContain("qingdao-300-500");
    expect(text).toContain("数据来源");
    expect(text).toContain("示意");
    expect(text).toContain("山海规划指标报告");
    await page.emulateMedia({ media: "screen" });
    await page.getByTestId("report-paper").selectOption("A3");
    await page.getByTestId("report-orientation").selectOption("portrait");
    const portrait = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(portrait.sizesPt[0]).toEqual([842, 1191]);
    expect(session.errors).toEqual([]);
  });
});
