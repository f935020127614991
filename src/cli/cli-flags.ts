/**
 * The command line of `shanhai`: one table of flags per subcommand. Adding a flag is one entry: its key is the
 * property the parsed arguments get (typed from the entry), `flag` the long option, `value` the placeholder of
 * a value option (none for a switch), `unit` what the value measures, `parse` the check of its text.
 */
import { DEFAULT_RULE_SET_ID } from "../domain/rule-sets";
import { UsageError } from "./cli-errors";

interface FlagSpec {
  /** The long option, e.g. `--red-line`. */
  flag: string;
  /** Placeholder of the value (`FILE`, `M`, `N`…); absent for a switch that takes no value. */
  value?: string;
  /** What the value is measured in or names (metres, a path…), shown by `--help`. */
  unit: string;
  help: string;
  /** The values allowed; the parsed property is their union. */
  choices?: readonly string[];
  /** Reads the text of the value; throws `UsageError` when it is not acceptable. */
  parse?: (text: string) => unknown;
  default?: string;
}

export type FlagTable = Record<string, FlagSpec>;

type ValueOf<S extends FlagSpec> = S extends { parse: (text: string) => infer R }
  ? R
  : S extends { choices: readonly (infer C)[] }
    ? C
    : S extends { value: string }
      ? string
      : boolean;

/** The parsed flags of a table: switches are always there, values with a default too, others may be absent. */
export type ParsedFlags<T extends FlagTable> = {
  [K in keyof T]: T[K] extends { value: string } ? (T[K] extends { default: string } ? ValueOf<T[K]> : ValueOf<T[K]> | undefined) : boolean;
};

/** A plain decimal number: digits, optionally a fraction (no sign, exponent, hex, blanks or Infinity). */
const DECIMAL = /^\d+(\.\d+)?$/;

function positiveMetres(flag: string) {
  return (text: string): number => {
    const value = DECIMAL.test(text) ? Number(text) : NaN;
    if (!(Number.isFinite(value) && value > 0)) throw new UsageError(`${flag} must be a positive decimal number of metres (got "${text}")`);
    return value;
  };
}

function wholeNumber(flag: string, min: number, max: number) {
  return (text: string): number => {
    const value = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
    if (!(value >= min && value <= max)) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${text}")`);
    return value;
  };
}

const file = (flag: string, help: string) => ({ flag, value: "FILE", unit: "path; any format the app imports", help }) as const;
const table = (flag: string, help: string) =>
  ({
    flag,
    value: "SCHEMA.TABLE",
    unit: "table with geom in EPSG:4326 (and a city column for --city/--by-city)",
    help: `${help}, read by --engine postgis`,
  }) as const;
const output = (flag: string, help: string) => ({ flag, value: "OUT.geojson", unit: "path of a GeoJSON file to write", help }) as const;

const COMMON_FLAGS = {
  quiet: { flag: "--quiet", unit: "switch", help: "silence the warnings printed on stderr" },
  help: { flag: "--help", unit: "switch", help: "print this help on stdout and exit" },
} as const satisfies FlagTable;

const RULES_FLAG = {
  flag: "--rules",
  value: "ID",
  unit: "rule set id (gb50563-2010, qingdao-300-500, who-2016, custom:AREA_M2=RADIUS_M,…)",
  help: "service-radius rule set",
  default: DEFAULT_RULE_SET_ID,
} as const;

