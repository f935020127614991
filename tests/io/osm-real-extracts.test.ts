/**
 * The OSM reader on the two real extracts in ../shared/data/osm (never copied into the repository; skipped
 * when absent): objects per role against osmium-tool (tags-filter + export, run here when osmium is
 * installed, else against the counts it gave, recorded in osm-osmium-counts.json; `REGEN=1` rewrites them),
 * bbox-cut ways of the Taipei download, names, dates, districts and the clip to Andorra's border.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readOsmData } from "../../src/io/osm/osm-read";
import { isOsmFile, readOsmProject, scanOsm } from "../../src/io/osm/osm-project";
import { DEFAULT_OSM_MAPPING, OSM_ROLES, type OsmProject, type OsmRole } from "../../src/io/osm/osm-types";
import { OSMIUM_ROLES, osmiumAvailable, osmiumRoleObjects } from "./osm-osmium-reference";

const SHARED = fileURLToPath(new URL("../../../shared/data/osm/", import.meta.url));
const ANDORRA = `${SHARED}andorra-latest_2021-10-28.osm.pbf`;
const TAIPEI = `${SHARED}taipei-jingmei_2025-05-30.osm.gz`;
const RECORDED = fileURLToPath(new URL("./osm-osmium-counts.json", import.meta.url));
const available = existsSync(ANDORRA) && existsSync(TAIPEI);
if (!available) console.warn(`osm-real-extracts: skipped, ${SHARED} is not available`);
const withOsmium = available && osmiumAvailable();
if (available && !withOsmium) console.warn("osm-real-extracts: osmium is not installed; comparing with the recorded osmium counts");

type Counts = Partial<Record<OsmRole, number>>;
const recorded = existsSync(RECORDED) ? (JSON.parse(readFileSync(RECORDED, "utf8")) as Record<string, Counts>) : {};

const bytesOf = (file: string) => new Uint8Array(readFileSync(file));
const objectsOf = (project: OsmProject, role: OsmRole) => new Set(project.layers[role].features.map((f) => `${f.properties?.osmType}/${f.properties?.osmId}`));

describe.skipIf(!available)("real OSM extracts (../shared/data/osm)", () => {
  for (const [label, file] of [
    ["andorra", ANDORRA],
    ["taipei", TAIPEI],
  ] as const) {
    it(`${label}: the objects of every role are those osmium exports (bbox-cut ways kept as pieces)`, async () => {
      const bytes = bytesOf(file);
      expect(isOsmFile(bytes, "x.bin")).toBe(true);
      const project = await readOsmProject(bytes, file, DEFAULT_OSM_MAPPING, { kind: "extent" });
      const data = await readOsmData(bytes, file, {});
      const cutWays = new Set([...data.ways.values()].filter((way) => way.refs.some((ref) => data.nodes.indexOf(ref) < 0)).map((way) => `way/${way.id}`));
      const counts: Counts = {};
      const reference = withOsmium ? osmiumRoleObjects(file) : null;
      for (const role of Object.keys(OSMIUM_ROLES) as OsmRole[]) {
        const mine = objectsOf(project, role);
        if (reference) {
          const theirs = new Set(reference[role]);
          expect(
            [...theirs].filter((id) => !mine.has(id)),
            `${role}: exported by osmium, missing here`,
          ).toEqual([]);
          expect(
            [...mine].filter((id) => !theirs.has(id) && !cutWays.has(id)),
            `${role}: here only, not cut by the box`,
          ).toEqual([]);
          counts[role] = theirs.size;
        }
        const complete = [...mine].filter((id) => !cutWays.has(id)).length;
        if (!reference) expect(complete, role).toBe(recorded[label]?.[role]);
      }
      if (reference && process.env.REGEN === "1") {
        const current = existsSync(RECORDED) ? (JSON.parse(readFileSync(RECORDED, "utf8")) as Record<string, Counts>) : {};
        writeFileSync(RECORDED, `${JSON.stringify({ ...current, [label]: counts }, null, 2)}\n`);
      }
      if (reference && process.env.REGEN !== "1") expect(counts).toEqual(recorded[label]);
    }, 120_000);
  }

  it("andorra: parishes as districts, the country as clip, the header date, ~1,740 km of walkable edges", async () => {
    const bytes = bytesOf(ANDORRA);
    const scan = await scanOsm(bytes, "andorra.osm.pbf");
    expect(scan).toMatchObject({
      format: "pbf",
      dataDate: "2021-10-28T20:21:09.000Z",
      adminLevels: [2, 7, 8],
      elementCounts: { nodes: 256677, ways: 13133, relations: 289 },
    });
    expect(scan.boundaries[0]).toMatchObject({ relationId: 9407, nameEn: "Andorra", adminLevel: 2 });
    const whole = await readOsmProject(bytes, "andorra.osm.pbf", DEFAULT_OSM_MAPPING, { kind: "extent" });
    expect(whole.layers.district.features.map((f) => f.properties?.admin_level)).toEqual(Array(7).fill("7"));
    const lengthKm = (p: OsmProject) => p.layers.network.features.reduce((sum, f) => sum + (f.properties?.lengthM as number), 0) / 1000;
    expect(lengthKm(whole)).toBeGreaterThan(1720);
    expect(lengthKm(whole)).toBeLessThan(1760);
    const clipped = await readOsmProject(bytes, "andorra.osm.pbf", DEFAULT_OSM_MAPPING, { kind: "boundary", relationId: 9407 });
    expect(clipped.report.clippedFeatures).toBeGreaterThan(0);
    expect(lengthKm(clipped)).toBeLessThan(lengthKm(whole));
    expect(clipped.layers.residential.features.length).toBeLessThan(whole.layers.residential.features.length);
    for (const role of OSM_ROLES)
      for (const feature of clipped.layers[role].features) {
        const flat = JSON.stringify(feature.geometry)
          .match(/-?\d+\.\d+/g)!
          .map(Number);
        for (let i = 0; i + 1 < flat.length; i += 2)
          expect(flat[i]! >= 1.4 && flat[i]! <= 1.79 && flat[i + 1]! >= 42.42 && flat[i + 1]! <= 42.66, `${role} inside Andorra`).toBe(true);
      }
  }, 120_000);

  it("taipei: Chinese and English names, the Overpass date, bbox-cut ways counted", async () => {
    const project = await readOsmProject(bytesOf(TAIPEI), "taipei.osm.gz", DEFAULT_OSM_MAPPING, { kind: "extent" });
    expect(project.scan).toMatchObject({ format: "xml", dataDate: "2025-05-30T03:29:48.000Z" });
    expect(project.layers.park.features.map((f) => f.properties?.name)).toContain("交通公園");
    const road = project.layers.network.features.find((f) => f.properties?.nameEn === "Jianguo Road");
    expect(road?.properties?.name).toBe("建國路");
    expect(project.report.incompleteWays).toBeGreaterThan(100);
    expect(project.layers.network.features.length).toBeGreaterThan(800);
    expect(project.attribution).toBe("© OpenStreetMap contributors, ODbL");
  }, 120_000);
});
