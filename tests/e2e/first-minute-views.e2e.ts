import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { bbox, booleanPointInPolygon, point } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { LayerManifest } from "../../src/domain/layer-meta";
import { mapPixelOf, pngPixel, useSession, waitForMapIdle } from "./harness";
import { comparablePdfText, readPdf } from "./read-pdf";
import { readSaved } from "./saved-project";

const session = useSession();

const manifest = JSON.parse(readFileSync("layers/manifest.json", "utf8")) as LayerManifest;
const dataOf = (id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection;

/** The colour of the fake online basemap's tiles: a magenta that no layer of the app uses. */
const TILE_RGB: [number, number, number] = [255, 0, 255];
const TILE_HOST = "http://tiles.basemap.test";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A 256 × 256 PNG of one colour (8-bit RGB, filter 0 on every row). */
function solidPng([r, g, b]: [number, number, number], sizePx = 256): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(sizePx, 0);
  header.writeUInt32BE(sizePx, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: sizePx }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: sizePx }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(pixels)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The on-screen colour of the map at a WGS84 position. */
async function mapColourAt(page: Page, lonLat: [number, number]): Promise<[number, number, number]> {
  const [x, y] = await mapPixelOf(page, lonLat);
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("map has no box");
  const png = await page.screenshot({ clip: { x: box.x + Math.round(x), y: box.y + Math.round(y), width: 1, height: 1 } });
  return pngPixel(page, png, 0, 0);
}

const isNear = (rgb: [number, number, number], wanted: [number, number, number], tolerance = 3) =>
  rgb.every((value, index) => Math.abs(value - (wanted[index] ?? 0)) <= tolerance);

/** Shows only the listed layers with their panel toggles. */
async function showOnly(page: Page, layerIds: string[]): Promise<void> {
  for (const id of manifest.layers) {
    const toggle = page.getByTestId(`toggle-${id}`);
    if ((await toggle.count()) === 0) continue;
    const pressed = (await toggle.getAttribute("aria-pressed")) === "true";
    if (pressed !== layerIds.includes(id)) await toggle.click();
  }
  await waitForMapIdle(page);
}

/** A point well inside the land of the start-up view, 2 km (in latitude) clear of every park's box. */
function landAwayFromParks(): [number, number] {
  const land = dataOf("land").features as Feature<Polygon | MultiPolygon>[];
  const parkBoxes = dataOf("park").features.map((feature) => bbox(feature));
  const marginDeg = 0.02;
  for (let lat = 36.3; lat <= 36.9; lat += 0.05) {
    for (let lon = 120.0; lon <= 120.7; lon += 0.05) {
      const inLand = [
        [0, 0],
        [marginDeg, 0],
        [-marginDeg, 0],
        [0, marginDeg],
        [0, -marginDeg],
      ].every(([dx = 0, dy = 0]) => land.some((feature) => booleanPointInPolygon(point([lon + dx, lat + dy]), feature)));
      const nearPark = parkBoxes.some(([w, s, e, n]) => lon > w - marginDeg && lon < e + marginDeg && lat > s - marginDeg && lat < n + marginDeg);
      if (inLand && !nearPark) return [lon, lat];
    }
  }
  throw new Error("no land point clear of parks in layers/");
}

/** The centre of the largest park's box that lies inside the park (a pixel of its fill). */
function insideLargestPark(): [number, number] {
  const parks = dataOf("park").features as Feature<Polygon | MultiPolygon>[];
  const sized = parks
    .map((feature) => ({ feature, box: bbox(feature) }))
    .sort((a, b) => (b.box[2] - b.box[0]) * (b.box[3] - b.box[1]) - (a.box[2] - a.box[0]) * (a.box[3] - a.box[1]));
  for (const { feature, box } of sized) {
    const centre: [number, number] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
    if (booleanPointInPolygon(point(centre), feature)) return centre;
  }
  throw new Error("no park contains its box centre");
}

