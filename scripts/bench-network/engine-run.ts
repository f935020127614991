/**
 * One engine run of `bench:network` in its own process (so peak RSS is this scene's): `andorra` or a synthetic
 * scale. Prints one JSON line: radius-only and radius + walking times, the walking ratio, a park addition, its
 * removal, a path addition and its removal (median of 5), peak RSS.
 */
import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection } from "geojson";
import { MetricsSession } from "../../src/analysis/index";
import { loadWasmOffsetKernel } from "../../src/analysis/geometry/offset-kernel";
import { generateSyntheticCity, type SyntheticScale } from "../../src/analysis/synthetic/synthetic-city";
import { generateStreetGrid } from "../../src/analysis/synthetic/synthetic-streets";
import { readOsmProject, scanOsm } from "../../src/io/osm/osm-project";
import { DEFAULT_OSM_MAPPING } from "../../src/io/osm/osm-types";
import { peakRssMb } from "../bench-lib/peak-rss";

export const ANDORRA_PBF = new URL("../../../shared/data/osm/andorra-latest_2021-10-28.osm.pbf", import.meta.url);
export const RULE_SET_ID = "qingdao-300-500";

/** The scene of a bench run: residential land, parks and the walking network (LineString edges with node ids). */
export async function benchScene(name: string): Promise<{ residential: FeatureCollection; parks: FeatureCollection; network: FeatureCollection }> {
  if (name === "andorra") {
    const bytes = new Uint8Array(readFileSync(ANDORRA_PBF));
    const boundary = (await scanOsm(bytes, "andorra.pbf")).boundaries.find((b) => b.name === "Andorra" || b.nameEn === "Andorra");
    const project = await readOsmProject(
      bytes,
      "andorra.pbf",
      { ...DEFAULT_OSM_MAPPING, districtAdminLevel: null },
      boundary ? { kind: "boundary", relationId: boundary.relationId } : { kind: "extent" },
    );
    const lines = project.layers.network.features.filter((f) => f.geometry?.type === "LineString");
    return { residential: project.layers.residential, parks: project.layers.park, network: { type: "FeatureCollection", features: lines } };
  }
  const city = generateSyntheticCity(name as SyntheticScale, 5);
  return { residential: city.residential, parks: city.parks, network: generateStreetGrid(city, 5) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

if (import.meta.url === `file://${process.argv[1]}`) {
  // As the CLI and the app's analysis worker do; BENCH_TS_OFFSET=1 keeps clipper2-ts for a same-machine comparison.
  const wasmOffset = process.env.BENCH_TS_OFFSET ? false : await loadWasmOffsetKernel();
  const scene = await benchScene(process.argv[2] ?? "S");
  const input = { residential: scene.residential, parks: scene.parks };
  let t = performance.now();
  new MetricsSession(input, { ruleSetId: RULE_SET_ID }).report();
  const radiusMs = performance.now() - t;
  t = performance.now();
  const session = new MetricsSession({ ...input, walkingNetwork: scene.network }, { ruleSetId: RULE_SET_ID });
  const report = session.report();
  const bothMs = performance.now() - t;
  const parkMs: number[] = [],
    removeMs: number[] = [],
    pathMs: number[] = [],
    pathRemoveMs: number[] = [];
  const parks = scene.parks.features;
  const edges = scene.network.features;
  for (let k = 0; k < 5; k++) {
    const park = parks[(k * 97) % parks.length] as Feature;
    t = performance.now();
    session.setPark(parks.length, park);
    parkMs.push(performance.now() - t);
    t = performance.now();
    session.setPark(parks.length, null);
    removeMs.push(performance.now() - t);
    const edge = edges[(k * 131) % edges.length] as Feature;
    t = performance.now();
    session.setPath(0, { ...edge, properties: {} });
    pathMs.push(performance.now() - t);
    t = performance.now();
    session.setPath(0, null);
    pathRemoveMs.push(performance.now() - t);
  }
  console.log(
    JSON.stringify({
      scene: process.argv[2],
      offsetKernel: wasmOffset ? "clipper2-wasm" : "clipper2-ts",
      parcels: scene.residential.features.length,
      parks: parks.length,
      edges: report.networkCoverage?.network.edgeCount,
      radiusMs,
      bothMs,
      networkMs: bothMs - radiusMs,
      radiusRatio: report.parkCoverage?.ratio,
      walkRatio: report.networkCoverage?.ratio,
      parkEditMs: median(parkMs),
      parkRemoveMs: median(removeMs),
      pathEditMs: median(pathMs),
      pathRemoveMs: median(pathRemoveMs),
      maxRssMB: peakRssMb(),
    }),
  );
}
