import { existsSync, readFileSync } from "node:fs";
import { centroid, distance } from "@turf/turf";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";

const session = useSession();

const hasLayers = existsSync("layers/residential-land/data.geojson") && existsSync("layers/park/data.geojson");

/** A residential parcel far (> 800 m) from every park centroid: drawing a park there must raise coverage. */
function uncoveredPlace(): [number, number] {
  const read = (id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection;
  const parkCentres = read("park").features.map((feature) => centroid(feature));
  for (const parcel of read("residential-land").features.slice(0, 3000)) {
    const centre = centroid(parcel);
    if (parkCentres.every((park) => distance(centre, park, { units: "meters" }) > 800)) return centre.geometry.coordinates as [number, number];
  }
  throw new Error("no uncovered parcel found");
}

describe.skipIf(!hasLayers)("scenarios: candidate parks", () => {
  it("draws a candidate park and shows the change against the baseline", async () => {
    const page = session.page;
    const [lon, lat] = uncoveredPlace();
    await page.goto(`${session.baseUrl}/?view=${lon},${lat},15`);
    await page.getByTestId("tab-metrics").click();
    await expect.poll(() => page.getByTestId("coverage-ratio").count(), { timeout: 90_000 }).toBe(1);
    await waitForMapIdle(page);
    await page.getByTestId("scenario-new").click();
    await page.getByTestId("tool-draw").click();
    const box = await page.getByTestId("map").boundingBox();
    if (!box) throw new Error("no map");
    const d = 0.002;
    const corners: [number, number][] = [[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]];
    for (const corner of corners) {
      const [x, y] = await page.evaluate((point) => window.__shanhai?.project(point) ?? [0, 0], corner);
      await page.mouse.click(box.x + x, box.y + y);
    }
    await expect.poll(() => page.getByTestId("scenario-park-count").textContent(), { timeout: 30_000 }).toContain("1");
    await expect.poll(() => page.getByTestId("delta-area").textContent(), { timeout: 60_000 }).toMatch(/^\+/);
    expect(await page.getByTestId("delta-ratio").textContent()).toMatch(/^\+/);
    expect(session.errors).toEqual([]);
  });
});

describe("measuring", () => {
  it("measures a distance on the ellipsoid", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/?view=120.40000,36.10500,14`);
    await waitForMapIdle(page);
    await page.getByTestId("measure-distance").click();
    const box = await page.getByTestId("map").boundingBox();
    if (!box) throw new Error("no map");
    const pixel = (point: [number, number]) => page.evaluate((lonLat) => window.__shanhai?.project(lonLat) ?? [0, 0], point);
    const [x1, y1] = await pixel([120.4, 36.1]);
    const [x2, y2] = await pixel([120.4, 36.11]);
    await page.mouse.click(box.x + x1, box.y + y1);
    await page.mouse.click(box.x + x2, box.y + y2);
    await page.mouse.dblclick(box.x + x2, box.y + y2);
    // 0.01° of latitude at 36.1°N is 1,109.6 m on the WGS84 ellipsoid; clicks snap to pixels (±10 m at zoom 14).
    await expect.poll(() => page.getByTestId("measure-result").textContent(), { timeout: 20_000 }).toMatch(/1\.1[01] 千米/);
  });
});