/** `shanhai [metrics]`: the indicators of one city. */
export const METRICS_FLAGS = {
  residential: file("--residential", "residential land (required unless --osm gives it)"),
  parks: file("--parks", "parks (required unless --osm gives them)"),
  greenways: file("--greenways", "greenways (lines)"),
  redLine: file("--red-line", "ecological red line (polygons)"),
  districts: file("--districts", "districts: coverage per district"),
  shoreline: file("--shoreline", "shoreline (lines)"),
  osm: {
    flag: "--osm",
    value: "FILE",
    unit: "path of an OSM extract (.osm.pbf, .osm, .osm.gz, Overpass JSON)",
    help: "derive the role layers from OpenStreetMap",
  },
  osmBoundary: {
    flag: "--osm-boundary",
    value: "NAME_OR_ID",
    unit: "boundary relation name or id",
    help: "clip the OSM layers to this boundary (needs --osm)",
  },
  osmAdminLevel: {
    flag: "--osm-admin-level",
    value: "N",
    unit: "OSM admin_level, 1–12",
    help: "boundaries of this level are the districts (needs --osm)",
    parse: wholeNumber("--osm-admin-level", 1, 12),
  },
  exportLayers: { flag: "--export-layers", value: "DIR", unit: "path of a folder", help: "write the derived OSM role layers as <role>.geojson (needs --osm)" },
  rules: RULES_FLAG,
  greenwayRadiusM: { flag: "--greenway-radius", value: "M", unit: "metres", help: "greenway service radius", parse: positiveMetres("--greenway-radius") },
  blindSpots: output("--blind-spots", "write the residential land outside every service area"),
  serviceAreas: output("--service-areas", "write the dissolved service areas, overall and per class"),
  network: file("--network", "walking network (lines): adds networkCoverage (--osm derives one)"),
  networkAccessM: {
    flag: "--network-access-m",
    value: "M",
    unit: "metres",
    help: "access zone around each park (walking starts there; default 30)",
    parse: positiveMetres("--network-access-m"),
  },
  walkBufferM: {
    flag: "--walk-buffer-m",
    value: "M",
    unit: "metres",
    help: "street-to-door buffer of the reached network (default 50)",
    parse: positiveMetres("--walk-buffer-m"),
  },
  networkServiceAreas: output("--network-service-areas", "write the walking service areas, overall and per class"),
  engine: {
    flag: "--engine",
    value: "ENGINE",
    unit: "js | postgis",
    help: "compute in this process (js) or inside PostGIS (needs --db)",
    choices: ["js", "postgis"],
    default: "js",
  },
  db: { flag: "--db", value: "URL", unit: "postgres://user@host:port/database", help: "the PostGIS database of --engine postgis" },
  schema: {
    flag: "--schema",
    value: "NAME",
    unit: "schema name",
    help: "where --engine postgis loads the layers read from files (replaced each run)",
    default: "shanhai",
  },
  tableResidential: table("--table-residential", "residential land (columns id, geom, population)"),
  tableParks: table("--table-parks", "parks (columns id, geom, area_m2 for point parks)"),
  tableDistricts: table("--table-districts", "districts (columns id, geom, name)"),
  tableGreenways: table("--table-greenways", "greenways (columns id, geom)"),
  tableRedLine: table("--table-red-line", "ecological red line (columns id, geom, zone)"),
  tableShoreline: table("--table-shoreline", "shoreline (columns id, geom, type)"),
  city: { flag: "--city", value: "NAME", unit: "value of the tables' city column", help: "compute this city of province tables (--engine postgis)" },
  byCity: { flag: "--by-city", unit: "switch", help: "compute every city of the province tables, each on the server holding it (--engine postgis)" },
  jobs: {
    flag: "--jobs",
    value: "N",
    unit: "connections, 1–64",
    help: "cities computed at once with --by-city (default 1)",
    parse: wholeNumber("--jobs", 1, 64),
  },
  format: { flag: "--format", value: "FORMAT", unit: "json | csv | md", help: "output format on stdout", choices: ["json", "csv", "md"], default: "json" },
  detail: { flag: "--detail", unit: "switch", help: "add the engine's breakdowns (ha, 亩, per district, level and type)" },
  ...COMMON_FLAGS,
} as const satisfies FlagTable;

/** `shanhai batch`: the indicators of every city of a manifest, in worker threads. */
export const BATCH_FLAGS = {
  manifest: {
    flag: "--manifest",
    value: "FILE",
    unit: 'path of a JSON manifest {"cities": […]}',
    help: "the cities and their layer files (paths relative to the manifest)",
  },
  jobs: {
    flag: "--jobs",
    value: "N",
    unit: "worker threads, 1–64",
    help: "cities computed at once (default: the number of cores)",
    parse: wholeNumber("--jobs", 1, 64),
  },
  memoryMb: {
    flag: "--memory",
    value: "MB",
    unit: "megabytes of JavaScript heap per job, 64–16384",
    help: "heap limit of each worker; a city that exceeds it fails alone (default 2048)",
    parse: wholeNumber("--memory", 64, 16_384),
  },
  rules: { ...RULES_FLAG, help: "service-radius rule set of the cities that name none" },
  format: { flag: "--format", value: "FORMAT", unit: "csv | xlsx | json", help: "the table's format", choices: ["csv", "xlsx", "json"], default: "csv" },
  out: { flag: "--out", value: "FILE", unit: "path of the table to write", help: "write the table to this file instead of stdout (required for xlsx)" },
  ...COMMON_FLAGS,
} as const satisfies FlagTable;

