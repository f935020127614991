import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { pointOnFeature } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { clickLonLat, useSession, waitForMapIdle } from "./harness";

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

    await page.getByTestId("tab-metrics").click();
    const table = page.getByTestId("district-table");
    await expect.poll(() => table.count(), { timeout: 90_000 }).toBe(1);
    const tableText = (await table.textContent()) ?? "";
    expect(tableText).toContain("Shinan District");
    expect(tableText).not.toMatch(/[\u4e00-\u9fff]/u);

    // Attribute values of the clicked district are data, shown verbatim (its sources are cited in Chinese).
    const dataValues = Object.values(district.properties ?? {}).filter((value): value is string => typeof value === "string");
    const shown = interfaceText(await page.evaluate(() => document.body.innerText), dataValues);
    const offending = shown.split("\n").filter((line) => CJK_PUNCTUATION.test(line));
    expect(offending).toEqual([]);
  });
});
