import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";

const session = useSession();

/**
 * Colours of two park types (layers/park/layer.json, by `type`): 综合公园 and 口袋公园. The park layer is coloured by
 * type, so the legend lists its types, each with a solid box of its colour.
 */
const PARK_TYPE_RGBS: [number, number, number][] = [
  [0x52, 0xb7, 0x88],
  [0xd9, 0xed, 0x92],
];
const TITLE = "崂山区公园绿地服务半径覆盖 2025";
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Per-row facts of a decoded picture, read the way a person scans it: white, dark text, a colour swatch. */
interface PictureRows {
  width: number;
  height: number;
  /** Share of near-white pixels in each row. */
  whiteShare: number[];
  /** Number of dark (text) pixels in each row. */
  darkCount: number[];
  /** Leftmost and rightmost dark pixel of each row, -1 when none. */
  darkMinX: number[];
  darkMaxX: number[];
  /** Per swatch colour, the longest run of it in each row, within the left half of the picture. */
  swatchRuns: number[][];
  /** Width in image pixels of the typed title in the title font at the picture's pixel ratio. */
  titleWidthPx: number;
}

async function readPictureRows(page: Page, png: Buffer, pixelRatio: number): Promise<PictureRows> {
  return page.evaluate(
    async ({ base64, swatches, title, font, ratio }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const { width, height } = bitmap;
      const context = new OffscreenCanvas(width, height).getContext("2d");
      if (!context) throw new Error("no 2D canvas");
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, width, height).data;
      const rows: Omit<PictureRows, "width" | "height" | "titleWidthPx"> = {
        whiteShare: [],
        darkCount: [],
        darkMinX: [],
        darkMaxX: [],
        swatchRuns: swatches.map(() => []),
      };
      for (let y = 0; y < height; y += 1) {
        let white = 0;
        let dark = 0;
        let minX = -1;
        let maxX = -1;
        const runs = swatches.map(() => 0);
        const longest = swatches.map(() => 0);
        for (let x = 0; x < width; x += 1) {
          const at = (y * width + x) * 4;
          const [r, g, b] = [data[at]!, data[at + 1]!, data[at + 2]!];
          if (r >= 245 && g >= 245 && b >= 245) white += 1;
          if (0.299 * r + 0.587 * g + 0.114 * b < 110) {
            dark += 1;
            if (minX < 0) minX = x;
            maxX = x;
          }
          swatches.forEach((swatch, index) => {
            const isSwatch = x < width / 2 && Math.abs(r - swatch[0]) <= 1 && Math.abs(g - swatch[1]) <= 1 && Math.abs(b - swatch[2]) <= 1;
            runs[index] = isSwatch ? runs[index]! + 1 : 0;
            longest[index] = Math.max(longest[index]!, runs[index]!);
          });
        }
        rows.whiteShare.push(white / width);
        rows.darkCount.push(dark);
        rows.darkMinX.push(minX);
        rows.darkMaxX.push(maxX);
        longest.forEach((run, index) => rows.swatchRuns[index]!.push(run));
      }
      const measure = new OffscreenCanvas(1, 1).getContext("2d");
      if (!measure) throw new Error("no 2D canvas");
      await document.fonts.load(`bold ${18 * ratio}px ${font}`, title);
      measure.font = `bold ${18 * ratio}px ${font}`;
      return { width, height, ...rows, titleWidthPx: measure.measureText(title).width };
    },
    { base64: png.toString("base64"), swatches: PARK_TYPE_RGBS, title: TITLE, font: FONT, ratio: pixelRatio },
  );
}

/** The leading (or, with `fromBottom`, trailing) rows that are mostly white: a band across the picture. */
function bandRows(rows: PictureRows, fromBottom: boolean): number[] {
  const band: number[] = [];
  for (let index = 0; index < rows.height; index += 1) {
    const y = fromBottom ? rows.height - 1 - index : index;
    if ((rows.whiteShare[y] ?? 0) < 0.6) break;
    band.push(y);
  }
  return band.sort((a, b) => a - b);
}

/** Lines of text in `band`: runs of rows holding dark pixels, separated by rows without. */
function textRowsIn(rows: PictureRows, band: number[]): number {
  let count = 0;
  let isInText = false;
  for (const y of band) {
    const hasText = (rows.darkCount[y] ?? 0) > 0;
    if (hasText && !isInText) count += 1;
    isInText = hasText;
  }
  return count;
}

describe("the map picture", () => {
  it("carries the typed title on a white band, a legend with the park swatch and the full attribution in several lines", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    await page.getByTestId("tab-metrics").click();
    await expect.poll(() => page.getByTestId("coverage-ratio").count(), { timeout: 90_000 }).toBe(1);
    const titleInput = page.getByTestId("export-map-title");
    expect(await titleInput.inputValue()).toBe("青岛山海规划图");
    await titleInput.fill(TITLE);
    const mapWidthCss = await page.getByTestId("map").evaluate((element) => element.clientWidth);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), page.getByTestId("export-map-png").click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync(await download.path());
    const widthPx = png.readUInt32BE(16);
    const heightPx = png.readUInt32BE(20);
    const status = page.getByTestId("export-status");
    await expect.poll(() => status.textContent()).toContain(`已导出 ${download.suggestedFilename()}（${widthPx}×${heightPx} 像素`);
    const ratio = widthPx / mapWidthCss;
    const rows = await readPictureRows(page, png, ratio);

    // Title: a white band across the top, holding dark text as wide as the typed title.
    const top = bandRows(rows, false);
    expect(top[0]).toBe(0);
    expect(top.length).toBeGreaterThanOrEqual(30 * ratio);
    expect(top.length).toBeLessThan(60 * ratio);
    const topWhite = top.reduce((sum, y) => sum + rows.whiteShare[y]!, 0) / top.length;
    expect(topWhite).toBeGreaterThan(0.85);
    const titleRows = top.filter((y) => rows.darkCount[y]! > 0);
    expect(titleRows.length).toBeGreaterThan(10 * ratio);
    const left = Math.min(...titleRows.map((y) => rows.darkMinX[y]!));
    const right = Math.max(...titleRows.map((y) => rows.darkMaxX[y]!));
    expect(left).toBeLessThan(20 * ratio);
    expect(Math.abs(right - left - rows.titleWidthPx)).toBeLessThan(rows.titleWidthPx * 0.1);

    // Attribution: a white band across the bottom with at least two lines of text, nothing cut off.
    const bottom = bandRows(rows, true);
    expect(bottom.at(-1)).toBe(rows.height - 1);
    expect(textRowsIn(rows, bottom)).toBeGreaterThanOrEqual(2);

    // Legend: a swatch per park type — a solid box of its colour, between the two bands on the left — one type
    // below the other.
    const swatchTops: number[] = [];
    for (const swatchRun of rows.swatchRuns) {
      const swatchRows = swatchRun.flatMap((run, y) => (run >= 14 * ratio ? [y] : []));
      expect(swatchRows.length).toBeGreaterThanOrEqual(7 * ratio);
      expect(Math.min(...swatchRows)).toBeGreaterThan(top.at(-1)!);
      expect(Math.max(...swatchRows)).toBeLessThan(bottom[0]!);
      swatchTops.push(Math.min(...swatchRows));
    }
    expect(swatchTops[1]).toBeGreaterThan(swatchTops[0]!);
    expect(session.errors).toEqual([]);
  });
});
