import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { foreignRequests, useSession, waitForMapIdle } from "./harness";
import { readSaved } from "./saved-project";
import {
  asFile,
  basemapProject,
  blankingProjects,
  cssUrlColourProject,
  metricsBlankingProjects,
  quietlyBrokenProjects,
  VALID_LAYER_ID,
  validProject,
} from "./hostile-projects";

const session = useSession();

/** The planner's screen is there and usable: the shipped park layer's row can be switched. */
async function expectPlannerUsable(page: Page) {
  await expect.poll(() => page.locator('[data-layer-id="park"]').count(), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => page.getByTestId("toggle-park").isVisible()).toBe(true);
}

async function openFresh() {
  await session.page.goto(`${session.baseUrl}/`);
  await waitForMapIdle(session.page);
}

describe("hostile project files", () => {
  for (const [name, project] of Object.entries(blankingProjects())) {
    it(`a project file "${name}" is repaired on open, says what was dropped, and the app survives a reload`, async () => {
      const { page } = session;
      await openFresh();
      await page.getByTestId("project-open").setInputFiles(asFile(name, project));
      await expect.poll(() => page.getByTestId("project-repairs").count(), { timeout: 30_000 }).toBe(1);
      await expectPlannerUsable(page);
      await expect.poll(() => page.locator(`[data-layer-id="${VALID_LAYER_ID}"]`).count()).toBe(1);
      const savedIds = async () =>
        (((await readSaved(page, "shanhai:settings:v1")) as { userLayers?: { meta?: { id?: string } }[] } | undefined)?.userLayers ?? []).map(
          (layer) => layer.meta?.id,
        );
      await expect.poll(savedIds, { timeout: 10_000 }).toContain(VALID_LAYER_ID);
      await page.reload();
      await expectPlannerUsable(page);
      await expect.poll(() => page.locator(`[data-layer-id="${VALID_LAYER_ID}"]`).count(), { timeout: 30_000 }).toBe(1);
      expect(session.errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
    });
  }

  for (const [name, project] of Object.entries(metricsBlankingProjects())) {
    it(`a project file "${name}" leaves the metrics tab working`, async () => {
      const { page } = session;
      await openFresh();
      await page.getByTestId("project-open").setInputFiles(asFile(name, project));
      await expect.poll(() => page.getByTestId("project-repairs").count(), { timeout: 30_000 }).toBe(1);
      await page.getByTestId("tab-metrics").click();
      await expect.poll(() => page.getByTestId("rule-set").isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByTestId("scenario-panel").isVisible(), { timeout: 120_000 }).toBe(true);
      await page.reload();
      await page.getByTestId("tab-metrics").click();
      await expect.poll(() => page.getByTestId("rule-set").isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await page.getByTestId("rule-set").inputValue()).toBe("qingdao-300-500");
    });
  }
});

describe("what a project file may not do unasked", () => {
  const host = "tiles.example.invalid";
  const toHost = () => session.requests.filter((url) => url.includes(host));

  it("an online basemap from a file is only offered; nothing is requested until the user accepts it", async () => {
    const { page } = session;
    await openFresh();
    await page.getByTestId("project-open").setInputFiles(asFile("basemap", basemapProject(host)));
    await expect.poll(() => page.getByTestId("basemap-offer").isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.locator(`[data-layer-id="${VALID_LAYER_ID}"]`).count()).toBe(1);
    await waitForMapIdle(page);
    expect(toHost()).toEqual([]);
    await page.getByText("在线底图", { exact: true }).click();
    expect(await page.getByTestId("basemap-in-use").textContent()).toContain("离线");
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.locator(`[data-layer-id="${VALID_LAYER_ID}"]`).count(), { timeout: 30_000 }).toBe(1);
    expect(toHost()).toEqual([]);
    expect(await page.getByTestId("basemap-offer").count()).toBe(0);

    await page.getByTestId("project-open").setInputFiles(asFile("basemap", basemapProject(host)));
    await page.getByTestId("project-replace").click();
    await page.getByTestId("basemap-offer-accept").click();
    await expect.poll(() => toHost().length, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByText("在线底图", { exact: true }).click();
    expect(await page.getByTestId("basemap-in-use").textContent()).toContain(host);
  });

  it("a CSS url() as a colour is refused: nothing is fetched and the layer is drawn", async () => {
    const { page } = session;
    await openFresh();
    await page.getByTestId("project-open").setInputFiles(asFile("colour", cssUrlColourProject(host)));
    await expect.poll(() => page.locator(`[data-layer-id="${VALID_LAYER_ID}"]`).count(), { timeout: 30_000 }).toBe(1);
    await waitForMapIdle(page);
    await expect.poll(() => page.evaluate((id) => window.__shanhai?.renderedFeatureCount(id) ?? 0, VALID_LAYER_ID), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.evaluate((id) => window.__shanhai?.renderedFeatureCount(id) ?? 0, VALID_LAYER_ID), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(toHost()).toEqual([]);
  });

  it("opacity text, an unknown region, duplicate layer ids and a numeric attribution are repaired", async () => {
    const { page } = session;
    await openFresh();
    const broken = quietlyBrokenProjects();
    await page.getByTestId("project-open").setInputFiles(asFile("opacity", broken["opacity-string"]));
    await expect.poll(() => page.locator(`[data-layer-id="${VALID_LAYER_ID}"]`).count(), { timeout: 30_000 }).toBe(1);
    const savedOpacity = async () =>
      ((await readSaved(page, "shanhai:settings:v1")) as { views?: Record<string, { opacityRatio?: unknown }> } | undefined)?.views?.[VALID_LAYER_ID]
        ?.opacityRatio;
    await expect.poll(savedOpacity, { timeout: 10_000 }).toBe(1);
    await page.getByTestId("project-open").setInputFiles(asFile("region", broken["region-mars"]));
    await page.getByTestId("project-replace").click();
    await expectPlannerUsable(page);
    expect(await page.getByTestId("region-switch").inputValue()).toBe("qingdao");
    await page.getByTestId("project-open").setInputFiles(asFile("duplicates", broken["duplicate-ids"]));
    await page.getByTestId("project-replace").click();
    await expect.poll(() => page.getByTestId("project-repairs").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator(`[data-layer-id="${VALID_LAYER_ID}"]`).count()).toBe(1);
    await page.getByTestId("project-open").setInputFiles(asFile("attribution", broken["numeric-attribution"]));
    await page.getByTestId("project-replace").click();
    await expect.poll(() => page.locator(".maplibregl-ctrl-attrib").textContent(), { timeout: 30_000 }).toContain("42");
    expect(session.errors).toEqual([]);
  });
});

describe("opening a project over current work", () => {
  it("asks before replacing current imports; cancel keeps them, 'add' adds beside them", async () => {
    const { page } = session;
    await openFresh();
    await page.getByTestId("project-open").setInputFiles(asFile("first", validProject()));
    await expect.poll(() => page.locator(`[data-layer-id="${VALID_LAYER_ID}"]`).count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId("project-open").setInputFiles(asFile("second", validProject()));
    await expect.poll(() => page.getByTestId("project-replace-dialog").isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByTestId("project-replace-dialog").textContent()).toContain("second.json");
    await page.getByTestId("project-cancel").click();
    expect(await page.getByTestId("project-replace-dialog").count()).toBe(0);
    expect(await page.locator('[data-layer-id^="user-"]').count()).toBe(1);
    await page.getByTestId("project-open").setInputFiles(asFile("second", validProject()));
    await page.getByTestId("project-add").click();
    await expect.poll(() => page.locator(`[data-layer-id="${VALID_LAYER_ID}-2"]`).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator(`[data-layer-id="${VALID_LAYER_ID}"]`).count()).toBe(1);
  });
});

describe("attribute names on the map", () => {
  it("a layer whose features have properties named constructor, hasOwnProperty and $name is drawn, and its table shows them", async () => {
    const { page } = session;
    await openFresh();
    const [lon, lat] = [120.385, 36.065];
    const ring = [
      [lon - 0.003, lat - 0.003],
      [lon + 0.003, lat - 0.003],
      [lon + 0.003, lat + 0.003],
      [lon - 0.003, lat + 0.003],
      [lon - 0.003, lat - 0.003],
    ];
    const collection: { type: string; features: { type: string; properties: Record<string, string>; geometry: unknown }[] } = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { name: "构造公园", constructor: "c", hasOwnProperty: "h", $name: "d" },
          geometry: { type: "Polygon", coordinates: [ring] },
        },
        { type: "Feature", properties: { name: "普通公园" }, geometry: { type: "Polygon", coordinates: [ring.map(([x, y]) => [(x as number) + 0.01, y])] } },
      ],
    };
    await page
      .getByTestId("import-input")
      .setInputFiles({ name: "parks.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(collection)) });
    await expect.poll(() => page.getByTestId("import-review").count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId("import-add").click();
    await expect.poll(() => page.locator('[data-layer-id="user-park"]').count(), { timeout: 30_000 }).toBe(1);
    await waitForMapIdle(page);
    await expect.poll(() => page.evaluate(() => window.__shanhai?.renderedFeatureCount("user-park") ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId("tab-table").click();
    await page.getByTestId("table-layer").selectOption("user-park");
    await expect.poll(() => page.getByTestId("table-row").count(), { timeout: 30_000 }).toBe(2);
    const cells = (await page.getByTestId("table-row").allTextContents()).join(" ");
    expect(cells).not.toContain("native code");
  });
});

describe("hostile links", () => {
  const links: [string, "planner" | "public"][] = [
    ["?feature=__proto__:0", "planner"],
    ["?feature=constructor:0", "planner"],
    ["?feature=toString:0", "planner"],
    ["?mode=public&feature=__proto__:0", "public"],
    ["?mode=public&feature=constructor:0", "public"],
    ["?mode=public&feature=toString:0", "public"],
    ["?view=1e308,0,1e308", "planner"],
    ["?view=1e300,36,10", "planner"],
    ["?view=120.4,36.1,1e308", "planner"],
  ];
  for (const [query, mode] of links) {
    it(`the link ${query} is ignored with a notice, never fatal`, async () => {
      const { page } = session;
      await page.goto(`${session.baseUrl}/${query}`);
      await expect.poll(() => page.getByTestId("link-notice").count(), { timeout: 20_000 }).toBe(1);
      if (mode === "planner") await expectPlannerUsable(page);
      else await expect.poll(() => page.getByTestId("place-search").count(), { timeout: 30_000 }).toBe(1);
      expect(session.errors).toEqual([]);
      expect(foreignRequests(session)).toEqual([]);
    });
  }
});
