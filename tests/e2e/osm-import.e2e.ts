/**
 * An OpenStreetMap extract becomes a project of its own city: the Taipei Jingmei extract (Overpass XML, gzipped)
 * is chosen in the real file input, the mapping step is confirmed with its real selects, and what a person sees is
 * asserted — parks and residential land drawn where the file has them (the colour of the map there), a coverage
 * figure of this city in the metrics tab, the OSM attribution with the data's date, and all of it after a reload.
 * Where the drawn features are comes from the same reader run in Node on the same file.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import type { Page } from "playwright-core";
import polylabel from "polylabel";
import { beforeAll, describe, expect, it } from "vitest";
import { labelPoints } from "../../src/analysis/label-points";
import { readOsmProject, scanOsm } from "../../src/io/osm/osm-project";
import { DEFAULT_OSM_MAPPING } from "../../src/io/osm/osm-types";
import { expectDrawnAt } from "./drawn-colour";
import { mapPixelOf, useSession, waitForMapIdle } from "./harness";

const TAIPEI = new URL("../../../shared/data/osm/taipei-jingmei_2025-05-30.osm.gz", import.meta.url).pathname;
const hasSharedData = existsSync(TAIPEI);
if (!hasSharedData) console.warn(`osm-import e2e skipped: the shared OSM extract ${TAIPEI} is absent (it lives outside the repository)`);

const session = useSession();

/** Default role colours (`ROLE_DEFINITIONS`): park #3f9b4a, residential land #e2a35c. */
const PARK_RGB: [number, number, number] = [0x3f, 0x9b, 0x4a];
const RESIDENTIAL_RGB: [number, number, number] = [0xe2, 0xa3, 0x5c];