function ratio(flag: string) {
  return (text: string): number => {
    const value = DECIMAL.test(text) ? Number(text) : NaN;
    if (!(value > 0 && value <= 1)) throw new UsageError(`${flag} must be a decimal number in (0, 1] (got "${text}")`);
    return value;
  };
}

/** `shanhai site`: where new parks would close the coverage gaps (maximal covering / set covering). */
export const SITE_FLAGS = {
  demand: file("--demand", "demand: residential land or people (polygons by their representative point, or points)"),
  candidates: file("--candidates", "candidate sites (points, or polygons by their representative point)"),
  count: {
    flag: "--count",
    value: "N",
    unit: "number of new sites, 1–100000",
    help: "how many sites to choose (required unless --target-ratio)",
    parse: wholeNumber("--count", 1, 100_000),
  },
  radiusM: { flag: "--radius-m", value: "M", unit: "metres", help: "service distance of the park class", parse: positiveMetres("--radius-m") },
  existing: file("--existing", "existing parks: the demand they serve counts as covered"),
  weightField: { flag: "--weight-field", value: "NAME", unit: "attribute name", help: "demand weight (default: population, else area in m²)" },
  idField: {
    flag: "--id-field",
    value: "NAME",
    unit: "attribute name",
    help: "ids of demand units and candidates (default: feature id, else position from 1)",
  },
  network: file("--network", "walking network (lines): coverage by walking distance along it instead of a straight line"),
  distanceMatrix: {
    flag: "--distance-matrix",
    value: "CSV",
    unit: "path of an origin–destination CSV",
    help: "network distances instead of straight lines (ids are --id-field values)",
  },
  matrixColumns: {
    flag: "--matrix-columns",
    value: "candidate=COL,demand=COL,distance=COL",
    unit: "column names of the CSV",
    help: "which CSV columns hold the ids and the distance",
    default: "candidate=candidate,demand=demand,distance=distance",
  },
  targetRatio: {
    flag: "--target-ratio",
    value: "X",
    unit: "ratio in (0, 1]",
    help: "fewest sites reaching this covered ratio (set covering) instead of --count",
    parse: ratio("--target-ratio"),
  },
  method: {
    flag: "--method",
    value: "METHOD",
    unit: "exact | greedy",
    help: "exact MIP (HiGHS) or greedy with a bound (default: exact when the instance is small enough)",
    choices: ["exact", "greedy"],
  },
  format: { flag: "--format", value: "FORMAT", unit: "json | csv", help: "output format on stdout", choices: ["json", "csv"], default: "json" },
  ...COMMON_FLAGS,
} as const satisfies FlagTable;

export const COMMANDS = {
  metrics: {
    flags: METRICS_FLAGS,
    summary: "the planning indicators of one city (the default command)",
    usage: "shanhai [metrics] (--residential FILE --parks FILE | --osm FILE) [options]",
  },
  batch: {
    flags: BATCH_FLAGS,
    summary: "the indicators of every city in a manifest, one row each",
    usage: "shanhai batch --manifest cities.json [--jobs N] [--format csv|xlsx|json]",
  },
  site: {
    flags: SITE_FLAGS,
    summary: "the candidate park sites that close most of the coverage gap",
    usage: "shanhai site --demand FILE --candidates FILE (--count N | --target-ratio X) --radius-m M [options]",
  },
} as const;

export type CommandName = keyof typeof COMMANDS;

function flagLines(table: FlagTable): string[] {
  const specs = Object.values(table);
  const heads = specs.map((spec) => `  ${spec.flag}${spec.value ? ` ${spec.value}` : ""}`);
  const width = Math.max(...heads.map((head) => head.length)) + 2;
  return specs.map((spec, i) => `${heads[i]!.padEnd(width)}${spec.help} [${spec.unit}${spec.default ? `; default ${spec.default}` : ""}]`);
}

/** The help of one command, or of all of them: every flag with its value, unit and default. */
export function helpText(command?: CommandName): string {
  const names = command ? [command] : (Object.keys(COMMANDS) as CommandName[]);
  const sections = names.map((name) => {
    const { flags, summary, usage } = COMMANDS[name];
    return [`${name}: ${summary}`, `usage: ${usage}`, ...flagLines(flags)].join("\n");
  });
  const head = command
    ? []
    : [
        "shanhai — planning metrics over the app's engine. Results on stdout, warnings and progress on stderr;",
        "exit 0 on success, 2 on a usage or input problem (one line on stderr), 1 on an internal failure,",
        "3 when a batch finished but some city failed (its row says why).",
        "",
      ];
  return [...head, sections.join("\n\n"), ""].join("\n");
}
