import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from "geojson";
import { bbox, booleanPointInPolygon, distance, lineString, pointOnFeature, pointToLineDistance } from "@turf/turf";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickLonLat, mapPixelOf, pngPixel, useSession, waitForMapIdle } from "./harness";

const dataOf = (id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection;

function featureNamed(layerId: string, name: string): Feature<Polygon | MultiPolygon> {
  const feature = dataOf(layerId).features.find((candidate) => candidate.properties?.name === name);
  if (!feature) throw new Error(`${name} missing from layers/${layerId}`);
  return feature as Feature<Polygon | MultiPolygon>;
}

const insideOf = (feature: Feature) => pointOnFeature(feature).geometry.coordinates as [number, number];

/**
 * A point of a park at least 40 m (10 px at zoom 14) from every place point, which is drawn on top of parks, and
 * 15 m from the park's edge.
 */
function clearInsideOf(park: Feature<Polygon | MultiPolygon>): [number, number] {
  const places = dataOf("place")
    .features.map((place) => (place.geometry.type === "Point" ? (place.geometry.coordinates as [number, number]) : null))
    .filter((point) => point !== null);
  const rings = park.geometry.type === "Polygon" ? park.geometry.coordinates : park.geometry.coordinates.flat();
  const [west, south, east, north] = bbox(park);
  for (let row = 1; row < 20; row += 1) {
    for (let column = 1; column < 20; column += 1) {
      const lonLat: [number, number] = [west + ((east - west) * column) / 20, south + ((north - south) * row) / 20];
      if (!booleanPointInPolygon(lonLat, park)) continue;
      if (places.some((place) => distance(lonLat, place, { units: "meters" }) < 40)) continue;
      if (rings.some((ring) => pointToLineDistance(lonLat, lineString(ring), { units: "meters" }) < 15)) continue;
      return lonLat;
    }
  }
  throw new Error(`no point of ${park.properties?.name} clear of places and edges`);
}

/** Where the city view of the first minute opens: 中山公园 in 市南区, zoom 14. */
const PARK_VIEW = "120.3444,36.0640,14";

const session = useSession();

async function openApp(query: string, page: Page = session.page) {
  await page.goto(`${session.baseUrl}/${query}`);
  await waitForMapIdle(page);
}

/** The screen position (page CSS px) of a WGS84 point on the map. */
async function screenOf(page: Page, lonLat: [number, number]): Promise<[number, number]> {
  const [x, y] = await mapPixelOf(page, lonLat);
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("map has no box");
  return [box.x + x, box.y + y];
}

/** The colour a person sees at a screen position (a screenshot of the page, read back pixel by pixel). */
async function colourAt(page: Page, [x, y]: [number, number]): Promise<[number, number, number]> {
  return pngPixel(page, await page.screenshot(), x, y);
}

const colourDistance = (a: number[], b: number[]) => Math.max(...a.map((value, index) => Math.abs(value - (b[index] ?? 0))));

/**
 * A point of 市南区 on screen that no park covers, at least 150 m from every park and from the district's edge, so
 * the only thing that could tint it when the pointer hovers a park is a highlight of the whole district.
 */
async function districtOnlyPoint(page: Page, district: Feature<Polygon | MultiPolygon>): Promise<[number, number]> {
  const parks = dataOf("park").features as Feature<Polygon | MultiPolygon>[];
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("map has no box");
  const ringsOf = (feature: Feature<Polygon | MultiPolygon>) =>
    feature.geometry.type === "Polygon" ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
  const edges = [district, ...parks].flatMap((feature) => ringsOf(feature).map((ring) => lineString(ring)));
  for (let dLat = -0.012; dLat <= 0.012; dLat += 0.002) {
    for (let dLon = -0.012; dLon <= 0.012; dLon += 0.002) {
      const lonLat: [number, number] = [120.3444 + dLon, 36.064 + dLat];
      if (!booleanPointInPolygon(lonLat, district) || parks.some((park) => booleanPointInPolygon(lonLat, park))) continue;
      const nearestEdgeM = Math.min(...edges.map((edge) => pointToLineDistance(lonLat, edge, { units: "meters" })));
      if (nearestEdgeM < 150) continue;
      const [x, y] = await mapPixelOf(page, lonLat);
      // Clear of the inspector (top left), the map controls (right) and the bottom edge.
      if (x > 380 && x < box.width - 80 && y > 60 && y < box.height - 60) return lonLat;
    }
  }
  throw new Error("no point of 市南区 away from every park in the view");
}

describe("picking what a person sees", () => {
  it("a click inside a park opens the park, not the district drawn as an outline around it", async () => {
    const page = session.page;
    await openApp(`?view=${PARK_VIEW}`);
    await clickLonLat(page, insideOf(featureNamed("park", "中山公园")));
    await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe("中山公园");
    // A small park too.
    await clickLonLat(page, clearInsideOf(featureNamed("park", "小鱼山公园")));
    await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe("小鱼山公园");
    expect(session.errors).toEqual([]);
  });

  it("lists the other features under a click, each a click away", async () => {
    const page = session.page;
    await openApp(`?view=${PARK_VIEW}`);
    await clickLonLat(page, insideOf(featureNamed("park", "中山公园")));
    await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe("中山公园");
    const alsoHere = page.getByTestId("inspector-also-here");
    await expect.poll(() => alsoHere.textContent()).toContain("此处还有");
    expect(await alsoHere.textContent()).toContain("市南区");
    await alsoHere.getByRole("button", { name: "查看 市南区（区（市）界）" }).click();
    await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe("市南区");
    await alsoHere.getByRole("button", { name: "查看 中山公园（公园（示意））" }).click();
    await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe("中山公园");
  });

  it("Escape closes the inspector", async () => {
    const page = session.page;
    await openApp(`?view=${PARK_VIEW}`);
    await clickLonLat(page, insideOf(featureNamed("park", "中山公园")));
    await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe("中山公园");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("inspector").count()).toBe(0);
  });

  it("hovering a park tints the park, not the whole district", async () => {
    const page = session.page;
    await openApp(`?view=${PARK_VIEW}`);
    const park = featureNamed("park", "中山公园");
    const elsewhere = await screenOf(page, await districtOnlyPoint(page, featureNamed("district", "市南区")));
    const inPark = await screenOf(page, insideOf(park));
    const before = { elsewhere: await colourAt(page, elsewhere), inPark: await colourAt(page, inPark) };
    await page.mouse.move(inPark[0], inPark[1]);
    await expect.poll(() => page.evaluate(() => window.__shanhai?.highlightRoles() ?? [])).toEqual(["hover"]);
    await waitForMapIdle(page);
    const after = { elsewhere: await colourAt(page, elsewhere), inPark: await colourAt(page, inPark) };
    // The park under the pointer is tinted; the rest of 市南区 looks as it did.
    expect(colourDistance(after.inPark, before.inPark), `park ${before.inPark} → ${after.inPark}`).toBeGreaterThan(4);
    expect(colourDistance(after.elsewhere, before.elsewhere), `district ${before.elsewhere} → ${after.elsewhere}`).toBeLessThanOrEqual(2);
  });

  it("shows no hover highlight while measuring", async () => {
    const page = session.page;
    await openApp(`?view=${PARK_VIEW}`);
    await page.getByTestId("measure-distance").click();
    const [x, y] = await screenOf(page, insideOf(featureNamed("park", "中山公园")));
    await page.mouse.move(x - 20, y - 20);
    await page.mouse.move(x, y, { steps: 4 });
    // The readout follows the pointer: the map has seen the move.
    await expect.poll(() => page.getByTestId("coordinates").textContent()).toContain("WGS84");
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.__shanhai?.highlightRoles() ?? [])).toEqual([]);
    // Measuring still works where the pointer is over a park.
    await page.mouse.click(x, y);
    await page.mouse.click(x + 60, y);
    await page.mouse.dblclick(x + 60, y);
    await expect.poll(() => page.getByTestId("measure-result").count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId("inspector").count()).toBe(0);
  });

  it("shows no hover highlight while drawing a candidate park", async () => {
    const page = session.page;
    await openApp(`?view=${PARK_VIEW}`);
    await page.getByTestId("tab-metrics").click();
    await expect.poll(() => page.getByTestId("scenario-new").count(), { timeout: 90_000 }).toBe(1);
    await page.getByTestId("scenario-new").click();
    await page.getByTestId("tool-draw").click();
    const [x, y] = await screenOf(page, insideOf(featureNamed("park", "中山公园")));
    await page.mouse.move(x - 20, y - 20);
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => page.getByTestId("coordinates").textContent()).toContain("WGS84");
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.__shanhai?.highlightRoles() ?? [])).toEqual([]);
  });

  it("a tap inside a park on a phone, in the public viewer, opens the park's card", async () => {
    const browser = session.context.browser();
    if (!browser) throw new Error("no browser behind the session");
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const page = await phone.newPage();
      await openApp(`?mode=public&view=${PARK_VIEW}`, page);
      const [x, y] = await screenOf(page, insideOf(featureNamed("park", "中山公园")));
      await page.touchscreen.tap(x, y);
      await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe("中山公园");
      await expect.poll(() => page.getByTestId("nearest-park").textContent()).toContain("中山公园");
    } finally {
      await phone.close();
    }
  });
});

