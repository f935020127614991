import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection } from "geojson";
import { pointOnFeature } from "@turf/turf";
import type { BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { mapPixelOf, OPEN_SEA_LON_LAT, useSession, waitForMapIdle } from "./harness";

const session = useSession();

/** Where the city view of the first minute opens: 中山公园 in 市南区, zoom 14. */
const PARK_VIEW = "120.3444,36.0640,14";
const PHONE = { width: 390, height: 844 };

let phone: BrowserContext | undefined;
afterEach(async () => {
  await phone?.close();
  phone = undefined;
});

function parkNamed(name: string): Feature {
  const parks = JSON.parse(readFileSync("layers/park/data.geojson", "utf8")) as FeatureCollection;
  const park = parks.features.find((candidate) => candidate.properties?.name === name);
  if (!park) throw new Error(`${name} missing from layers/park`);
  return park;
}

/** A fresh touch device (a phone unless told) with the public viewer open and its map idle. */
async function openPhone(query: string, viewport = PHONE): Promise<Page> {
  const browser = session.context.browser();
  if (!browser) throw new Error("no browser behind the session");
  phone = await browser.newContext({ viewport, hasTouch: true, isMobile: viewport === PHONE });
  const page = await phone.newPage();
  await page.goto(`${session.baseUrl}/${query}`);
  await waitForMapIdle(page);
  return page;
}

/** Taps the map at a WGS84 point, as a finger does. */
async function tapLonLat(page: Page, lonLat: [number, number]): Promise<void> {
  const [x, y] = await mapPixelOf(page, lonLat);
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("map has no box");
  await page.touchscreen.tap(box.x + x, box.y + y);
}

describe("the public viewer on a phone (390×844)", () => {
  for (const [where, view, lonLat] of [
    ["far away at sea, outside Qingdao's extent", "123.5,34.5,9", [123.5, 34.5]],
    ["at sea inside Qingdao's extent, far from any park", `${OPEN_SEA_LON_LAT.join(",")},10`, OPEN_SEA_LON_LAT],
  ] as const) {
    it(`a tap ${where} says the place is not in 青岛市 instead of a distance, and offers to go there`, async () => {
      const page = await openPhone(`?mode=public&view=${view}`);
      await tapLonLat(page, [lonLat[0], lonLat[1]]);
      const outside = page.getByTestId("outside-region");
      await expect.poll(() => outside.textContent(), { timeout: 30_000 }).toContain("您所在位置不在青岛市范围内");
      expect(await page.getByTestId("nearest-park").count()).toBe(0);
      await page.getByRole("button", { name: "前往青岛市" }).tap();
      await expect.poll(() => outside.count()).toBe(0);
      await expect.poll(() => page.getByTestId("proximity-card").textContent()).toContain("点击地图上的任意位置");
    });
  }

  it("a tap in the city still gives the nearest park's distance", async () => {
    const page = await openPhone(`?mode=public&view=${PARK_VIEW}`);
    await tapLonLat(page, [120.3444, 36.064]);
    await expect.poll(() => page.getByTestId("nearest-park").textContent(), { timeout: 30_000 }).toMatch(/中山公园|米/);
    expect(await page.getByTestId("outside-region").count()).toBe(0);
  });

  it("has zoom buttons a finger can hit: at least 44×44 px", async () => {
    const page = await openPhone(`?mode=public&view=${PARK_VIEW}`);
    for (const button of [".maplibregl-ctrl-zoom-in", ".maplibregl-ctrl-zoom-out"]) {
      const box = await page.locator(button).boundingBox();
      if (!box) throw new Error(`${button} not on screen`);
      expect(box.width, button).toBeGreaterThanOrEqual(44);
      expect(box.height, button).toBeGreaterThanOrEqual(44);
    }
  });

  it("keeps the attribution collapsed, and a tap opens it", async () => {
    const page = await openPhone(`?mode=public&view=${PARK_VIEW}`);
    const inner = page.locator(".maplibregl-ctrl-attrib-inner");
    await expect.poll(() => page.locator(".maplibregl-ctrl-attrib").getAttribute("class")).toContain("maplibregl-compact");
    expect(await inner.isVisible()).toBe(false);
    await page.locator(".maplibregl-ctrl-attrib-button").tap();
    await expect.poll(() => inner.isVisible()).toBe(true);
    expect(await inner.textContent()).toMatch(/\S/);
  });

  it("gives the map at least two thirds of the screen height", async () => {
    const page = await openPhone(`?mode=public&view=${PARK_VIEW}`);
    const canvas = await page.locator(".maplibregl-canvas").boundingBox();
    if (!canvas) throw new Error("map canvas not on screen");
    const visibleHeight = Math.min(canvas.y + canvas.height, PHONE.height) - Math.max(canvas.y, 0);
    expect(visibleHeight).toBeGreaterThanOrEqual((PHONE.height * 2) / 3);
  });
});

describe("the resident's card for a tapped park", () => {
  for (const viewport of [PHONE, { width: 1400, height: 900 }]) {
    it(`shows name, type and 公顷, never raw attribute rows, at ${viewport.width}×${viewport.height}`, async () => {
      const page = await openPhone(`?mode=public&view=${PARK_VIEW}`, viewport);
      await tapLonLat(page, pointOnFeature(parkNamed("中山公园")).geometry.coordinates as [number, number]);
      const card = page.getByTestId("inspector");
      await expect.poll(() => page.getByTestId("inspector-name").textContent(), { timeout: 30_000 }).toBe("中山公园");
      const text = (await card.textContent()) ?? "";
      expect(text).toMatch(/[\d.]+ 公顷/);
      expect(text).toContain("公园");
      for (const raw of ["areaM2", "basis", "schematic", "source"]) expect(text).not.toContain(raw);
      expect(await card.locator("th").count()).toBe(0);
      expect(await page.getByTestId("schematic-note").textContent()).toContain("示意");
    });
  }
});

describe("the map on a phone with both cards open", () => {
  it("keeps two thirds of the screen for the map when the answer and a park's card are shown", async () => {
    const page = await openPhone(`?mode=public&view=${PARK_VIEW}`);
    await tapLonLat(page, pointOnFeature(parkNamed("中山公园")).geometry.coordinates as [number, number]);
    await expect.poll(() => page.getByTestId("inspector-name").textContent(), { timeout: 30_000 }).toBe("中山公园");
    await expect.poll(() => page.getByTestId("nearest-park").textContent(), { timeout: 30_000 }).toContain("中山公园");
    const [canvas, card] = [await page.locator(".maplibregl-canvas").boundingBox(), await page.getByTestId("inspector").boundingBox()];
    if (!canvas || !card) throw new Error("map canvas or card not on screen");
    const mapTop = Math.max(canvas.y, 0);
    const mapBottom = Math.min(canvas.y + canvas.height, PHONE.height);
    // The resident's card lies over the map's lower part across its whole width: the map above it is what is seen.
    const uncoveredHeight = Math.min(mapBottom, card.y) - mapTop;
    expect(uncoveredHeight, `map ${mapTop}–${mapBottom}, card from ${card.y}`).toBeGreaterThanOrEqual(PHONE.height * 0.4);
    expect(mapBottom - mapTop).toBeGreaterThanOrEqual((PHONE.height * 2) / 3);
    // Every part of the card can still be reached: it scrolls inside its own box.
    expect(
      await page
        .getByTestId("inspector")
        .evaluate((element) => element.scrollHeight <= element.clientHeight || getComputedStyle(element).overflowY !== "visible"),
    ).toBe(true);
  });
});

describe("the map under the public tools", () => {
  it("answers a tap beside the search, 我的位置 and 图例 buttons: their row leaves the map free", async () => {
    const page = await openPhone(`?mode=public&view=${PARK_VIEW}`);
    const [legend, map] = [await page.locator(".public-legend summary").boundingBox(), await page.getByTestId("map").boundingBox()];
    if (!legend || !map) throw new Error("legend button or map not on screen");
    // Right of the 图例 button, left of the zoom buttons: nothing but map is drawn there.
    const x = legend.x + legend.width + 60;
    const y = legend.y + legend.height / 2;
    expect(x).toBeLessThan(map.x + map.width - 60);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => page.getByTestId("nearest-park").count(), { timeout: 30_000 }).toBe(1);
  });
});

