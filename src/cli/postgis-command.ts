/**
 * `--engine postgis`: the metrics computed inside PostGIS (`postgis-engine.ts`) over layers the CLI loads with
 * COPY (`postgis-load.ts`) or over existing tables (`--table-residential schema.table` …). With `--by-city` (or
 * `--city NAME`) the tables are a province's, with a `city` column, possibly partitioned by city over several
 * servers (`postgis-route.ts`): each city runs on the server that holds it, `--jobs` cities at a time.
 */
import type { FeatureCollection } from "geojson";
import pg from "pg";
import type { MetricsInput } from "../analysis/index";
import { resolveRuleSet } from "../domain/rule-sets";
import type { CliArgs } from "./cli-args";
import { InputError } from "./cli-errors";
import { jsonText, reportToJson } from "./cli-output";
import { computePostgisCity, type CityLayers } from "./postgis-engine";
import { loadLayer, type LoadableLayer } from "./postgis-load";
import { cityPlaces, tableCities, type CityPlace } from "./postgis-route";
import { quoteTable } from "./postgis-sql";
import type { Progress } from "./progress";

/** The JS engine's default greenway radius (m), repeated here so the CLI's PostGIS path loads no engine code. */
const DEFAULT_GREENWAY_RADIUS_M = 1000;

const LAYER_TABLE_FLAGS = {
  residential: "tableResidential",
  parks: "tableParks",
  districts: "tableDistricts",
  greenways: "tableGreenways",
  redLine: "tableRedLine",
  shoreline: "tableShoreline",
} as const satisfies Record<LoadableLayer, keyof CliArgs>;

const LAYERS = Object.keys(LAYER_TABLE_FLAGS) as LoadableLayer[];

function tableFlags(args: CliArgs): Partial<Record<LoadableLayer, string>> {
  return Object.fromEntries(LAYERS.flatMap((layer) => (args[LAYER_TABLE_FLAGS[layer]] ? [[layer, args[LAYER_TABLE_FLAGS[layer]] as string]] : [])));
}

async function connect(config: string | pg.ClientConfig, label: string): Promise<pg.Client> {
  const client = new pg.Client(config);
  try {
    await client.connect();
  } catch (error) {
    throw new InputError(`--db ${label}: cannot connect (${(error as Error).message})`);
  }
  return client;
}

/** A row source for a template: the table's rows, those of one city when `city` is given. */
function source(name: string, table: string, city: string | undefined): string {
  return `(SELECT * FROM ${quoteTable(table)}${city === undefined ? "" : ` WHERE city = ${pg.escapeLiteral(city)}`}) AS ${name}`;
}

function params(args: CliArgs) {
  return { ruleSet: resolveRuleSet(args.rules), greenwayRadiusM: args.greenwayRadiusM ?? DEFAULT_GREENWAY_RADIUS_M };
}

async function cityJson(client: pg.ClientBase, tables: Partial<Record<LoadableLayer, string>>, city: string | undefined, args: CliArgs) {
  if (!tables.residential || !tables.parks)
    throw new InputError("--engine postgis needs residential land and parks (files or --table-residential/--table-parks)");
  const layers: CityLayers = {
    residential: source("residential", tables.residential, city),
    parks: source("parks", tables.parks, city),
    ...(tables.districts ? { districts: source("districts", tables.districts, city) } : {}),
    ...(tables.greenways ? { greenways: source("greenways", tables.greenways, city) } : {}),
    ...(tables.redLine ? { redLine: source("red_line", tables.redLine, city) } : {}),
    ...(tables.shoreline ? { shoreline: source("shoreline", tables.shoreline, city) } : {}),
  };
  try {
    return reportToJson(await computePostgisCity(client, layers, params(args)), false);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`--db: PostGIS: ${(error as Error).message}`);
  }
}

/**
 * The single-run JSON computed in PostGIS: the layers read from files are loaded into `--schema` first; tables
 * named with `--table-…` are read as they are (one city of them with `--city`).
 */