describe("layer panel draw order", () => {
  /** The layer ids of the panel's group that holds `layerId`, top to bottom as a person reads them. */
  const groupRows = (page: Page, layerId: string) =>
    page
      .locator(".layer-group", { has: page.locator(`[data-layer-id="${layerId}"]`) })
      .locator("[data-layer-id]")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-layer-id")));

  it("▲ and ▼ move the row in the panel and the layer on the map", async () => {
    const page = session.page;
    // A 社区绿道 ends inside a park, 269 m from the park's edge; a line's end point is kept exactly by the tiles'
    // simplification, so a click there is on the greenway as drawn.
    const lineEnd: [number, number] = [120.083537, 35.904055];
    await openApp(`?view=${lineEnd[0]},${lineEnd[1]},14`);
    const inspectorLayer = () => page.getByTestId("inspector").locator(".inspector-summary dd").first().textContent();
    expect(await groupRows(page, "park")).toEqual(["greenway", "park"]);
    // The greenway is drawn over the park.
    await clickLonLat(page, lineEnd);
    await expect.poll(inspectorLayer).toMatch(/^绿道/);

    await page.getByRole("button", { name: "上移 公园（示意）" }).click();
    await expect.poll(() => groupRows(page, "park")).toEqual(["park", "greenway"]);
    expect(await page.getByRole("button", { name: "上移 公园（示意）" }).isDisabled()).toBe(true);
    await waitForMapIdle(page);
    // Now the park is drawn over the greenway.
    await clickLonLat(page, lineEnd);
    await expect.poll(inspectorLayer).toMatch(/^公园/);

    await page.getByRole("button", { name: "下移 公园（示意）" }).click();
    await expect.poll(() => groupRows(page, "park")).toEqual(["greenway", "park"]);
    await waitForMapIdle(page);
    await clickLonLat(page, lineEnd);
    await expect.poll(inspectorLayer).toMatch(/^绿道/);
  });
});

