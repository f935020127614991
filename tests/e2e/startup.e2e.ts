import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { pointOnFeature } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { clickLonLat, expectSeaColour, mapPixelOf, OPEN_SEA_LON_LAT, pngPixel, useSession, waitForMapIdle } from "./harness";

const session = useSession();

const firstPaint = () => session.page.evaluate(() => window.__shanhai?.firstPaint() ?? "no map");
const rendered = (id: string) => session.page.evaluate((layerId) => window.__shanhai?.renderedFeatureCount(layerId) ?? 0, id);

/** Holds every layer's GeoJSON request until the returned function is called. */
async function holdLayerData(): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await session.page.route("**/layers/*/data.geojson", async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

describe("start-up", () => {
  it("paints its first frame with every start-up layer on the map", async () => {
    await session.page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(session.page);
    expect(await firstPaint()).toBe("complete");
    for (const id of ["land", "district", "park", "greenway"]) expect(await rendered(id), id).toBeGreaterThan(0);
    // One shader per layer type (every colour per feature, no sky or background pass; see build-layer-style.ts and
    // sky-pass.ts): under software WebGL each shader costs ≈ 60 ms of the first frame.
    const programs = await session.page.evaluate(() => window.__shanhai?.shaderPrograms() ?? []);
    expect(programs.map((name) => name.split("/")[0]).sort()).toEqual(["circle", "clippingMask", "fill", "line", "lineSDF", "symbolSDF"]);
    expect(session.errors).toEqual([]);
  });

  it("shows the sea colour through the map where no layer draws (no background or sky pass)", async () => {
    await session.page.goto(`${session.baseUrl}/?view=${OPEN_SEA_LON_LAT[0]},${OPEN_SEA_LON_LAT[1]},9`);
    await waitForMapIdle(session.page);
    const [x, y] = await mapPixelOf(session.page, OPEN_SEA_LON_LAT);
    const shot = await session.page.getByTestId("map").screenshot();
    const rgb = await pngPixel(session.page, shot, x, y);
    expectSeaColour(rgb);
    // Land is drawn over it: the canvas is not one flat colour.
    const [landX, landY] = await mapPixelOf(session.page, [120.38, 36.07]);
    expect(await pngPixel(session.page, shot, landX, landY)).not.toEqual(rgb);
    expect(session.errors).toEqual([]);
  });

  it("still paints the other layers when one start-up layer fails to load", async () => {
    await session.page.route("**/layers/park/data.geojson", (route) => route.fulfill({ status: 500, body: "down" }));
    await session.page.goto(`${session.baseUrl}/`);
    await expect.poll(firstPaint, { timeout: 30_000 }).toBe("complete");
    await expect.poll(() => rendered("district"), { timeout: 30_000 }).toBeGreaterThan(0);
    // Its tiles may draw in the first frame; once its GeoJSON has failed, the map drops it (the panel says why).
    await expect.poll(() => rendered("park"), { timeout: 30_000 }).toBe(0);
  });

  it("draws the shipped layers from the built-in tile set before their GeoJSON arrives", async () => {
    const release = await holdLayerData();
    await session.page.goto(`${session.baseUrl}/`);
    await expect.poll(firstPaint, { timeout: 30_000 }).toBe("complete");
    const loaded = () => session.page.getByTestId("map").getAttribute("data-loaded-layers");
    expect(await loaded()).toBe("");
    expect(await session.page.evaluate(() => window.__shanhai?.layerSourceType("district"))).toBe("vector");
    for (const id of ["land", "district", "park", "greenway", "shoreline"]) expect(await rendered(id), id).toBeGreaterThan(0);
    // District names come with the tiles too (label points cut at build time).
    expect(await session.page.evaluate(() => window.__shanhai?.renderedLabelCount("district") ?? 0)).toBeGreaterThan(0);
    // A district clicked now says its data is on the way, then shows it.
    const districts = JSON.parse(readFileSync("layers/district/data.geojson", "utf8")) as FeatureCollection;
    const shibei = districts.features.find((feature) => feature.properties?.name === "市北区");
    if (!shibei) throw new Error("市北区 missing from layers/district");
    // Every other layer steps aside: a click picks what is drawn under the pointer (points and coastline above, zones
    // and greenways too) before a district, whose area is drawn only as an outline.
    const shown = await session.page
      .locator('[data-testid^="toggle-"][aria-pressed="true"]')
      .evaluateAll((toggles) => toggles.map((toggle) => toggle.getAttribute("data-testid")));
    for (const testId of shown) if (testId && testId !== "toggle-district") await session.page.getByTestId(testId).click();
    await clickLonLat(session.page, pointOnFeature(shibei).geometry.coordinates as [number, number]);
    await expect.poll(() => session.page.getByTestId("inspector").getAttribute("aria-busy")).toBe("true");
    expect(await session.page.getByTestId("inspector").textContent()).toContain("正在载入");
    release();
    await expect.poll(() => session.page.getByTestId("inspector-name").textContent(), { timeout: 30_000 }).toBe("市北区");
    await waitForMapIdle(session.page);
    expect(session.errors).toEqual([]);
  });

  it("tells a resident the park data is still on the way, then answers", async () => {
    const release = await holdLayerData();
    const parks = JSON.parse(readFileSync("layers/park/data.geojson", "utf8")) as FeatureCollection;
    const zhongshan = parks.features.find((feature) => feature.properties?.name === "中山公园");
    if (!zhongshan) throw new Error("中山公园 missing from layers/park");
    const lonLat = pointOnFeature(zhongshan).geometry.coordinates as [number, number];
    await session.page.setViewportSize({ width: 390, height: 844 });
    await session.page.goto(`${session.baseUrl}/?mode=public&view=${lonLat[0]},${lonLat[1]},15`);
    await expect.poll(firstPaint, { timeout: 30_000 }).toBe("complete");
    await clickLonLat(session.page, lonLat);
    await expect.poll(() => session.page.getByTestId("proximity-card").textContent()).toContain("正在载入公园和绿道数据");
    release();
    await expect.poll(() => session.page.getByTestId("nearest-park").textContent(), { timeout: 30_000 }).toContain("中山公园");
    expect(session.errors).toEqual([]);
  });

  it("places park labels once the map zooms near the zoom they appear at", async () => {
    const parks = JSON.parse(readFileSync("layers/park/data.geojson", "utf8")) as FeatureCollection;
    const named = parks.features.find((feature) => feature.properties?.name);
    if (!named) throw new Error("no named park");
    const [lon, lat] = pointOnFeature(named).geometry.coordinates as [number, number];
    await session.page.goto(`${session.baseUrl}/?view=${lon.toFixed(5)},${lat.toFixed(5)},8.00`);
    await waitForMapIdle(session.page);
    const zoomIn = session.page.locator(".maplibregl-ctrl-zoom-in");
    for (let step = 0; step < 5; step += 1) {
      await zoomIn.click();
      await waitForMapIdle(session.page);
    }
    expect(await session.page.evaluate(() => window.__shanhai?.zoom() ?? 0)).toBeGreaterThanOrEqual(12.9);
    await expect.poll(() => session.page.evaluate(() => window.__shanhai?.renderedLabelCount("park") ?? 0)).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });
});
