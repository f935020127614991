/**
 * A fuzz run over project files in Chromium: seeded damaged copies of a valid project (values deleted, swapped for
 * other types, huge strings, deep nesting: `hostile-projects.mutate`) are chosen one after another in the real
 * 打开项目 file input and the question that follows is answered as a user would (添加图层, or 替换 with a file
 * that carries the kept layer). After each file the app still shows its panels and exactly the layers the project
 * guard accepts, and after a reload the layer stored before the run is still there.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { capJsonDepth } from "../../src/io/cap-json-depth";
import { guardSnapshot } from "../../src/state/project-snapshot-guard";
import { useSession, waitForMapIdle } from "./harness";
import { asFile, mutate, random, validProject } from "./hostile-projects";
import { readSaved } from "./saved-project";

const session = useSession();

const FILES = 12;
const SEED = 20261207;
const KEPT_LAYER_ID = "user-kept";

type Json = Record<string, unknown>;

/** The valid project's layer under its own id and title: the layer stored before the run. */
function keptLayer(): Json {
  const [layer] = (validProject() as unknown as { userLayers: Json[] }).userLayers;
  const entry = structuredClone(layer) as { meta: Json };
  entry.meta.id = KEPT_LAYER_ID;
  entry.meta.title = { zh: "保留的公园", en: "Kept parks" };
  return entry;
}

/** File `index` of the run: the valid project with 1–4 damaged values; a file meant to replace also carries the kept layer. */
function damagedProject(next: () => number, replaces: boolean): Json {
  const project = validProject() as unknown as Json;
  const edits = 1 + Math.floor(next() * 4);
  for (let edit = 0; edit < edits; edit++) mutate(project, next);
  if (replaces) project.userLayers = [...(Array.isArray(project.userLayers) ? (project.userLayers as unknown[]) : []), keptLayer()];
  return project;
}

/** The user layers the layer panel lists, top first. */
const userRows = (page: Page) => page.locator('[data-layer-id^="user-"]').evaluateAll((rows) => rows.map((row) => row.getAttribute("data-layer-id") ?? ""));

/** The planner's panels are there and usable: the header's region switch, the shipped park layer's row and its switch. */
async function expectPanels(page: Page, message: string) {
  await expect.poll(() => page.getByTestId("region-switch").isVisible(), { timeout: 30_000, message }).toBe(true);
  await expect.poll(() => page.locator('[data-layer-id="park"]').count(), { timeout: 30_000, message }).toBe(1);
  await expect.poll(() => page.getByTestId("toggle-park").isVisible(), { message }).toBe(true);
  await expect.poll(() => page.locator(`[data-layer-id="${KEPT_LAYER_ID}"]`).count(), { timeout: 30_000, message }).toBe(1);
}

const savedLayerIds = async (page: Page) =>
  (((await readSaved(page, "shanhai:settings:v1")) as { userLayers?: { meta?: { id?: string } }[] } | undefined)?.userLayers ?? []).map(
    (layer) => layer.meta?.id,
  );

describe("a fuzz run over project files through the file input", () => {
  it(`${FILES} seeded damaged project files never blank the app nor lose the stored layer`, async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/`);
    await waitForMapIdle(page);
    const valid = validProject() as unknown as Json;
    await page.getByTestId("project-open").setInputFiles(asFile("kept", { ...valid, userLayers: [keptLayer()] }));
    await expectPanels(page, "the kept layer");
    await expect.poll(() => savedLayerIds(page), { timeout: 10_000 }).toContain(KEPT_LAYER_ID);

    const next = random(SEED);
    for (let index = 0; index < FILES; index++) {
      const replaces = index % 2 === 1;
      const project = damagedProject(next, replaces);
      const name = `damaged-${index}`;
      const message = `${name}: ${JSON.stringify(project).slice(0, 300)}`;
      // What the app must end with: the layers the guard accepts of the file as the import worker posts it, listed
      // in the panel when they belong to the region.
      const guarded = guardSnapshot(capJsonDepth(JSON.parse(JSON.stringify(project))).value);
      const before = await userRows(page);
      const region = await page.getByTestId("region-switch").inputValue();

      await page.getByTestId("project-open").setInputFiles(asFile(name, project));
      await expect.poll(() => page.getByTestId("project-replace-dialog").isVisible(), { timeout: 30_000, message }).toBe(true);
      await page.getByTestId(replaces ? "project-replace" : "project-add").click();
      if (!guarded) {
        await expect.poll(() => page.locator(".project-controls .error-text").textContent(), { timeout: 30_000, message }).toContain(`${name}.json`);
        expect(await userRows(page), message).toEqual(before);
      } else {
        const shownRegion: string = replaces ? guarded.snapshot.ui.region : region;
        const listed = guarded.snapshot.userLayers.filter((layer) => (layer.meta.regions as string[]).includes(shownRegion));
        const rows = async () => (await userRows(page)).sort();
        if (replaces) {
          await expect.poll(rows, { timeout: 30_000, message: `${message} (before: ${before})` }).toEqual(listed.map((layer) => layer.meta.id).sort());
        } else {
          await expect.poll(async () => (await rows()).length, { timeout: 30_000, message: `${message} ${await rows()}` }).toBe(before.length + listed.length);
          expect(await rows(), message).toEqual(expect.arrayContaining(before));
        }
      }
      await expectPanels(page, message);
      await expect.poll(() => savedLayerIds(page), { timeout: 10_000, message }).toContain(KEPT_LAYER_ID);

      await page.reload();
      await expectPanels(page, `${message} (after a reload)`);
      if (replaces) {
        // A replacing file's settings (rule set, scenarios) reach the metrics tab.
        await page.getByTestId("tab-metrics").click();
        await expect.poll(() => page.getByTestId("rule-set").isVisible(), { timeout: 30_000, message }).toBe(true);
        await page.getByTestId("tab-layers").click();
      }
      expect(
        session.errors.filter((error) => !/Failed to load resource/.test(error)),
        message,
      ).toEqual([]);
    }
  }, 600_000);
});
