import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection } from "geojson";
import { bbox } from "@turf/turf";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSession, waitForMapIdle } from "./harness";

const dataOf = (id: string) => JSON.parse(readFileSync(`layers/${id}/data.geojson`, "utf8")) as FeatureCollection;

function featureNamed(layerId: string, name: string): Feature {
  const feature = dataOf(layerId).features.find((candidate) => candidate.properties?.name === name);
  if (!feature) throw new Error(`${name} missing from layers/${layerId}`);
  return feature;
}

const session = useSession({ width: 1400, height: 900 });

async function openPlanner(query = "", page: Page = session.page) {
  await page.goto(`${session.baseUrl}/${query}`);
  await waitForMapIdle(page);
}

/** The map centre the address bar shows (`view=lon,lat,zoom`), as a person sharing the link would read it. */
function viewOf(url: string): [number, number, number] | null {
  const view = new URL(url).searchParams.get("view");
  if (!view) return null;
  const [lon, lat, zoom] = view.split(",").map(Number);
  return [lon as number, lat as number, zoom as number];
}

describe("planner tools", () => {
  it("finds a park from the planner header, flies there and opens its inspector", async () => {
    const page = session.page;
    await openPlanner();
    const header = page.locator("header.header-bar");
    const search = header.getByTestId("place-search");
    await search.click();
    await search.pressSequentially("中山公园");
    const option = header.getByRole("option", { name: /中山公园/ }).first();
    await option.waitFor({ timeout: 30_000 });
    await option.click();
    await expect.poll(() => page.getByTestId("inspector-name").textContent(), { timeout: 30_000 }).toBe("中山公园");
    const [west, south, east, north] = bbox(featureNamed("park", "中山公园"));
    await expect
      .poll(
        () => {
          const view = viewOf(page.url());
          return view !== null && view[0] >= west && view[0] <= east && view[1] >= south && view[1] <= north && view[2] >= 13;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
  });
});
