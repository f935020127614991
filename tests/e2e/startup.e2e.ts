import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { pointOnFeature } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";

const session = useSession();

const firstPaint = () => session.page.evaluate(() => window.__shanhai?.firstPaint() ?? "no map");
const rendered = (id: string) => session.page.evaluate((layerId) => window.__shanhai?.renderedFeatureCount(layerId) ?? 0, id);

describe("start-up", () => {
  it("paints its first frame with every start-up layer on the map", async () => {
    await session.page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(session.page);
    expect(await firstPaint()).toBe("complete");
    for (const id of ["land", "district", "park", "greenway"]) expect(await rendered(id), id).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });

  it("still paints the other layers when one start-up layer fails to load", async () => {
    await session.page.route("**/layers/park/data.geojson", (route) => route.fulfill({ status: 500, body: "down" }));
    await session.page.goto(`${session.baseUrl}/`);
    await expect.poll(firstPaint, { timeout: 30_000 }).toBe("complete");
    await expect.poll(() => rendered("district"), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await rendered("park")).toBe(0);
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
