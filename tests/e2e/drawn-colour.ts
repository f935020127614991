import type { Page } from "playwright-core";
import { expect } from "vitest";
import { mapPixelOf, pngPixel, waitForMapIdle } from "./harness";

/** The colour on screen at a WGS84 position of the map. */
export async function colourAt(page: Page, lonLat: [number, number]): Promise<[number, number, number]> {
  const [x, y] = await mapPixelOf(page, lonLat);
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("map has no box");
  const png = await page.screenshot({ clip: { x: Math.round(box.x + x), y: Math.round(box.y + y), width: 1, height: 1 } });
  return pngPixel(page, png, 0, 0);
}

/**
 * Expects a layer to be drawn at `lonLat` in `rgb`: with the layer on, the pixel is the colour underneath (the
 * layer switched off in its panel row) blended towards `rgb` by at least `minBlend`, and, when `maxResidual` is
 * given, off that line by at most `maxResidual` per channel. The rendered-feature count is only a diagnostic.
 */
export async function expectDrawnAt(
  page: Page,
  layerId: string,
  lonLat: [number, number],
  rgb: [number, number, number],
  { minBlend, maxResidual }: { minBlend: number; maxResidual?: number },
): Promise<void> {
  await waitForMapIdle(page);
  const rendered = await page.evaluate((id) => window.__shanhai?.renderedFeatureCount(id) ?? 0, layerId);
  const on = await colourAt(page, lonLat);
  await page.getByTestId(`toggle-${layerId}`).click();
  await waitForMapIdle(page);
  const off = await colourAt(page, lonLat);
  await page.getByTestId(`toggle-${layerId}`).click();
  await waitForMapIdle(page);
  const towards = rgb.map((value, index) => value - (off[index] ?? 0));
  const change = on.map((value, index) => value - (off[index] ?? 0));
  const lengthSquared = towards.reduce((sum, value) => sum + value * value, 0);
  const blend = change.reduce((sum, value, index) => sum + value * (towards[index] ?? 0), 0) / lengthSquared;
  const residual = Math.max(...change.map((value, index) => Math.abs(value - blend * (towards[index] ?? 0))));
  const message = `colour ${on} at ${lonLat} with ${layerId} on, ${off} with it off (${rendered} features rendered)`;
  expect(lengthSquared, message).toBeGreaterThan(30 * 30);
  expect(blend, message).toBeGreaterThanOrEqual(minBlend);
  if (maxResidual !== undefined) expect(residual, message).toBeLessThanOrEqual(maxResidual);
}
