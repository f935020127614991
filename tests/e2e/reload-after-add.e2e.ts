/**
 * Work that must not be lost: a reload right after 添加 keeps the import, even while its save to IndexedDB is
 * still running. The file goes through the real file input; the reload is the browser's own.
 */
import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";

const session = useSession();

describe("a reload right after adding an import", () => {
  it("keeps the imported layer, three times in a row", async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    for (const round of [1, 2, 3]) {
      await page.getByTestId("import-input").setInputFiles("tests/fixtures/import/parks-points-zh.csv");
      await expect.poll(() => page.getByTestId("import-review").count(), { timeout: 30_000 }).toBe(1);
      await page.getByTestId("import-role").selectOption("park");
      await page.getByTestId("import-add").click();
      // No wait for the save: the reload follows the click at once, as a user's F5 might.
      await page.reload();
      await waitForMapIdle(page);
      await expect.poll(() => page.locator('[data-layer-id^="user-park"]').count(), { timeout: 30_000, message: `round ${round}` }).toBe(round);
    }
    expect(session.errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
  });
});
