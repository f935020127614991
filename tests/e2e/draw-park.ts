import type { Page } from "playwright-core";
import { expect } from "vitest";
import { waitForMapIdle } from "./harness";

/** Draws a square candidate park (±0.002° around `centre`) with the scenario panel's polygon tool. */
export async function drawSquarePark(page: Page, [lon, lat]: [number, number]): Promise<void> {
  await page.getByTestId("tool-draw").click();
  // Clicks count once the panel says the drawing tools are ready (they load when a scenario is first opened).
  await expect.poll(() => page.getByTestId("scenario-hint").textContent(), { timeout: 60_000 }).toContain("画公园");
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("no map");
  const d = 0.002;
  const corners: [number, number][] = [
    [lon - d, lat - d],
    [lon + d, lat - d],
    [lon + d, lat + d],
    [lon - d, lat + d],
    [lon - d, lat - d],
  ];
  for (const corner of corners) {
    const [x, y] = await page.evaluate((point) => window.__shanhai?.project(point) ?? [0, 0], corner);
    await page.mouse.click(box.x + x, box.y + y);
  }
}

/**
 * Opens the app at zoom 15 over `centre`, waits for the baseline coverage, starts a new scenario and draws one
 * candidate park there; resolves when the scenario counts it.
 */
export async function scenarioWithOnePark(page: Page, baseUrl: string, centre: [number, number]): Promise<void> {
  await page.goto(`${baseUrl}/?view=${centre[0]},${centre[1]},15`);
  await page.getByTestId("tab-metrics").click();
  await expect.poll(() => page.getByTestId("coverage-ratio").count(), { timeout: 90_000 }).toBe(1);
  await waitForMapIdle(page);
  await page.getByTestId("scenario-new").click();
  await drawSquarePark(page, centre);
  await expect.poll(() => page.getByTestId("scenario-park-count").textContent(), { timeout: 30_000 }).toContain("1");
}
