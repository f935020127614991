import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";
import { SEA_COLOR } from "../../src/map/basemap-style";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { isMapReady } from "./map-ready";

export { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

export interface Session {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close: () => Promise<void>;
}

/**
 * Launches Debian's Chromium (Playwright gives every launch a fresh temporary --user-data-dir).
 * One browser per test file; every test gets its own context.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it: apt-get update && apt-get install -y chromium fonts-noto-cjk`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Opens a fresh context and page that record every request and console error. */
export async function openSession(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<Session> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  // Each error names where it came from, so a failure that does not reproduce can still be traced.
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url, lineNumber } = message.location();
    errors.push(url ? `${message.text()} (${url.split("/").pop()}:${lineNumber + 1})` : message.text());
  });
  page.on("pageerror", (error) => errors.push(error.stack?.split("\n").slice(0, 3).join(" | ") ?? error.message));
  return { context, page, baseUrl: inject("baseUrl"), requests, errors, close: () => context.close() };
}

/** Waits until the map has loaded and stopped moving, and every visible layer's data is on the map. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(isMapReady, undefined, { timeout: 60_000, polling: 100 });
}

/**
 * Registers the usual hooks of an e2e file — one Chromium per file, a fresh context per test — and returns
 * the current test's session (read its fields inside tests only).
 */
export function useSession(viewport?: { width: number; height: number }): Session {
  let browser: Browser;
  let current: Session | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    current = await openSession(browser, viewport);
  });
  afterEach(async () => {
    await current?.close();
  });
  const get = (): Session => {
    if (!current) throw new Error("the e2e session exists only inside a test");
    return current;
  };
  return {
    get context() {
      return get().context;
    },
    get page() {
      return get().page;
    },
    get baseUrl() {
      return get().baseUrl;
    },
    get requests() {
      return get().requests;
    },
    get errors() {
      return get().errors;
    },
    close: () => get().close(),
  };
}

/** The pixel of a WGS84 position on the map canvas (CSS px from its top left), by the app's test hook. */
export function mapPixelOf(page: Page, lonLat: [number, number]): Promise<[number, number]> {
  return page.evaluate((point) => window.__shanhai?.project(point) ?? [0, 0], lonLat);
}

/** Clicks the map at a WGS84 position (projected to a screen pixel by the app's test hook). */
export async function clickLonLat(page: Page, lonLat: [number, number]): Promise<void> {
  const [x, y] = await mapPixelOf(page, lonLat);
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("map has no box");
  await page.mouse.click(box.x + x, box.y + y);
}

/** Open sea off Qingdao: no layer's polygon covers it, the nearest line is 15 km away (checked against layers/). */
export const OPEN_SEA_LON_LAT: [number, number] = [120.9, 35.75];

/** Expects `rgb` to be the sea colour (`SEA_COLOR`), within 2 per channel. */
export function expectSeaColour(rgb: [number, number, number]): void {
  const sea = [1, 3, 5].map((start) => Number.parseInt(SEA_COLOR.slice(start, start + 2), 16));
  for (const [index, value] of rgb.entries()) expect(Math.abs(value - (sea[index] ?? 0)), `channel ${index} of ${rgb}`).toBeLessThanOrEqual(2);
}

/** The [r, g, b] colour of one pixel of a PNG, decoded by the page's own image decoder. */
export async function pngPixel(page: Page, png: Buffer, x: number, y: number): Promise<[number, number, number]> {
  return page.evaluate(
    async ({ base64, left, top }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const context = new OffscreenCanvas(1, 1).getContext("2d");
      if (!context) throw new Error("no 2D canvas");
      context.drawImage(bitmap, -left, -top);
      const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
      return [r, g, b] as [number, number, number];
    },
    { base64: png.toString("base64"), left: Math.round(x), top: Math.round(y) },
  );
}

/** Hosts other than the app's own that the page contacted. */
export function foreignRequests(session: Session): string[] {
  return session.requests.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return false;
    const host = new URL(url).hostname;
    return host !== "127.0.0.1" && host !== "localhost";
  });
}