describe("the nearest park, drawn", () => {
  /** 230 m west of 中山公园, outside every park. */
  const WEST_OF_PARK: [number, number] = [120.336333, 36.063956];
  const nearestRolesAt = (page: Page, point: [number, number]) => page.evaluate((at) => window.__shanhai?.nearestRolesAt(at) ?? [], point);

  for (const viewport of [PHONE, { width: 1400, height: 900 }]) {
    it(`a tap highlights the nearest park with a line and its distance; 清除 removes them, at ${viewport.width}×${viewport.height}`, async () => {
      const page = await openPhone(`?mode=public&view=${WEST_OF_PARK.join(",")},15`, viewport);
      await tapLonLat(page, WEST_OF_PARK);
      await expect.poll(() => page.getByTestId("nearest-park").textContent(), { timeout: 30_000 }).toContain("中山公园");
      const label = page.getByTestId("nearest-distance");
      await expect.poll(() => label.textContent(), { timeout: 30_000 }).toMatch(/^2\d\d m$/);
      await waitForMapIdle(page);
      const [labelBox, mapBox] = [await label.boundingBox(), await page.getByTestId("map").boundingBox()];
      if (!labelBox || !mapBox) throw new Error("distance label or map not on screen");
      // The label sits at the line's middle: the dashed line is drawn there.
      const middle: [number, number] = [labelBox.x + labelBox.width / 2 - mapBox.x, labelBox.y + labelBox.height / 2 - mapBox.y];
      await expect.poll(() => nearestRolesAt(page, middle), { timeout: 30_000 }).toContain("path");
      // A fifth of the line's length past its far end, across the park's edge: the park is highlighted there.
      const [tapX, tapY] = await mapPixelOf(page, WEST_OF_PARK);
      const inside: [number, number] = [tapX + (middle[0] - tapX) * 2.4, tapY + (middle[1] - tapY) * 2.4];
      await expect.poll(() => nearestRolesAt(page, inside)).toContain("park");
      await page.getByRole("button", { name: "清除" }).tap();
      await expect.poll(() => label.count()).toBe(0);
      await expect.poll(() => nearestRolesAt(page, middle)).toEqual([]);
    });
  }
});

