import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { pointOnFeature } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { foreignRequests, useSession, waitForMapIdle } from "./harness";

const dataOf = (id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection;

const session = useSession();

const pressed = (id: string) => session.page.getByTestId(`toggle-${id}`).getAttribute("aria-pressed");

describe("permalinks", () => {
  it("restores view, layers and the selected feature, and back/forward walk the history", async () => {
    const page = session.page;
    const firstName = String(dataOf("district").features[0]?.properties?.name);
    await page.goto(`${session.baseUrl}/?region=qingdao&view=120.38000,36.10000,11.00&layers=land,district&feature=district:0`);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.__shanhai?.zoom())).toBeCloseTo(11, 1);
    expect(await pressed("district")).toBe("true");
    expect(await pressed("shoreline")).toBe("false");
    await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe(firstName);

    await page.getByTestId("toggle-shoreline").click();
    const layersParam = async () => new URLSearchParams(await page.evaluate(() => window.location.search)).get("layers") ?? "";
    await expect.poll(async () => (await layersParam()).split(",").sort()).toEqual(["district", "land", "shoreline"]);
    await page.goBack();
    await expect.poll(() => pressed("shoreline")).toBe("false");
    await page.goForward();
    await expect.poll(() => pressed("shoreline")).toBe("true");
    expect(session.errors).toEqual([]);
  });

  it("switches region and zooms to it", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    await page.getByTestId("region-switch").selectOption("yantai");
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain("region=yantai");
    await waitForMapIdle(page);
    const search = await page.evaluate(() => window.location.search);
    const [lon, lat] = (new URLSearchParams(search).get("view") ?? "").split(",").map(Number);
    expect(lon).toBeGreaterThan(119.56);
    expect(lon).toBeLessThan(121.96);
    expect(lat).toBeGreaterThan(36.55);
    expect(lat).toBeLessThan(38.4);
  });
});

describe("public viewer on a phone", () => {
  it("answers 'is there a park near here?' for a tapped place", async () => {
    const page = session.page;
    await page.setViewportSize({ width: 390, height: 844 });
    const park = dataOf("park").features.find((feature) => feature.properties?.name === "中山公园");
    if (!park) throw new Error("中山公园 missing from layers/park");
    const [lon, lat] = pointOnFeature(park).geometry.coordinates as [number, number];
    await page.goto(`${session.baseUrl}/?mode=public&view=${lon},${lat},15`);
    await waitForMapIdle(page);
    const box = await page.getByTestId("map").boundingBox();
    const [x, y] = await page.evaluate((point) => window.__shanhai?.project(point) ?? [0, 0], [lon, lat] as [number, number]);
    if (!box) throw new Error("no map box");
    await page.mouse.click(box.x + x, box.y + y);
    await expect.poll(() => page.getByTestId("nearest-park").textContent()).toContain("中山公园");
    expect(await page.getByTestId("class-answers").textContent()).toContain("300米见绿");
    expect(await page.getByTestId("probe-marker").count()).toBe(1);
    expect(foreignRequests(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe("public search", () => {
  it("finds 中山公园 by name, opens its card, and does not then say it found nothing", async () => {
    const page = session.page;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.baseUrl}/?mode=public`);
    await waitForMapIdle(page);
    await page.getByTestId("place-search").fill("中山公园");
    const option = page.getByRole("option", { name: /中山公园/ }).first();
    await option.waitFor({ timeout: 30_000 });
    await option.click();
    await expect.poll(() => page.getByTestId("place-search").inputValue()).toBe("中山公园");
    await expect.poll(() => page.locator("body").textContent()).toContain("中山公园");
    expect(await page.getByTestId("search-none").count()).toBe(0);
    expect(await page.getByText("没有找到").count()).toBe(0);
    // Typing something that exists nowhere does say so.
    await page.getByTestId("place-search").fill("不存在的地名xyz");
    await expect.poll(() => page.getByTestId("search-none").count(), { timeout: 30_000 }).toBe(1);
  });
});