describe("map corners", () => {
  const boxesOverlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ]) {
    it(`the coordinate readout is clear of the attribution at ${viewport.width}×${viewport.height}`, async () => {
      const page = session.page;
      await page.setViewportSize(viewport);
      await openApp(`?view=${PARK_VIEW}`);
      const map = await page.getByTestId("map").boundingBox();
      if (!map) throw new Error("map has no box");
      await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
      await expect.poll(() => page.getByTestId("coordinates").textContent()).toContain("EPSG:4549");
      const readout = await page.getByTestId("coordinates").boundingBox();
      const attribution = await page.locator(".maplibregl-ctrl-attrib").boundingBox();
      const scale = await page.locator(".maplibregl-ctrl-scale").boundingBox();
      if (!readout || !attribution || !scale) throw new Error("readout, attribution or scale bar missing");
      expect(boxesOverlap(readout, attribution), `readout ${JSON.stringify(readout)}, attribution ${JSON.stringify(attribution)}`).toBe(false);
      expect(boxesOverlap(readout, scale), `readout ${JSON.stringify(readout)}, scale ${JSON.stringify(scale)}`).toBe(false);
      // The whole readout is on screen.
      expect(readout.x + readout.width).toBeLessThanOrEqual(viewport.width);
      expect(readout.y + readout.height).toBeLessThanOrEqual(viewport.height);
    });
  }

  for (const mode of ["", "mode=public&"]) {
    it(`the scale bar is not covered on a phone${mode ? " (public viewer)" : ""}`, async () => {
      const page = session.page;
      await page.setViewportSize({ width: 390, height: 844 });
      await openApp(`?${mode}view=${PARK_VIEW}`);
      const scale = page.locator(".maplibregl-ctrl-scale");
      const box = await scale.boundingBox();
      if (!box) throw new Error("no scale bar");
      expect(box.width).toBeGreaterThan(10);
      // What is on top at the scale bar's corners and middle is the scale bar itself.
      const probes: [number, number][] = [
        [box.x + 2, box.y + 2],
        [box.x + box.width - 2, box.y + 2],
        [box.x + box.width / 2, box.y + box.height / 2],
        [box.x + 2, box.y + box.height - 2],
        [box.x + box.width - 2, box.y + box.height - 2],
      ];
      const onTop = await scale.evaluate((element, points) => points.map(([x, y]) => element.contains(document.elementFromPoint(x, y))), probes);
      expect(onTop).toEqual(probes.map(() => true));
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    });
  }
});
