/**
 * The metrics of one city computed inside PostGIS: the templates of `src/cli/postgis/` run in one transaction,
 * rolled back at its end (so its temporary tables and the city's projection leave nothing behind), on the server that holds the city, and only per-layer, per-district
 * sums come back. The result is the JS engine's `MetricsReport` (the blocks this engine computes: park coverage,
 * parks, greenways, red line, shoreline), so the CLI prints the same JSON.
 */
import type { ClientBase, QueryResult } from "pg";
import type { GreenwaysResult, MetricsReport, ParkCoverageResult, ParksSummary, RedLineResult, ShorelineResult } from "../domain/metrics-report";
import type { RuleSet } from "../domain/rule-sets";
import { renderStatements, template, type SqlValue, type TemplateName } from "./postgis-sql";

/** Where a city's layers are: a row source for each (`(SELECT … ) AS name`), on the connected server. */
export interface CityLayers {
  residential: string;
  parks: string;
  districts?: string;
  greenways?: string;
  redLine?: string;
  shoreline?: string;
}

export interface PostgisCityParams {
  ruleSet: RuleSet;
  greenwayRadiusM: number;
}

/** Spatial reference ids PostGIS leaves to users (up to 998999); a city's local frame takes one per connection. */
const USER_SRID_FIRST = 910_000;
const USER_SRID_COUNT = 88_000;

const WGS84_A = 6378137;
const WGS84_E2 = 0.00669437999014132;

/**
 * 2·M·N at a latitude (meridian and prime-vertical radii of curvature of WGS84, m²): the point scale of the local
 * transverse Mercator is k = 1 + x²/(2·M·N), the first term of the Gauss–Krüger series, as in the JS engine.
 */
function twiceGaussianRadiusSquaredM2(latDeg: number): number {
  const sinLat = Math.sin((latDeg * Math.PI) / 180);
  const w = 1 - WGS84_E2 * sinLat * sinLat;
  return 2 * ((WGS84_A * (1 - WGS84_E2)) / w ** 1.5) * (WGS84_A / Math.sqrt(w));
}

async function run(client: ClientBase, name: TemplateName, layers: CityLayers, values: Record<string, SqlValue>) {
  let rows: Record<string, unknown>[] = [];
  for (const statement of renderStatements(template(name), layers as unknown as Record<string, string>, values)) {
    let result: QueryResult;
    try {
      result = await client.query(statement.text, statement.values);
    } catch (error) {
      throw new Error(`${name}.sql: ${(error as Error).message}`);
    }
    if (result.command === "SELECT") rows = result.rows as Record<string, unknown>[];
  }
  return rows;
}

interface CoverageRow {
  layer: number;
  district: number;
  residential_m2: number;
  covered_m2: number;
  population: number;
  covered_population: number;
}

