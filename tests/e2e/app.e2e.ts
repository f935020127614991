import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { pointOnFeature } from "@turf/turf";
import { describe, expect, it } from "vitest";
import type { LayerManifest, LayerMeta } from "../../src/domain/layer-meta";
import { clickLonLat, foreignRequests, useSession, waitForMapIdle } from "./harness";

const manifest = JSON.parse(readFileSync("layers/manifest.json", "utf8")) as LayerManifest;
const metaOf = (id: string) => JSON.parse(readFileSync(`layers/${id}/layer.json`, "utf8")) as LayerMeta;
const dataOf = (id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection;

const session = useSession();

async function openApp(query = "") {
  await session.page.goto(`${session.baseUrl}/${query}`);
  await waitForMapIdle(session.page);
}

/** Shows only `layerId`, so a click can only hit its features. */
async function showOnly(layerId: string) {
  for (const id of manifest.layers) {
    const toggle = session.page.getByTestId(`toggle-${id}`);
    if ((await toggle.count()) === 0) continue;
    const pressed = (await toggle.getAttribute("aria-pressed")) === "true";
    if (pressed !== (id === layerId)) await toggle.click();
  }
  await waitForMapIdle(session.page);
}

describe("the app in Chromium", () => {
  it("loads with no console errors and no request to any host but its own", async () => {
    await openApp();
    expect(session.errors).toEqual([]);
    expect(foreignRequests(session)).toEqual([]);
  });

  it("lists every manifest layer of the region in the panel, with the 示意 badge on schematic ones", async () => {
    await openApp();
    for (const id of manifest.layers) {
      const meta = metaOf(id);
      if (!meta.regions.includes("qingdao")) continue;
      const row = session.page.locator(`[data-layer-id="${id}"]`);
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.locator(".badge-schematic").count()).toBe(meta.schematic || meta.schematicAttributes?.length ? 1 : 0);
    }
  });

  it("hides and shows a layer's features when its toggle is pressed", async () => {
    await openApp();
    const page = session.page;
    const count = () => page.evaluate(() => window.__shanhai?.renderedFeatureCount("district") ?? -1);
    expect(await count()).toBeGreaterThan(0);
    await page.getByTestId("toggle-district").click();
    await expect.poll(count).toBe(0);
    expect(await page.getByTestId("toggle-district").getAttribute("aria-pressed")).toBe("false");
    expect(await page.getByTestId("map").getAttribute("data-visible-layers")).not.toContain("district");
    await page.getByTestId("toggle-district").click();
    await expect.poll(count).toBeGreaterThan(0);
  });

  it("shows a clicked district's name, area and attributes", async () => {
    await openApp();
    await showOnly("district");
    const district = dataOf("district").features.find((feature) => feature.properties?.name === "市北区");
    if (!district) throw new Error("市北区 missing from layers/district");
    await clickLonLat(session.page, pointOnFeature(district).geometry.coordinates as [number, number]);
    await expect.poll(() => session.page.getByTestId("inspector-name").textContent()).toBe("市北区");
    expect(await session.page.getByTestId("inspector").textContent()).toMatch(/平方千米|公顷/);
    // The clicked district is outlined by the highlight layers (the pointer still hovers it: one copy, "selected").
    await expect.poll(() => session.page.evaluate(() => window.__shanhai?.highlightRoles() ?? [])).toEqual(["selected"]);
  });

  it("renders a hostile property as text and executes nothing", async () => {
    const payload = "<img src=x onerror=alert(1)>";
    let dialogs = 0;
    session.page.on("dialog", async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await session.page.route("**/layers/district/data.geojson", async (route) => {
      const data = dataOf("district");
      for (const feature of data.features) {
        feature.properties = { ...feature.properties, note: payload, name: `<b onmouseover=alert(2)>${feature.properties?.name}</b>` };
      }
      await route.fulfill({ json: data });
    });
    await openApp();
    await showOnly("district");
    const district = dataOf("district").features.find((feature) => feature.properties?.name === "市北区");
    if (!district) throw new Error("市北区 missing");
    await clickLonLat(session.page, pointOnFeature(district).geometry.coordinates as [number, number]);
    const inspector = session.page.getByTestId("inspector");
    await expect.poll(() => inspector.textContent()).toContain(payload);
    expect(await inspector.locator("img, b").count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  it("switches the interface to English and back", async () => {
    await openApp();
    const page = session.page;
    await page.getByTestId("language-switch").click();
    await expect.poll(() => page.locator("h1").textContent()).toContain("Shanhai");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator(".layer-group h2").allTextContents()).toContain("Base map");
    await page.getByTestId("language-switch").click();
    await expect.poll(() => page.locator("h1").textContent()).toContain("山海");
  });

  it("fits a 360 px phone screen without horizontal overflow, with the panel behind a button", async () => {
    await session.page.setViewportSize({ width: 360, height: 740 });
    await openApp();
    const page = session.page;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const panelButton = page.locator(".panel-button");
    expect(await panelButton.isVisible()).toBe(true);
    await panelButton.click();
    await expect.poll(() => page.getByTestId("toggle-district").isVisible()).toBe(true);
  });
});
