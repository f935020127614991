import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { pointOnFeature } from "@turf/turf";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { scenarioWithOnePark } from "./draw-park";
import { clickLonLat, mapPixelOf, pngPixel, useSession, waitForMapIdle } from "./harness";
import { uncoveredPlace } from "./uncovered-place";

const dataOf = (id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection;

/** Chinese (full-width) punctuation; none belongs in English interface text. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/u;

/**
 * Text of the page a person reads in English, without data values: feature names and other attribute values
 * from the layers (untrusted data, shown as they are), the deliberate 中文 switch and the plan's own quotes.
 */
function interfaceText(bodyText: string, dataValues: readonly string[]): string {
  let text = bodyText;
  for (const value of dataValues) text = text.split(value).join(" ");
  return text.replace(/中文/g, " ");
}

const session = useSession();

describe("the English interface", () => {
  it("names districts in English and writes no Chinese punctuation", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/?layers=district`);
    await waitForMapIdle(page);
    await page.getByTestId("language-switch").click();
    await expect.poll(() => page.getByTestId("tab-metrics").textContent()).toMatch(/[A-Za-z]/);

    const district = dataOf("district").features.find((feature) => feature.properties?.name === "市北区");
    if (!district) throw new Error("市北区 missing from layers/district");
    await clickLonLat(page, pointOnFeature(district).geometry.coordinates as [number, number]);
    await expect.poll(() => page.getByTestId("inspector-name").textContent()).toBe("Shibei District");
    // The pointer rests on the map: the strip gives the Gauss-Krüger northing as X and the easting as Y.
    await expect.poll(() => page.getByTestId("coordinates").textContent()).toMatch(/N \(X\) 39\d{5}\.\d m · E \(Y\) 5\d{5}\.\d m/);

    await page.getByTestId("tab-metrics").click();
    const table = page.getByTestId("district-table");
    await expect.poll(() => table.count(), { timeout: 90_000 }).toBe(1);
    const tableText = (await table.textContent()) ?? "";
    expect(tableText).toContain("Shinan District");
    expect(tableText).not.toMatch(/[\u4e00-\u9fff]/u);

    // Attribute values of the clicked district are data, shown verbatim (its sources are cited in Chinese).
    const dataValues = Object.values(district.properties ?? {}).filter((value): value is string => typeof value === "string");
    // biome-ignore lint/performance/useDomNodeTextContent: only the text a reader sees (innerText skips hidden elements)
    const shown = interfaceText(await page.evaluate(() => document.body.innerText), dataValues);
    const offending = shown.split("\n").filter((line) => CJK_PUNCTUATION.test(line));
    expect(offending).toEqual([]);
  });
});

describe("a change of coverage", () => {
  it("reads 个百分点 in Chinese and pp in English, with an English singular", async () => {
    const page = session.page;
    await scenarioWithOnePark(page, session.baseUrl, uncoveredPlace());
    const delta = page.getByTestId("delta-ratio");
    await expect.poll(() => delta.textContent(), { timeout: 60_000 }).toMatch(/^\+[\d.]+个百分点$/);
    await page.getByTestId("language-switch").click();
    await expect.poll(() => delta.textContent()).toMatch(/^\+[\d.]+ pp$/);
    expect(await page.getByTestId("scenario-park-count").textContent()).toContain("1 candidate park");
    expect(await page.getByTestId("scenario-park-count").textContent()).not.toContain("parks");
  });
});

/** The colour a person sees on the map at a WGS84 position (one screenshot pixel). */
async function seenColourAt(page: Page, lonLat: [number, number]): Promise<[number, number, number]> {
  const [x, y] = await mapPixelOf(page, lonLat);
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("map has no box");
  return pngPixel(page, await page.screenshot(), box.x + x, box.y + y);
}

const differs = (a: number[], b: number[]) => a.some((value, index) => Math.abs(value - (b[index] ?? 0)) > 8);

describe("style by attribute", () => {
  it("starts at a planner's field and draws 5 quantile classes in a chosen ramp, legend in hectares", async () => {
    const page = session.page;
    // 中山公园 (73 ha) at zoom 14, parks alone on the map.
    await page.goto(`${session.baseUrl}/?layers=park&view=120.3444,36.0640,14`);
    await waitForMapIdle(page);
    const park = dataOf("park").features.find((feature) => feature.properties?.name === "中山公园");
    if (!park) throw new Error("中山公园 missing from layers/park");
    const inside = pointOnFeature(park).geometry.coordinates as [number, number];
    const shipped = await seenColourAt(page, inside);

    const row = page.locator('[data-layer-id="park"]');
    await row.locator(".layer-details summary").click();
    await page.getByTestId("style-kind-park").selectOption("categories");
    const field = page.getByTestId("style-field-park");
    await expect.poll(() => field.inputValue()).toBe("type");

    await page.getByTestId("style-kind-park").selectOption("graduated");
    await expect.poll(() => field.inputValue()).toBe("areaM2");
    await page.getByTestId("style-classes-park").selectOption("5");
    await page.getByTestId("style-method-park").selectOption("quantile");
    await page.getByTestId("style-ramp-park").selectOption("YlOrRd");
    const legend = row.locator("ul.legend li");
    await expect.poll(() => legend.count()).toBe(5);
    const ranges = await legend.allTextContents();
    expect(ranges[0]).toMatch(/^< [\d.,]+ 公顷$/);
    expect(ranges[2]).toMatch(/^[\d.,]+–[\d.,]+ 公顷$/);
    expect(ranges[4]).toMatch(/^≥ [\d.,]+ 公顷$/);

    await waitForMapIdle(page);
    await expect.poll(async () => differs(await seenColourAt(page, inside), shipped), { timeout: 30_000 }).toBe(true);
    const red = await seenColourAt(page, inside);
    await page.getByTestId("style-ramp-park").selectOption("Greens");
    await expect.poll(async () => differs(await seenColourAt(page, inside), red), { timeout: 30_000 }).toBe(true);

    // Natural breaks in Greens: after a reload the pickers show the method and ramp the classes were made with.
    await page.getByTestId("style-method-park").selectOption("natural-breaks");
    await expect.poll(() => legend.count()).toBe(5);
    await page.reload();
    await waitForMapIdle(page);
    await page.locator('[data-layer-id="park"]').locator(".layer-details summary").click();
    await expect.poll(() => page.getByTestId("style-kind-park").inputValue(), { timeout: 30_000 }).toBe("graduated");
    expect(await page.getByTestId("style-classes-park").inputValue()).toBe("5");
    expect(await page.getByTestId("style-method-park").inputValue()).toBe("natural-breaks");
    expect(await page.getByTestId("style-ramp-park").inputValue()).toBe("Greens");
  });
});
