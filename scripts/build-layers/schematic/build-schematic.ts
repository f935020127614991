import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Feature, FeatureCollection, LineString, MultiLineString } from "geojson";
import { computeMetrics } from "../../../src/analysis/index";
import { readBaseInputs } from "./base-inputs";
import { buildBays } from "./build-bays";
import { buildGreenways } from "./build-greenways";
import { buildParks } from "./build-parks";
import { buildRedLine } from "./build-red-line";
import { buildResidential } from "./build-residential";
import { buildRivers } from "./build-rivers";
import { buildZones } from "./build-zones";
import { classifyShoreline } from "./classify-shoreline";
import { SCHEMATIC_METAS } from "./layer-metas";
import { serializeFeatures, writeLayer } from "./layer-writer";
import type { Polygonal } from "./polygon-ops";
import { readmeFor, type Stats } from "./readmes";
import { buildRegionContext } from "./region-context";
import { mainlandPaths } from "./shore-path";
import { writeWalkingNetworkLayer } from "./walking-network-layer";

/** The fixed seed of the schematic generator. */
export const SCHEMATIC_SEED = 20250101;

const km2 = (features: Feature[], filter: (feature: Feature) => boolean = () => true) =>
  (features.filter(filter).reduce((sum, feature) => sum + Number(feature.properties?.areaM2 ?? 0), 0) / 1e6).toFixed(1);
const km = (features: Feature[], filter: (feature: Feature) => boolean = () => true) =>
  features
    .filter(filter)
    .reduce((sum, feature) => sum + Number(feature.properties?.lengthKm ?? 0), 0)
    .toFixed(1);

/**
 * Builds the seven schematic layers from the committed base layers and writes `type` into
 * layers/shoreline/data.geojson through `classifyShoreline`. `rootDir` is the repository root (the
 * `layers` folder itself is accepted too). Returns the ids written.
 */
export async function buildSchematicLayers(rootDir: string): Promise<string[]> {
  const root = path.basename(path.resolve(rootDir)) === "layers" ? path.dirname(path.resolve(rootDir)) : path.resolve(rootDir);
  const inputs = readBaseInputs(root);
  const qingdao = buildRegionContext(inputs, "qingdao");
  const yantai = buildRegionContext(inputs, "yantai");
  const coast = mainlandPaths(inputs.shoreline);
  const seed = SCHEMATIC_SEED;
  const redLine = buildRedLine(qingdao, seed);
  const redLineLand = redLine.filter((feature) => feature.properties?.zone === "land").map((feature) => feature.geometry);
  const bays = buildBays([qingdao, yantai], coast);
  const rivers = buildRivers(qingdao, seed);
  const zones = buildZones(qingdao, redLine, seed);
  const urban = zones.find((feature) => feature.properties?.zone === "urban-development")?.geometry as Polygonal;
  const parks = buildParks(qingdao, { urban, redLineLand, rivers }, seed);
  const greenways = buildGreenways(qingdao, { coast, urban, rivers, parks }, seed);
  const residential = buildResidential(qingdao, { urban, parks, redLineLand, rivers }, seed);
  const census = qingdao.districts.reduce((sum, district) => sum + district.population, 0);
  const parkAreaKm2 = Number(km2(parks));
  const byType = new Map<string, number>();
  for (const park of parks) byType.set(String(park.properties?.type), (byType.get(String(park.properties?.type)) ?? 0) + 1);
  const population = residential.reduce((sum, feature) => sum + Number(feature.properties?.population), 0);
  const collection = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });
  const metrics = computeMetrics(
    { residential: collection(residential), parks: collection(parks), districts: collection(inputs.districts) },
    { ruleSetId: "qingdao-300-500" },
  );
  const percent = (ratio: number | undefined) => ((ratio ?? 0) * 100).toFixed(1);
  const coverage = {
    coverage: percent(metrics.parkCoverage?.ratio),
    green300: percent(metrics.parkCoverage?.byClass[0]?.ratio),
    park500: percent(metrics.parkCoverage?.byClass[1]?.ratio),
    population: percent(metrics.parkCoverage?.populationRatio),
  };
  const stats: Record<string, Stats> = {
    "ecological-red-line": {
      land: km2(redLine, (f) => f.properties?.zone === "land"),
      sea: km2(redLine, (f) => f.properties?.zone === "sea"),
      total: km2(redLine),
    },
    bay: { areas: bays.map((bay) => `${bay.properties?.name} ${(Number(bay.properties?.areaM2) / 1e6).toFixed(1)} km²`).join(", ") },
    river: { length: km(rivers), count: String(rivers.length) },
    greenway: {
      coastal: km(greenways, (f) => f.properties?.kind === "coastal"),
      ring: km(greenways, (f) => f.properties?.kind === "ring"),
      total: km(greenways),
      regional: km(greenways, (f) => f.properties?.level === "区域级"),
      city: km(greenways, (f) => f.properties?.level === "城市级"),
      community: km(greenways, (f) => f.properties?.level === "社区级"),
    },
    park: {
      count: String(parks.length),
      areaKm2: parkAreaKm2.toFixed(1),
      perCapita: census > 0 ? ((parkAreaKm2 * 1e6) / census).toFixed(1) : "n/a",
      byType: [...byType].map(([type, count]) => `${type} ${count}`).join(", "),
      ...coverage,
    },
    "urban-rural-zone": {
      urban: km2(zones, (f) => f.properties?.zone === "urban-development"),
      ecological: km2(zones, (f) => f.properties?.zone === "ecological"),
      agricultural: km2(zones, (f) => f.properties?.zone === "agricultural"),
    },
    "residential-land": {
      count: String(residential.length),
      census: String(census),
      population: String(population),
      areaKm2: km2(residential),
      meanHa: ((Number(km2(residential)) * 100) / Math.max(1, residential.length)).toFixed(2),
    },
  };
  const layers: [string, Feature[]][] = [
    ["ecological-red-line", redLine],
    ["bay", bays],
    ["river", rivers],
    ["greenway", greenways],
    ["park", parks],
    ["urban-rural-zone", zones],
    ["residential-land", residential],
  ];
  for (const [id, features] of layers) {
    const meta = SCHEMATIC_METAS[id];
    if (!meta) throw new Error(`no meta for ${id}`);
    const bytes = writeLayer(root, meta, features, readmeFor(id, stats[id] ?? {}));
    console.log(`[schematic] ${id}: ${features.length} features, ${(bytes / 1e6).toFixed(2)} MB`);
  }
  writeWalkingNetworkLayer(root, qingdao.projection, urban, residential, parks);
  const shorelineFile = path.join(root, "layers", "shoreline", "data.geojson");
  if (existsSync(shorelineFile)) {
    const shoreline = JSON.parse(readFileSync(shorelineFile, "utf8")) as FeatureCollection<LineString | MultiLineString>;
    writeFileSync(shorelineFile, serializeFeatures(classifyShoreline(shoreline).features));
    console.log("[schematic] shoreline: type natural/artificial written (schematic)");
  }
  return [...layers.map(([id]) => id), "walking-network"];
}