export async function computePostgisJson(args: CliArgs, input: Partial<MetricsInput>, summaries: Record<string, unknown>, progress: Progress) {
  const client = await connect(args.db as string, "URL");
  try {
    const tables = tableFlags(args);
    for (const layer of LAYERS) {
      const collection = input[layer] as FeatureCollection | undefined;
      if (!collection || tables[layer]) continue;
      progress.update(0.45, `loading ${layer} into PostGIS`);
      tables[layer] = await loadLayer(client, args.schema, layer, collection);
    }
    progress.update(0.5, "computing the metrics in PostGIS");
    return { ...(await cityJson(client, tables, args.city, args)), inputs: summaries };
  } finally {
    await client.end();
  }
}

/**
 * Every city of the province tables (`--by-city`), each computed on the server holding its residential
 * partition, `--jobs` at a time; one `{"name", <blocks>, "server", "seconds"}` entry per city, `"error"` instead
 * of the blocks for a city that failed (the others go on).
 */
async function computePostgisByCity(args: CliArgs, progress: Progress): Promise<{ cities: Record<string, unknown>[] }> {
  const tables = tableFlags(args);
  if (!tables.residential || !tables.parks) throw new InputError("--by-city needs --table-residential and --table-parks");
  const coordinator = await connect(args.db as string, "URL");
  const placesByLayer = new Map<LoadableLayer, Map<string, CityPlace>>();
  let cities: string[];
  try {
    for (const [layer, table] of Object.entries(tables) as [LoadableLayer, string][]) placesByLayer.set(layer, await cityPlaces(coordinator, table));
    const partitioned = placesByLayer.get("residential") as Map<string, CityPlace>;
    cities = partitioned.size > 0 ? [...partitioned.keys()].sort() : await tableCities(coordinator, tables.residential);
  } catch (error) {
    await coordinator.end();
    throw error instanceof InputError ? error : new InputError(`--db: PostGIS: ${(error as Error).message}`);
  }
  const results: Record<string, unknown>[] = new Array(cities.length);
  let next = 0,
    done = 0;
  const worker = async () => {
    while (next < cities.length) {
      const index = next++;
      const city = cities[index] as string;
      const started = performance.now();
      const places = LAYERS.filter((layer) => tables[layer]).map(
        (layer) => [layer, placesByLayer.get(layer)?.get(city) ?? { table: tables[layer] as string }] as const,
      );
      const servers = new Set(places.map(([, place]) => place.server?.label ?? "coordinator"));
      let entry: Record<string, unknown>;
      if (servers.size > 1) {
        entry = { name: city, error: `the layers of ${city} are on different servers (${[...servers].join(", ")})` };
      } else {
        const server = places[0]?.[1].server;
        let client: pg.Client | undefined;
        try {
          client = server ? await connect(server, server.label) : await connect(args.db as string, "URL");
          const cityTables = Object.fromEntries(places.map(([layer, place]) => [layer, place.table]));
          entry = { name: city, ...(await cityJson(client, cityTables, city, args)) };
        } catch (error) {
          entry = { name: city, error: (error as Error).message };
        } finally {
          await client?.end();
        }
      }
      const seconds = (performance.now() - started) / 1000;
      results[index] = { ...entry, server: [...servers][0], seconds: Number(seconds.toFixed(3)) };
      done++;
      progress.note(`postgis: ${done}/${cities.length} ${city} on ${[...servers][0]}: ${entry.error ? "failed" : "done"} in ${seconds.toFixed(1)} s`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(args.jobs ?? 1, cities.length) }, worker));
  } finally {
    await coordinator.end();
  }
  return { cities: results };
}

/** `--by-city` as a command: the cities' JSON on stdout; exit code 3 when some city failed (its entry says why). */
export async function runPostgisByCity(args: CliArgs, progress: Progress): Promise<number> {
  const province = await computePostgisByCity(args, progress);
  progress.end();
  process.stdout.write(jsonText(province));
  return province.cities.some((city) => city.error !== undefined) ? 3 : 0;
}
