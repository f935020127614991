import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import type { Download, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";

const session = useSession();

async function openMetrics(page: Page): Promise<void> {
  await page.goto(`${session.baseUrl}/`);
  await waitForMapIdle(page);
  await page.getByTestId("tab-metrics").click();
  await expect.poll(() => page.getByTestId("coverage-ratio").count(), { timeout: 90_000 }).toBe(1);
}

/** The first point of every record of a Polygon .shp (shape type 5): [x, y] per record. */
function firstPointsOfShp(shp: Uint8Array): [number, number][] {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const points: [number, number][] = [];
  for (let offset = 100; offset < shp.byteLength; ) {
    const contentBytes = view.getInt32(offset + 4, false) * 2;
    const record = offset + 8;
    if (view.getInt32(record, true) === 5) {
      const partCount = view.getInt32(record + 36, true);
      const pointsAt = record + 44 + 4 * partCount;
      points.push([view.getFloat64(pointsAt, true), view.getFloat64(pointsAt + 8, true)]);
    }
    offset = record + contentBytes;
  }
  return points;
}

/** Waits until `button` can be used, clicks it and returns the downloaded file. */
async function downloadFrom(page: Page, button: Locator): Promise<Download> {
  await expect.poll(() => button.isEnabled(), { timeout: 90_000 }).toBe(true);
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), button.click()]);
  return download;
}

/** The .prj text and the first point of each record of the zipped Shapefile the service-areas button downloads. */
async function downloadServiceAreasShapefile(page: Page): Promise<{ prj: string; points: [number, number][] }> {
  const download = await downloadFrom(page, page.getByTestId("export-service-areas-shapefile"));
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const prjName = Object.keys(files).find((name) => name.endsWith(".prj"))!;
  return { prj: new TextDecoder().decode(files[prjName]), points: firstPointsOfShp(files[prjName.replace(/\.prj$/, ".shp")]!) };
}

describe("export in the planner's coordinate system", () => {
  it("exports the service areas as a Shapefile in CGCS2000 3° GK zone 40 (EPSG:4549) chosen in the select", async () => {
    const page = session.page;
    await openMetrics(page);
    await page.getByTestId("export-crs").selectOption({ label: "CGCS2000 3度带高斯-克吕格（无带号）" });
    expect(await page.getByTestId("export-zone").locator("option:checked").textContent()).toBe("自动：按数据中心定带（青岛为第40带）");
    await expect.poll(() => page.getByTestId("export-crs-note").textContent()).toContain("RFC 7946");
    const { prj, points } = await downloadServiceAreasShapefile(page);
    expect(prj).toMatch(/^PROJCS\["CGCS2000_3_Degree_GK_CM_120E"/);
    expect(prj).toContain('PROJECTION["Gauss_Kruger"]');
    expect(prj).toContain('PARAMETER["Central_Meridian",120.0]');
    expect(points.length).toBeGreaterThan(0);
    for (const [easting, northing] of points) {
      // Qingdao: Y(east) ≈ 5.2e5 m around CM 120°E, X(north) ≈ 4.0e6 m.
      expect(easting).toBeGreaterThan(400_000);
      expect(easting).toBeLessThan(650_000);
      expect(northing).toBeGreaterThan(3_900_000);
      expect(northing).toBeLessThan(4_150_000);
    }
    await expect.poll(() => page.getByTestId("export-status").textContent()).toContain("3度带 第40带 (EPSG:4549, 中央经线 120°E)");
  });

  it("exports in a 6° zone chosen by hand (zone 20, CM 117°E, EPSG:4509) instead of the detected zone 21", async () => {
    const page = session.page;
    await openMetrics(page);
    await page.getByTestId("export-crs").selectOption({ label: "CGCS2000 6度带高斯-克吕格（无带号）" });
    await page.getByTestId("export-zone").selectOption({ label: "第20带 · 中央经线 117°E · EPSG:4509" });
    const { prj, points } = await downloadServiceAreasShapefile(page);
    expect(prj).toMatch(/^PROJCS\["CGCS2000_GK_CM_117E"/);
    expect(prj).toContain('PARAMETER["Central_Meridian",117.0]');
    expect(points.length).toBeGreaterThan(0);
    for (const [easting] of points) {
      // About 3.3° east of CM 117°E at 36°N: ≈ 500 000 + 3.3 × 90 km.
      expect(easting).toBeGreaterThan(700_000);
      expect(easting).toBeLessThan(900_000);
    }
    await expect.poll(() => page.getByTestId("export-status").textContent()).toContain("6度带 第20带 (EPSG:4509, 中央经线 117°E)");
  });
});

describe("export as CSV with a WKT geometry column", () => {
  it("writes the service areas in EPSG:4549 as WKT with easting first, and the attributes beside it", async () => {
    const page = session.page;
    await openMetrics(page);
    await page.getByTestId("export-crs").selectOption({ label: "CGCS2000 3度带高斯-克吕格（无带号）" });
    await expect.poll(() => page.getByTestId("export-crs-note").textContent()).toContain("WKT");
    const download = await downloadFrom(page, page.getByRole("button", { name: "公园服务范围 CSV（WKT）" }));
    expect(download.suggestedFilename()).toMatch(/^shanhai-service-areas-wkt-\d{8}\.csv$/);
    const lines = readFileSync(await download.path(), "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean);
    expect(lines[0]).toMatch(/^WKT,/);
    expect(lines.length).toBeGreaterThan(1);
    const firstPoint = /^"?(?:MULTI)?POLYGON \(+([\d.]+) ([\d.]+)/.exec(lines[1]!);
    if (!firstPoint) throw new Error(`no WKT polygon in ${lines[1]!.slice(0, 80)}`);
    const [easting, northing] = [Number(firstPoint[1]), Number(firstPoint[2])];
    expect(easting).toBeGreaterThan(400_000);
    expect(easting).toBeLessThan(650_000);
    expect(northing).toBeGreaterThan(3_900_000);
    expect(northing).toBeLessThan(4_150_000);
    await expect.poll(() => page.getByTestId("export-status").textContent()).toContain("EPSG:4549");
  });
});

describe("importing correct WGS84 files", () => {
  it("reads a WGS84 GeoJSON without a CRS doubt, and says in words why a lon/lat CSV is read as WGS84", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    const geojson = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { name: "中山公园" }, geometry: { type: "Point", coordinates: [120.3437, 36.0622] } },
        { type: "Feature", properties: { name: "李村公园" }, geometry: { type: "Point", coordinates: [120.4297, 36.1662] } },
      ],
    };
    await page
      .getByTestId("import-input")
      .setInputFiles({ name: "parks.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(geojson)) });
    const review = page.getByTestId("import-review");
    await expect.poll(() => review.count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId("import-crs").inputValue()).toBe("EPSG:4326");
    expect(await review.textContent()).not.toContain("坐标系不确定");

    await page.reload();
    await waitForMapIdle(page);
    const csv = "name,lon,lat\r\n中山公园,120.3437,36.0622\r\n李村公园,120.4297,36.1662\r\n";
    await page.getByTestId("import-input").setInputFiles({ name: "parks.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect.poll(() => review.count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId("import-crs").inputValue()).toBe("EPSG:4326");
    const text = (await review.textContent()) ?? "";
    expect(text).not.toContain("坐标系不确定");
    expect(text).toContain("文件没有声明坐标系；坐标是经纬度，已按 WGS84");
    expect(text).toContain("青岛");
  });
});