describe("the public viewer in a region without park data", () => {
  it("says 烟台 has no park data instead of measuring to a park in another city", async () => {
    // 烟台 芝罘区, on land: the shipped parks and greenways are Qingdao's, the districts cover both cities.
    const page = await openPhone("?mode=public&region=yantai&view=121.39,37.53,13");
    await tapLonLat(page, [121.39, 37.53]);
    const card = page.getByTestId("proximity-card");
    await expect.poll(() => page.getByTestId("no-park-data").textContent(), { timeout: 30_000 }).toContain("烟台暂无公园数据");
    expect(await page.getByTestId("nearest-park").count()).toBe(0);
    expect(await card.textContent()).not.toMatch(/直线距离/);
    expect(await page.getByTestId("nearest-distance").count()).toBe(0);
  });
});

/** Drags with one finger from `from` to `to` (page pixels) in steps, as a thumb does (real touch events). */
async function dragWithFinger(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (x: number, y: number) => [{ x, y, id: 1, radiusX: 8, radiusY: 8, force: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(...from) });
  const steps = 12;
  for (let step = 1; step <= steps; step += 1) {
    const x = from[0] + ((to[0] - from[0]) * step) / steps;
    const y = from[1] + ((to[1] - from[1]) * step) / steps;
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(x, y) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

describe("the answer card on a phone is a bottom sheet", () => {
  it("drags up to show the whole answer over more of the screen, down to its heading to give the map back, a tap reopens it", async () => {
    const page = await openPhone(`?mode=public&view=${PARK_VIEW}`);
    await tapLonLat(page, [120.336333, 36.063956]);
    await expect.poll(() => page.getByTestId("nearest-park").textContent(), { timeout: 30_000 }).toContain("中山公园");
    const card = page.getByTestId("proximity-card");
    const handle = page.getByTestId("sheet-handle");
    const map = page.getByTestId("map");
    const heightOf = async (locator: typeof card) => (await locator.boundingBox())?.height ?? 0;
    const [cardBefore, mapBefore] = [await heightOf(card), await heightOf(map)];
    const handleBox = await handle.boundingBox();
    if (!handleBox) throw new Error("the card has no handle on a phone");
    const grip: [number, number] = [handleBox.x + handleBox.width / 2, handleBox.y + handleBox.height / 2];

    await dragWithFinger(page, grip, [grip[0], grip[1] - 400]);
    await expect.poll(() => heightOf(card)).toBeGreaterThan(cardBefore + 250);
    await expect.poll(() => heightOf(map)).toBeLessThan(mapBefore - 250);
    // The whole answer fits: the last line (the rule set) is inside the card, not scrolled away.
    const [cardBox, lastLine] = [await card.boundingBox(), await card.locator(".hint").boundingBox()];
    expect(lastLine!.y + lastLine!.height).toBeLessThanOrEqual(cardBox!.y + cardBox!.height);

    const raised = await handle.boundingBox();
    await dragWithFinger(page, [grip[0], raised!.y + raised!.height / 2], [grip[0], 840]);
    await expect.poll(() => heightOf(card)).toBeLessThan(100);
    await expect.poll(() => heightOf(map)).toBeGreaterThan(mapBefore + 50);
    expect(await page.getByRole("heading", { name: "离我最近的公园" }).isVisible()).toBe(true);
    expect(await handle.getAttribute("aria-expanded")).toBe("false");

    await handle.tap();
    await expect.poll(() => heightOf(card)).toBeGreaterThan(cardBefore);
    expect(await handle.getAttribute("aria-expanded")).toBe("true");
  });
});

describe("searching a park by name", () => {
  for (const viewport of [PHONE, { width: 1400, height: 900 }]) {
    it(`flies to the park and opens its resident card, at ${viewport.width}×${viewport.height}`, async () => {
      const page = await openPhone("?mode=public&view=120.0,36.3,11", viewport);
      await page.getByTestId("place-search").fill("中山公园");
      const option = page.getByRole("option", { name: /中山公园/ }).first();
      await option.waitFor({ timeout: 30_000 });
      await option.tap();
      await expect.poll(() => page.getByTestId("inspector-name").textContent(), { timeout: 30_000 }).toBe("中山公园");
      expect(await page.getByTestId("inspector").textContent()).toContain("公顷");
      await waitForMapIdle(page);
      const [x, y] = await mapPixelOf(page, pointOnFeature(parkNamed("中山公园")).geometry.coordinates as [number, number]);
      const box = await page.getByTestId("map").boundingBox();
      if (!box) throw new Error("map has no box");
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(box.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(box.height);
    });
  }
});
