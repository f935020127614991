import { readFileSync } from "node:fs";
import * as turf from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, LineString, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";

const session = useSession();
const read = <T extends Geometry>(id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection<T>;

/**
 * A street vertex of the shipped walking network within 20 m of a pocket park (口袋公园, counted by qingdao-300-500):
 * the street there lies in the park's 30 m access zone, so it is reached at 0 m and inside the walking service area.
 */
function streetBesidePocketPark(): [number, number] {
  const parks = read<Polygon>("park").features.filter((park) => park.properties?.type === "口袋公园" && Number(park.properties?.areaM2) >= 1000);
  const vertices = read<LineString>("walking-network").features.flatMap((line) => line.geometry.coordinates);
  for (const park of parks) {
    const zone = turf.buffer(park as Feature<Polygon>, 20, { units: "meters" });
    if (!zone) continue;
    const [west, south, east, north] = turf.bbox(zone);
    const beside = vertices.find(
      ([lon = 0, lat = 0]) => lon >= west && lon <= east && lat >= south && lat <= north && turf.booleanPointInPolygon([lon, lat], zone),
    );
    if (beside) return [beside[0] ?? 0, beside[1] ?? 0];
  }
  throw new Error("no pocket park with a street beside it");
}

/**
 * A park of at least 1 ha (it serves 500 m under qingdao-300-500) with no street within 40 m — so nobody
 * reaches it on foot — and the nearest street vertex 60–200 m from its centre: drawing a path from its centre to
 * that vertex connects it, so the 步行 figure must rise.
 */
function unconnectedPark(): { centre: [number, number]; street: [number, number] } {
  const parks = read<Polygon>("park").features.filter((park) => Number(park.properties?.areaM2) >= 10_000 && Number(park.properties?.areaM2) <= 30_000);
  const lines = read<LineString>("walking-network").features;
  const vertices = lines.flatMap((line) => line.geometry.coordinates);
  for (const park of parks) {
    const zone = turf.buffer(park as Feature<Polygon>, 40, { units: "meters" });
    if (!zone) continue;
    const [west, south, east, north] = turf.bbox(zone);
    const near = lines.filter((line) => {
      const [w, s, e, n] = turf.bbox(line);
      return w <= east && e >= west && s <= north && n >= south;
    });
    if (near.some((line) => turf.booleanIntersects(line, zone))) continue;
    const centre = turf.centroid(park).geometry.coordinates as [number, number];
    if (!turf.booleanPointInPolygon(centre, park)) continue;
    let best: [number, number] | null = null;
    let bestM = 200;
    for (const [lon = 0, lat = 0] of vertices) {
      if (Math.abs(lon - centre[0]) > 0.003 || Math.abs(lat - centre[1]) > 0.003) continue;
      const distanceM = turf.distance(centre, [lon, lat], { units: "meters" });
      if (distanceM < bestM) {
        bestM = distanceM;
        best = [lon, lat];
      }
    }
    if (best && bestM >= 60) return { centre, street: best };
  }
  throw new Error("no unconnected park near a street");
}

const percent = /^\d+(\.\d)?%$/;
/** The walking-network run of the whole schematic Qingdao network: 18–40 s after the radius figures in headless Chromium here. */
const WALKING_RUN_MS = 240_000;
/** Making the walking view (service areas dissolved per 1 km cell, radius-only land) of the whole network. */
const WALKING_VIEW_MS = 300_000;

describe("walking-network coverage in the planner", () => {
  it(
    "shows 半径 and 步行 columns with numbers and their ratio, and draws the walking view where a park's street is",
    async () => {
      const page = session.page;
      const place = streetBesidePocketPark();
      await page.goto(`${session.baseUrl}/?view=${place[0]},${place[1]},15`);
      const started = Date.now();
      await page.getByTestId("tab-metrics").click();
      // The radius figures come first, from their own run; the 步行 column says 计算中… until the walking run ends.
      await page.getByTestId("coverage-ratio").waitFor({ timeout: 90_000 });
      const radiusS = (Date.now() - started) / 1000;
      if ((await page.getByTestId("coverage-walking-ratio").count()) === 0) {
        expect(await page.getByTestId("coverage-overall-walking").textContent()).toBe("计算中…");
        expect(await page.getByTestId("coverage-walking-pending").textContent()).toContain("计算中…");
      }
      await expect.poll(() => page.getByTestId("coverage-walking-ratio").count(), { timeout: WALKING_RUN_MS }).toBe(1);
      console.log(`radius figure after ${radiusS.toFixed(1)} s, walking figure after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const radius = (await page.getByTestId("coverage-overall-radius").textContent()) ?? "";
      const walking = (await page.getByTestId("coverage-overall-walking").textContent()) ?? "";
      const ratio = (await page.getByTestId("coverage-overall-ratio").textContent()) ?? "";
      expect(radius).toMatch(percent);
      expect(walking).toMatch(percent);
      const expectedRatio = Number.parseFloat(walking) / Number.parseFloat(radius);
      expect(Number.parseFloat(ratio)).toBeCloseTo(expectedRatio, 1);
      // Walking along streets never reaches more than the straight radius does on this data.
      expect(Number.parseFloat(walking)).toBeLessThan(Number.parseFloat(radius));
      const headers = await page.getByTestId("coverage-columns").locator("thead th").allTextContents();
      expect(headers).toEqual(["指标", "半径", "步行", "步行/半径"]);
      const districtWalking = await page.getByTestId("district-table").locator("tbody td:nth-child(3)").allTextContents();
      expect(districtWalking.length).toBeGreaterThan(5);
      for (const cell of districtWalking) expect(cell).toMatch(percent);

      // The walking view is off at first, then drawn at the street beside the park once switched on.
      await page.getByTestId("tab-layers").click();
      await waitForMapIdle(page);
      const walkingAt = async () => {
        const point = await page.evaluate((lonLat) => window.__shanhai?.project(lonLat) ?? [0, 0], place);
        return page.evaluate((p) => window.__shanhai?.walking(p as [number, number]) ?? { serviceAreas: 0, radiusOnly: 0 }, point);
      };
      expect((await walkingAt()).serviceAreas).toBe(0);
      const switched = Date.now();
      await page.getByTestId("toggle-walking").click();
      await expect.poll(async () => (await walkingAt()).serviceAreas, { timeout: WALKING_VIEW_MS }).toBeGreaterThan(0);
      console.log(`walking view drawn ${((Date.now() - switched) / 1000).toFixed(1)} s after the switch`);
      expect(await page.getByTestId("legend-walking").textContent()).toContain("半径可达、步行不可达的居住用地");
      // Over the main city, land the radius covers and walking does not is drawn too.
      const box = await page.getByTestId("map").boundingBox();
      if (!box) throw new Error("no map");
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let step = 0; step < 3; step += 1) await page.mouse.wheel(0, 400);
      await waitForMapIdle(page);
      const inView = () => page.evaluate(() => window.__shanhai?.walking() ?? { serviceAreas: 0, radiusOnly: 0 });
      await expect.poll(async () => (await inView()).radiusOnly, { timeout: 60_000 }).toBeGreaterThan(0);
      // The buffers were made by Clipper2's WebAssembly build, fetched from the app's own host.
      const kernelOrigins = new Set(session.requests.filter((url) => /\/clipper2z-[\w-]+\.wasm$/.test(url)).map((url) => new URL(url).origin));
      expect([...kernelOrigins]).toEqual([new URL(session.baseUrl).origin]);
      expect(session.errors).toEqual([]);
    },
    WALKING_RUN_MS + WALKING_VIEW_MS + 180_000,
  );

  it("lists the life circles apart from the radius standards and explains the walking method", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/?rules=life-circle-5-10-15`);
    await page.getByTestId("tab-metrics").click();
    await page.getByTestId("rule-set").waitFor();
    const groups = await page
      .getByTestId("rule-set")
      .locator("optgroup")
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptGroupElement).label));
    expect(groups).toEqual(["半径标准（直线距离）", "生活圈（步行距离）"]);
    expect(await page.getByTestId("rule-set").inputValue()).toBe("life-circle-5-10-15");
    const description = (await page.getByTestId("rule-set-description").textContent()) ?? "";
    expect(description).toContain("GB 50180-2018");
    expect(description).toContain("accessM（默认 30 米）");
    expect(description).toContain("walkBufferM（默认 50 米");
  });

  it(
    "a park far from streets says so in its inspector; a candidate path to it raises the 步行 figure",
    async () => {
      const page = session.page;
      const { centre, street } = unconnectedPark();
      await page.goto(`${session.baseUrl}/?view=${centre[0]},${centre[1]},17`);
      await page.getByTestId("tab-metrics").click();
      await expect.poll(() => page.getByTestId("coverage-walking-ratio").count(), { timeout: WALKING_RUN_MS }).toBe(1);
      const walkingBefore = Number.parseFloat((await page.getByTestId("coverage-overall-walking").textContent()) ?? "");
      await waitForMapIdle(page);
      const box = await page.getByTestId("map").boundingBox();
      if (!box) throw new Error("no map");
      const pixel = (point: [number, number]) => page.evaluate((lonLat): [number, number] => window.__shanhai?.project(lonLat) ?? [0, 0], point);
      const [cx, cy] = await pixel(centre);
      await page.mouse.click(box.x + cx, box.y + cy);
      await expect.poll(() => page.getByTestId("park-walking").textContent(), { timeout: 60_000 }).toContain("步行不可达：附近没有步行网络");

      await page.getByTestId("scenario-new").click();
      await page.getByTestId("tool-path").click();
      await expect.poll(() => page.getByTestId("scenario-hint").textContent(), { timeout: 60_000 }).toContain("画步行路径");
      const [sx, sy] = await pixel(street);
      await page.mouse.click(box.x + cx, box.y + cy);
      await page.mouse.click(box.x + sx, box.y + sy);
      await page.mouse.dblclick(box.x + sx, box.y + sy);
      await expect.poll(() => page.getByTestId("scenario-path-count").textContent(), { timeout: 30_000 }).toContain("1");
      await expect
        .poll(async () => Number.parseFloat((await page.getByTestId("coverage-overall-walking").textContent()) ?? ""), { timeout: WALKING_RUN_MS })
        .toBeGreaterThan(walkingBefore);
    },
    2 * WALKING_RUN_MS + 60_000,
  );
});