describe("the first minute: what the planner sees", () => {
  it("shows an online basemap on land, under the thematic layers", async () => {
    const page = session.page;
    await page.route(`${TILE_HOST}/**`, (route) =>
      route.fulfill({ status: 200, contentType: "image/png", headers: { "Access-Control-Allow-Origin": "*" }, body: solidPng(TILE_RGB) }),
    );
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    await showOnly(page, ["land", "park"]);
    const land = landAwayFromParks();
    const park = insideLargestPark();
    const parkBefore = await mapColourAt(page, park);
    const settings = page.locator(".basemap-settings");
    await settings.locator("summary").click();
    await settings.getByRole("combobox", { name: "在线底图" }).selectOption("osm");
    await settings.getByRole("textbox", { name: "瓦片地址模板" }).fill(`${TILE_HOST}/{z}/{x}/{y}.png`);
    await settings.getByRole("button", { name: "应用" }).click();
    await expect.poll(() => session.requests.some((url) => url.startsWith(TILE_HOST)), { timeout: 30_000 }).toBe(true);
    await waitForMapIdle(page);
    // The basemap covers land, where the offline land fill was drawn before …
    await expect.poll(() => mapColourAt(page, land), { timeout: 30_000 }).toSatisfy((rgb: [number, number, number]) => isNear(rgb, TILE_RGB));
    // … and a park is still drawn over it (its fill is not the basemap's colour, and no longer the colour it had on the land fill).
    const parkAfter = await mapColourAt(page, park);
    expect(isNear(parkAfter, TILE_RGB, 40), `park pixel ${parkAfter}`).toBe(false);
    expect(isNear(parkAfter, parkBefore), `park pixel ${parkAfter} vs ${parkBefore} before`).toBe(false);
    expect(session.errors).toEqual([]);
  });

  it("prints the 规划目标 dashboard with its tables, not a blank page", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    await page.getByTestId("tab-dashboard").click();
    const dashboard = page.getByTestId("indicator-dashboard");
    await expect.poll(() => dashboard.count()).toBe(1);
    const heading = (await page.locator("#indicator-dashboard-title").textContent()) ?? "";
    const captions = await page.locator(".indicator-table caption").allTextContents();
    expect(heading).not.toBe("");
    expect(captions.length).toBeGreaterThan(1);
    await page.emulateMedia({ media: "print" });
    const printed = await readPdf(await page.pdf({ printBackground: true }));
    const text = comparablePdfText(printed.text);
    expect(text).toContain(comparablePdfText(heading));
    // Every theme's table, the last one included (the panel's scrolling must not cut the print short).
    for (const caption of captions) expect(text).toContain(comparablePdfText(caption));
    // The indicators' names, the first and the last.
    const names = await page.locator(".indicator-table .indicator-name").allTextContents();
    expect(names.length).toBeGreaterThan(1);
    for (const name of [names[0], names.at(-1)]) expect(text).toContain(comparablePdfText(name ?? "—"));
    // The dashboard alone: not the layer panel's tabs or the map's controls.
    expect(text).not.toContain(comparablePdfText("属性表"));
    expect(session.errors).toEqual([]);
  });

  it("opens a permalink with its own layer list in a browser that saved a project", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    // The planner's project: greenways hidden, parks at 40 % opacity.
    await page.getByTestId("toggle-greenway").click();
    await page.locator('[data-layer-id="park"] input[type="range"]').fill("40");
    const saved = async () => {
      const settings = (await readSaved(page, "shanhai:settings:v1")) as { views?: Record<string, { isVisible: boolean; opacityRatio: number }> } | undefined;
      return [settings?.views?.greenway?.isVisible, settings?.views?.park?.opacityRatio];
    };
    await expect.poll(saved, { timeout: 10_000 }).toEqual([false, 0.4]);

    // A colleague's link: greenways, land and parks only.
    await page.goto(`${session.baseUrl}/?layers=greenway,park,land`);
    await waitForMapIdle(page);
    // The saved project has been restored (the opacity comes from it) …
    await expect.poll(() => page.locator('[data-layer-id="park"] input[type="range"]').inputValue(), { timeout: 10_000 }).toBe("40");
    // … and the link's layers are the ones shown.
    const pressed = async () => {
      const shown: string[] = [];
      for (const id of manifest.layers) if ((await page.getByTestId(`toggle-${id}`).getAttribute("aria-pressed")) === "true") shown.push(id);
      return shown.sort();
    };
    await waitForMapIdle(page);
    expect(await pressed()).toEqual(["greenway", "land", "park"]);
    expect((new URL(page.url()).searchParams.get("layers") ?? "").split(",").sort()).toEqual(["greenway", "land", "park"]);
    expect(await page.evaluate(() => window.__shanhai?.renderedFeatureCount("greenway") ?? 0)).toBeGreaterThan(0);
  });

  it("brings the shipped style back with 默认 after a restyled layer was reloaded", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    const row = page.locator('[data-layer-id="park"]');
    const legend = row.locator("ul.legend");
    const shippedLegend = await legend.allTextContents();
    const park = insideLargestPark();
    const shippedColour = await mapColourAt(page, park);
    expect(shippedLegend.join("")).toContain("口袋公园");
    await row.locator(".layer-details summary").click();
    await page.getByTestId("style-kind-park").selectOption("graduated");
    await page.getByTestId("style-field-park").selectOption("areaM2");
    await expect.poll(() => legend.textContent()).toContain("≥");
    await waitForMapIdle(page);
    expect(isNear(await mapColourAt(page, park), shippedColour), "the restyle changes the park's colour").toBe(false);
    const savedStyle = async () => {
      const settings = (await readSaved(page, "shanhai:settings:v1")) as { styles?: Record<string, { graduated?: { property: string } }> } | undefined;
      return settings?.styles?.park?.graduated?.property;
    };
    await expect.poll(savedStyle, { timeout: 10_000 }).toBe("areaM2");

    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => legend.textContent(), { timeout: 10_000 }).toContain("≥");
    await row.locator(".layer-details summary").click();
    // The picker shows the style the layer has …
    await expect.poll(() => page.getByTestId("style-kind-park").inputValue(), { timeout: 30_000 }).toBe("graduated");
    // … and 默认 gives back the shipped one: its legend, and the shipped colours on the map.
    await page.getByTestId("style-kind-park").selectOption({ label: "默认" });
    await expect.poll(() => legend.allTextContents()).toEqual(shippedLegend);
    expect(await legend.textContent()).not.toContain("≥");
    await waitForMapIdle(page);
    expect(await mapColourAt(page, park)).toSatisfy((rgb: [number, number, number]) => isNear(rgb, shippedColour));
    expect(session.errors).toEqual([]);
  });
});
