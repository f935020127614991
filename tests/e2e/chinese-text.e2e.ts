import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";

const session = useSession();

/** Latin words of three letters or more (units such as m², ha or ids such as qingdao-300-500 are excluded by the caller). */
const englishWords = (text: string) =>
  (text.match(/\b[A-Za-z]{3,}\b/g) ?? []).filter((word) => !/^(custom|qingdao|GB|GBT|WHO|CGCS|EPSG|PNG|PDF|CSV|XLSX|GeoJSON|Shapefile)$/i.test(word));

describe("the Chinese interface speaks Chinese", () => {
  it("explains a mistyped custom rule in Chinese and keeps the chosen rule set's result labelled", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await page.getByTestId("tab-metrics").click();
    await expect.poll(() => page.getByTestId("coverage-ratio").count(), { timeout: 90_000 }).toBe(1);
    await page.getByTestId("rule-set").selectOption("custom");
    await expect.poll(() => page.getByTestId("coverage-rule").textContent(), { timeout: 90_000 }).toContain("custom:");
    const input = page.getByTestId("rule-set-custom");
    await input.fill("custom:400=abc");
    await input.press("Enter");
    const error = page.getByTestId("rule-set-custom-error");
    await expect.poll(() => error.count()).toBe(1);
    const text = (await error.textContent()) ?? "";
    expect(text).toContain("写法不对");
    expect(englishWords(text.replace(/custom:\S*/g, ""))).toEqual([]);
    expect(await page.getByText("malformed").count()).toBe(0);
  });

  it("says in Chinese that the browser refused the location", async () => {
    const page = session.page;
    await session.context.clearPermissions();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.baseUrl}/?mode=public`);
    await waitForMapIdle(page);
    await page.getByRole("button", { name: "我的位置" }).click();
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const text = (await alert.first().textContent()) ?? "";
    expect(text).toContain("无法获取位置");
    expect(englishWords(text)).toEqual([]);
  });

  it("writes the report's rule-set paragraph in Chinese", async () => {
    const page = session.page;
    await page.goto(`${session.baseUrl}/`);
    await page.getByTestId("tab-metrics").click();
    await expect.poll(() => page.getByTestId("coverage-ratio").count(), { timeout: 90_000 }).toBe(1);
    await page.getByTestId("open-report").click();
    const description = page.getByTestId("report-rule-description");
    await expect.poll(() => description.count(), { timeout: 60_000 }).toBe(1);
    expect(englishWords((await description.textContent()) ?? "")).toEqual([]);
  });
});
