import { describe, expect, it } from "vitest";
import { useSession } from "./harness";

const session = useSession();

/** A page load and a layout on a busy two-core machine. */
const TWO_RUNS_MS = 240_000;

describe("the 规划目标 table fits its panel", () => {
  it("at 1400×900 every 状态 cell is inside the visible panel and 来源规划 is not one character wide", async () => {
    const page = session.page;
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${session.baseUrl}/`);
    await page.getByTestId("tab-dashboard").click();
    const rows = page.locator(".indicator-table tr.target-row");
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(10);
    const panel = await page.locator("#side-panel").boundingBox();
    if (!panel) throw new Error("no side panel");
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll(".indicator-table tr.target-row")].map((row) => {
        const cells = [...row.children];
        const status = cells.at(-1)?.getBoundingClientRect();
        const plan = cells.at(-2)?.querySelector(".plan-title")?.getBoundingClientRect();
        const fontPx = Number.parseFloat(getComputedStyle(row).fontSize);
        return { status: status && { left: status.left, right: status.right }, planWidth: plan?.width ?? 0, fontPx };
      }),
    );
    for (const [index, box] of boxes.entries()) {
      expect(box.status, `row ${index}`).toBeTruthy();
      expect(box.status!.right, `row ${index} 状态 right edge`).toBeLessThanOrEqual(Math.min(panel.x + panel.width, 1400) + 0.5);
      expect(box.planWidth, `row ${index} 来源规划 width`).toBeGreaterThan(box.fontPx * 4);
    }
  }, TWO_RUNS_MS);
});