/** A point well inside a polygon (pole of inaccessibility of its largest part), and its distance to the edge in degrees. */
function insidePoint(feature: Feature): { point: [number, number]; depthDeg: number } | null {
  const geometry = feature.geometry as Polygon | MultiPolygon | null;
  if (!geometry || (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon")) return null;
  const parts: Position[][][] = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let best: { point: [number, number]; depthDeg: number } | null = null;
  for (const part of parts) {
    const pole = polylabel(part as number[][][], 0.00001) as number[] & { distance: number };
    if (!best || pole.distance > best.depthDeg) best = { point: [pole[0] ?? 0, pole[1] ?? 0], depthDeg: pole.distance };
  }
  return best;
}

const isCovered = (point: [number, number], collections: FeatureCollection[]) =>
  collections.some((collection) =>
    collection.features.some(
      (feature) =>
        (feature.geometry?.type === "Polygon" || feature.geometry?.type === "MultiPolygon") &&
        booleanPointInPolygon(point, feature as Feature<Polygon | MultiPolygon>),
    ),
  );

/**
 * Where to look for a layer's colour: inside its deepest polygon that `above` does not cover, away from the map's
 * label of that polygon (the app labels a polygon at its own pole of inaccessibility, `labelPoints`): the point
 * three quarters of the way from the pole to the edge, on the side away from the label. Also returns the label's
 * position, so that the map can be zoomed until the two lie apart on screen.
 */
function samplePoint(layer: FeatureCollection, above: FeatureCollection[]): { point: [number, number]; label: [number, number] } {
  const candidates = layer.features
    .map((feature) => ({ feature, inside: insidePoint(feature) }))
    .filter((candidate): candidate is { feature: Feature; inside: { point: [number, number]; depthDeg: number } } => candidate.inside !== null)
    .sort((a, b) => b.inside.depthDeg - a.inside.depthDeg);
  for (const { feature, inside } of candidates) {
    const label = (labelPoints(collectionOf(feature)).features[0]?.geometry.coordinates ?? inside.point) as [number, number];
    const away = [inside.point[0] - label[0], inside.point[1] - label[1]];
    const length = Math.hypot(away[0] ?? 0, away[1] ?? 0);
    const unit = length > 1e-9 ? [(away[0] ?? 0) / length, (away[1] ?? 0) / length] : [0, 1];
    const point: [number, number] = [inside.point[0] + 0.75 * inside.depthDeg * (unit[0] ?? 0), inside.point[1] + 0.75 * inside.depthDeg * (unit[1] ?? 0)];
    if (!isCovered(point, above)) return { point, label };
  }
  throw new Error("no polygon with a free inside point");
}

const collectionOf = (feature: Feature): FeatureCollection => ({ type: "FeatureCollection", features: [feature] });

/** Zooms the map in around `point` (mouse wheel) until it lies at least `minPx` from `label` on screen. */
async function zoomApart(page: Page, point: [number, number], label: [number, number], minPx: number): Promise<void> {
  for (let step = 0; step < 8; step += 1) {
    const [x, y] = await mapPixelOf(page, point);
    const [labelX, labelY] = await mapPixelOf(page, label);
    if (Math.hypot(x - labelX, y - labelY) >= minPx) return;
    const box = await page.getByTestId("map").boundingBox();
    if (!box) throw new Error("map has no box");
    await page.mouse.move(box.x + x, box.y + y);
    await page.mouse.wheel(0, -400);
    await waitForMapIdle(page);
  }
  throw new Error(`the map did not zoom ${point} ${minPx} px away from its label at ${label}`);
}

/** The id of the panel row of the layer whose id starts with `prefix` and ends with `-<osmRole>`. */
async function layerIdOf(page: Page, osmRole: string): Promise<string> {
  const ids = await page.locator('[data-layer-id^="user-osm-"]').evaluateAll((rows) => rows.map((row) => row.getAttribute("data-layer-id") ?? ""));
  const id = ids.find((candidate) => candidate.endsWith(`-${osmRole}`));
  if (!id) throw new Error(`no ${osmRole} layer among ${ids.join(", ")}`);
  return id;
}

const attributionText = (page: Page) => page.locator(".maplibregl-ctrl-attrib").textContent();

describe.skipIf(!hasSharedData)("an OpenStreetMap extract opened as a project", () => {
  let park: { point: [number, number]; label: [number, number] };
  let residential: { point: [number, number]; label: [number, number] };
  let dataDay: string;
  let boundaryNames: string[];
  let incompleteWays: number;
  let parkCount: number;
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(TAIPEI));
    const scan = await scanOsm(bytes, "taipei-jingmei_2025-05-30.osm.gz");
    dataDay = scan.dataDate?.slice(0, 10) ?? "";
    boundaryNames = scan.boundaries.map((boundary) => boundary.name);
    const project = await readOsmProject(bytes, "taipei-jingmei_2025-05-30.osm.gz", DEFAULT_OSM_MAPPING, { kind: "extent" });
    incompleteWays = project.report.incompleteWays;
    parkCount = project.report.counts.park;
    // Layers drawn above parks are lines and district outlines; above residential land, other areas too.
    park = samplePoint(project.layers.park, []);
    residential = samplePoint(project.layers.residential, [project.layers.park, project.layers.water, project.layers["green-other"]]);
  });

  it("maps, draws, measures and credits the Taipei extract, and keeps it over a reload", async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    await page.getByTestId("tab-metrics").click();
    await expect.poll(() => page.getByTestId("coverage-ratio").count(), { timeout: 60_000 }).toBe(1);
    const qingdaoCoverage = await page.getByTestId("coverage-ratio").textContent();
    await page.getByTestId("tab-layers").click();

    await page.getByTestId("import-input").setInputFiles(TAIPEI);
    await expect.poll(() => page.getByTestId("osm-mapping").count(), { timeout: 60_000 }).toBe(1);
    // The default tag → role table is shown and editable.
    expect(await page.getByTestId("osm-include-park").inputValue()).toContain("leisure=park|garden");
    expect(await page.getByTestId("osm-exclude-park").inputValue()).toContain("access=");
    expect(await page.getByTestId("osm-include-residential").inputValue()).toContain("landuse=residential");
    // An edit that is not key=value is named, and blocks the import until it is fixed.
    const parkTags = await page.getByTestId("osm-include-park").inputValue();
    await page.getByTestId("osm-include-park").fill(`${parkTags}; garden`);
    expect(await page.getByTestId("osm-mapping").getByRole("alert").textContent()).toContain("“garden”不是 key=值 的形式");
    expect(await page.getByTestId("osm-confirm").isDisabled()).toBe(true);
    await page.getByTestId("osm-include-park").fill(parkTags);
    expect(await page.getByTestId("osm-confirm").isDisabled()).toBe(false);
    // The clip and the district level are real selects; the whole extract is kept.
    const clipOptions = await page.getByTestId("osm-clip").locator("option").allTextContents();
    expect(clipOptions.length).toBe(boundaryNames.length + 1);
    for (const name of boundaryNames)
      expect(
        clipOptions.some((option) => option.includes(name)),
        name,
      ).toBe(true);
    await page.getByTestId("osm-clip").selectOption("extent");
    const levels = await page
      .getByTestId("osm-admin-level")
      .locator("option")
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    await page.getByTestId("osm-admin-level").selectOption(levels[levels.length - 1] ?? "");
    await page.getByTestId("osm-confirm").click();

    await expect.poll(() => page.locator('[data-layer-id^="user-osm-"]').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    // The read report: features per role, and the ways the bbox download cut.
    const report = (await page.getByTestId("osm-report").textContent()) ?? "";
    expect(report).toContain(`公园：${parkCount} 个要素`);
    expect(incompleteWays).toBeGreaterThan(0);
    expect(report).toContain(`${incompleteWays} 条路径缺少节点`);
    const regionId = await page.getByTestId("region-switch").inputValue();
    expect(regionId).toMatch(/^osm-/);
    // The built-in regions' layers leave the panel: this is a city of its own.
    expect(await page.locator('[data-layer-id="park"]').count()).toBe(0);
    const parkId = await layerIdOf(page, "park");
    const residentialId = await layerIdOf(page, "residential");
    await expectDrawnAt(page, residentialId, residential.point, RESIDENTIAL_RGB, { minBlend: 0.3 });
    await zoomApart(page, park.point, park.label, 30);
    await expectDrawnAt(page, parkId, park.point, PARK_RGB, { minBlend: 0.3 });

    const attribution = await attributionText(page);
    expect(attribution).toContain("© OpenStreetMap contributors, ODbL");
    expect(dataDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(attribution).toContain(dataDay);

    await page.getByTestId("tab-metrics").click();
    await expect.poll(() => page.getByTestId("coverage-ratio").textContent(), { timeout: 60_000 }).not.toBe(qingdaoCoverage);
    expect(await page.getByTestId("coverage-ratio").textContent()).toMatch(/\d.*%/);
    expect(await page.getByTestId("coverage-no-data").count()).toBe(0);
    await page.getByTestId("tab-dashboard").click();
    expect(await page.getByTestId("dashboard-no-plan").count()).toBe(1);
    await page.getByTestId("tab-layers").click();

    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId("region-switch").inputValue(), { timeout: 30_000 }).toBe(regionId);
    await expect.poll(() => page.locator('[data-layer-id^="user-osm-"]').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    expect(await layerIdOf(page, "park")).toBe(parkId);
    await zoomApart(page, park.point, park.label, 30);
    await expectDrawnAt(page, parkId, park.point, PARK_RGB, { minBlend: 0.3 });
    expect(await attributionText(page)).toContain("© OpenStreetMap contributors, ODbL");
    expect(session.errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
  });

  it("refuses a truncated extract with a message naming the file and the problem", async () => {
    const { page } = session;
    const bytes = readFileSync(TAIPEI);
    const path = join(mkdtempSync(join(tmpdir(), "shanhai-osm-")), "jingmei-cut.osm.gz");
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    await page.getByTestId("import-input").setInputFiles(path);
    await expect.poll(() => page.getByTestId("import-failed").count(), { timeout: 60_000 }).toBe(1);
    const text = (await page.getByTestId("import-failed").textContent()) ?? "";
    expect(text).toContain("jingmei-cut.osm.gz");
    expect(text).toMatch(/OpenStreetMap 文件(不完整|已损坏|的压缩数据无法解压)/);
    expect(await page.getByTestId("osm-mapping").count()).toBe(0);
  });
});
