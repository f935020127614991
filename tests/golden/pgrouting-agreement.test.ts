/**
 * Agreement with PostGIS + pgRouting (scripts/bench-network/pgrouting-network.ts): the overall walking-network
 * coverage within 0.05 percentage points on a generated city (S, with its street grid) and on the shared Andorra
 * extract read through the OSM reader. Skipped (with a message) without PostgreSQL, PostGIS and pgRouting
 * (`.ci/run` installs them) or without the Andorra file.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { MetricsSession } from "../../src/analysis/index";
import { generateSyntheticCity } from "../../src/analysis/synthetic/synthetic-city";
import { generateStreetGrid } from "../../src/analysis/synthetic/synthetic-streets";
import { resolveRuleSet } from "../../src/domain/rule-sets";
import { readOsmProject, scanOsm } from "../../src/io/osm/osm-project";
import { DEFAULT_OSM_MAPPING } from "../../src/io/osm/osm-types";
import { startCluster } from "../../scripts/bench-coverage/postgis-cluster";
import { centre } from "../../scripts/bench-coverage/postgis-coverage";
import { loadNetworkScene, pgroutingNetworkCoverage, type NetworkScene } from "../../scripts/bench-network/pgrouting-network";

const extensions = (name: string) =>
  existsSync("/usr/share/postgresql") && readdirSync("/usr/share/postgresql").some((v) => existsSync(`/usr/share/postgresql/${v}/extension/${name}.control`));
const installed = existsSync("/usr/lib/postgresql") && extensions("postgis") && extensions("pgrouting");
const ANDORRA = new URL("../../../shared/data/osm/andorra-latest_2021-10-28.osm.pbf", import.meta.url);

if (!installed) console.warn("pgRouting agreement test skipped: PostgreSQL/PostGIS/pgRouting not installed (.ci/run installs them)");

const RULE_SET_ID = "qingdao-300-500";

async function agree(scene: NetworkScene): Promise<{ engine: number; pgrouting: number }> {
  const engine = new MetricsSession({ residential: scene.residential, parks: scene.parks, walkingNetwork: scene.network }, { ruleSetId: RULE_SET_ID }).report()
    .networkCoverage!;
  const cluster = await startCluster();
  try {
    loadNetworkScene(cluster, scene, centre(scene.residential));
    const result = pgroutingNetworkCoverage(cluster, resolveRuleSet(RULE_SET_ID).classes, 30, 50, 600);
    expect(Math.abs(engine.residentialAreaM2 / result.residentialAreaM2 - 1)).toBeLessThan(0.002);
    return { engine: engine.ratio, pgrouting: result.ratio };
  } finally {
    cluster.stop();
  }
}

describe.skipIf(!installed)("agreement with pgRouting", () => {
  test("generated city S with its street grid: overall walking coverage within 0.05 pp", async () => {
    const city = generateSyntheticCity("S", 5);
    const { engine, pgrouting } = await agree({ residential: city.residential, parks: city.parks, network: generateStreetGrid(city, 5) });
    expect(engine).toBeGreaterThan(0.3);
    expect(Math.abs(engine - pgrouting) * 100).toBeLessThan(0.05);
  }, 300_000);

  test.skipIf(!existsSync(ANDORRA))(
    "Andorra (OSM reader): overall walking coverage within 0.05 pp",
    async () => {
      const bytes = new Uint8Array(readFileSync(ANDORRA));
      const boundary = (await scanOsm(bytes, "andorra.pbf")).boundaries.find((b) => b.name === "Andorra" || b.nameEn === "Andorra");
      const project = await readOsmProject(
        bytes,
        "andorra.pbf",
        { ...DEFAULT_OSM_MAPPING, districtAdminLevel: null },
        boundary ? { kind: "boundary", relationId: boundary.relationId } : { kind: "extent" },
      );
      const lines = project.layers.network.features.filter((f) => f.geometry?.type === "LineString");
      const { engine, pgrouting } = await agree({
        residential: project.layers.residential,
        parks: project.layers.park,
        network: { type: "FeatureCollection", features: lines },
      });
      expect(engine).toBeGreaterThan(0.1);
      expect(Math.abs(engine - pgrouting) * 100).toBeLessThan(0.05);
    },
    600_000,
  );
});