async function coverageRows(client: ClientBase, layers: CityLayers, sources: string, lastLayer: number): Promise<CoverageRow[]> {
  const rows = await run(client, "coverage", { ...layers, sources } as CityLayers, { last_layer: lastLayer });
  return rows.map((row) => ({
    layer: Number(row.layer),
    district: Number(row.district),
    residential_m2: Number(row.residential_m2),
    covered_m2: Number(row.covered_m2),
    population: Number(row.population),
    covered_population: Number(row.covered_population),
  }));
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function sum(rows: readonly CoverageRow[], key: keyof CoverageRow): number {
  return rows.reduce((total, row) => total + row[key], 0);
}

/** The park-coverage block from the coverage rows: layer 0 overall, layer c + 1 class c, district −1 outside all. */
function parkCoverageOf(rows: readonly CoverageRow[], ruleSet: RuleSet, districtNames: readonly string[] | undefined): ParkCoverageResult {
  const layer = (l: number) => rows.filter((row) => row.layer === l);
  const overall = layer(0);
  const residentialAreaM2 = sum(overall, "residential_m2");
  const coveredAreaM2 = sum(overall, "covered_m2");
  const population = sum(overall, "population");
  const result: ParkCoverageResult = {
    ratio: share(coveredAreaM2, residentialAreaM2),
    residentialAreaM2,
    coveredAreaM2,
    byClass: ruleSet.classes.map((radiusClass, c) => {
      const covered = sum(layer(c + 1), "covered_m2");
      return {
        radiusM: radiusClass.radiusM,
        minAreaM2: radiusClass.minAreaM2,
        ...(radiusClass.label ? { label: radiusClass.label } : {}),
        ratio: share(covered, residentialAreaM2),
        coveredAreaM2: covered,
      };
    }),
  };
  if (population > 0) result.populationRatio = sum(overall, "covered_population") / population;
  if (districtNames) {
    result.byDistrict = districtNames.map((name, d) => {
      const rowsOfDistrict = overall.filter((row) => row.district === d);
      const area = sum(rowsOfDistrict, "residential_m2"),
        covered = sum(rowsOfDistrict, "covered_m2"),
        people = sum(rowsOfDistrict, "population");
      return {
        name,
        ratio: share(covered, area),
        residentialAreaM2: area,
        coveredAreaM2: covered,
        ...(people > 0 ? { populationRatio: sum(rowsOfDistrict, "covered_population") / people } : {}),
      };
    });
  }
  return result;
}

/** 1 亩 (mu) = 2000/3 m². */
const SQUARE_METRES_PER_MU = 2000 / 3;

/**
 * 生态保护红线 areas (overlaps dissolved; land and sea from `zone`, the rest split by the districts, which cover
 * land) and, with districts, the land red line's share of each district and of all of them.
 */
async function redLineOf(client: ClientBase, layers: CityLayers, values: Record<string, SqlValue>, districtNames: readonly string[] | undefined) {
  await run(client, "red-line", layers, values);
  if (districtNames) await run(client, "red-line-split", layers, values);
  const [areas] = await run(client, "red-line-area", layers, values);
  const totalM2 = Number(areas?.area_m2);
  const result: RedLineResult = {
    areaKm2: totalM2 / 1e6,
    areaHa: totalM2 / 1e4,
    areaMu: totalM2 / SQUARE_METRES_PER_MU,
    landAreaKm2: Number(areas?.land_m2) / 1e6,
    seaAreaKm2: Number(areas?.sea_m2) / 1e6,
  };
  if (districtNames) {
    const rows = (await run(client, "red-line-by-district", layers, values)).map((row) => ({
      districtM2: Number(row.district_m2),
      landM2: Number(row.land_m2),
    }));
    result.byDistrict = rows.map((row, d) => ({
      name: districtNames[d] ?? `#${d + 1}`,
      landAreaKm2: row.landM2 / 1e6,
      landShare: share(row.landM2, row.districtM2),
    }));
    result.landShare = share(
      rows.reduce((total, row) => total + row.landM2, 0),
      rows.reduce((total, row) => total + row.districtM2, 0),
    );
  }
  return result;
}

/** 自然岸线保有率: dissolved shoreline length, its natural part, and their ratio. */
async function shorelineOf(client: ClientBase, layers: CityLayers, values: Record<string, SqlValue>): Promise<ShorelineResult> {
  const [lengths] = await run(client, "shoreline", layers, values);
  const lengthKm = Number(lengths?.length_km),
    naturalLengthKm = Number(lengths?.natural_length_km);
  return { lengthKm, naturalLengthKm, naturalRatio: share(naturalLengthKm, lengthKm) };
}

/** Cities computed so far on each connection. */
const citiesOnConnection = new WeakMap<ClientBase, number>();

/**
 * The spatial reference id for the next city on `client`: distinct per server process (`pid`) and per city on the
 * same connection, because PostGIS caches a connection's projections by id and would reuse the previous city's.
 */
function citySrid(client: ClientBase, pid: number): number {
  const runs = citiesOnConnection.get(client) ?? 0;
  citiesOnConnection.set(client, runs + 1);
  return USER_SRID_FIRST + ((pid + runs * 7_919) % USER_SRID_COUNT);
}

/**
 * Park service-radius coverage (GB 55014-2021 §2.1.3 indicator, radii of the rule set, Euclidean buffer of the park
 * boundary in the city's local transverse Mercator, ellipsoidal areas via `geography`), park counts and areas and,
 * with greenways, their dissolved ellipsoidal length and service coverage, the ecological red line's areas (land,
 * sea, per district) and the natural shoreline's share, for the city whose layers `layers` names on the server
 * `client` is connected to.
 */
export async function computePostgisCity(client: ClientBase, layers: CityLayers, params: PostgisCityParams): Promise<MetricsReport> {
  const { ruleSet } = params;
  await client.query("BEGIN");
  try {
    const [centre] = await run(client, "centre", layers, {});
    const lon = Number(centre?.lon),
      lat = Number(centre?.lat);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new Error("the residential layer has no features");
    const [backend] = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows;
    const values = {
      srid: citySrid(client, backend?.pid ?? 0),
      proj: `+proj=tmerc +lat_0=${lat} +lon_0=${lon} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs`,
      two_mn: twiceGaussianRadiusSquaredM2(lat),
      min_areas_m2: ruleSet.classes.map((c) => c.minAreaM2),
      radii_m: ruleSet.classes.map((c) => c.radiusM),
      radius_m: params.greenwayRadiusM,
      min_area_m2: ruleSet.classes[0]?.minAreaM2 ?? Number.MAX_VALUE,
    };
    await run(client, "projection", layers, values);
    await run(client, layers.districts ? "units-by-district" : "units", layers, values);
    const districtNames = layers.districts ? (await run(client, "district-names", layers, {})).map((row) => String(row.name)) : undefined;
    await run(client, "parks", layers, values);
    const parkRows = await coverageRows(client, layers, "park_sources", ruleSet.classes.length);
    const [summary] = await run(client, "parks-summary", layers, values);
    const report: MetricsReport = {
      ruleSet: { id: ruleSet.id, classes: ruleSet.classes, name: ruleSet.name, description: ruleSet.description, descriptionZh: ruleSet.descriptionZh },
      parkCoverage: parkCoverageOf(parkRows, ruleSet, districtNames),
      parks: {
        count: Number(summary?.count),
        countedCount: Number(summary?.counted_count),
        areaM2: Number(summary?.area_m2),
        byType: [],
      } satisfies ParksSummary,
    };
    if (layers.greenways) {
      await run(client, "greenways", layers, values);
      const [length] = await run(client, "greenway-length", layers, values);
      const covered = await coverageRows(client, layers, "greenway_sources", 0);
      report.greenways = {
        lengthKm: Number(length?.length_km),
        radiusM: params.greenwayRadiusM,
        coverageRatio: share(sum(covered, "covered_m2"), sum(covered, "residential_m2")),
        byLevel: [],
      } satisfies GreenwaysResult;
    }
    if (layers.redLine) report.redLine = await redLineOf(client, layers, values, districtNames);
    if (layers.shoreline) report.shoreline = await shorelineOf(client, layers, values);
    return report;
  } finally {
    await client.query("ROLLBACK").catch(() => undefined);
  }
}
