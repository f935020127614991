import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";
import { scenarioWithOnePark } from "./draw-park";
import { uncoveredPlace } from "./uncovered-place";

const session = useSession();

describe("scenarios: candidate parks", () => {
  it("draws a candidate park and shows the change against the baseline", async () => {
    const page = session.page;
    const [lon, lat] = uncoveredPlace();
    await scenarioWithOnePark(page, session.baseUrl, [lon, lat]);
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
    // Clicks count once the bar says the drawing tools are ready (they load on the first measurement).
    await expect.poll(() => page.getByTestId("measure-hint").textContent(), { timeout: 60_000 }).toContain("逐点点击");
    const box = await page.getByTestId("map").boundingBox();
    if (!box) throw new Error("no map");
    const pixel = (point: [number, number]) => page.evaluate((lonLat): [number, number] => window.__shanhai?.project(lonLat) ?? [0, 0], point);
    const [x1, y1] = await pixel([120.4, 36.1]);
    const [x2, y2] = await pixel([120.4, 36.11]);
    await page.mouse.click(box.x + x1, box.y + y1);
    await page.mouse.click(box.x + x2, box.y + y2);
    await page.mouse.dblclick(box.x + x2, box.y + y2);
    // 0.01° of latitude at 36.1°N is 1,109.6 m on the WGS84 ellipsoid; clicks snap to pixels (±10 m at zoom 14).
    await expect.poll(() => page.getByTestId("measure-result").textContent(), { timeout: 20_000 }).toMatch(/1\.1[01] 千米/);
  });
});
