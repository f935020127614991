/**
 * Parsing `shanhai [COMMAND] [FLAGS]` with Node's `util.parseArgs` over the flag tables of cli-flags.ts.
 * Each value flag may be given once (`--flag VALUE` or `--flag=VALUE`); switches take no value; numbers are
 * plain decimals. The first word, when it is not a flag, names the command (metrics when absent).
 */
import { parseArgs } from "node:util";
import { UsageError } from "./cli-errors";
import { type BATCH_FLAGS, COMMANDS, METRICS_FLAGS, type SITE_FLAGS, type CommandName, type FlagTable, type ParsedFlags } from "./cli-flags";

/** Parsed command line of the metrics command. */
export type CliArgs = Omit<ParsedFlags<typeof METRICS_FLAGS>, "help">;
/** Parsed command line of `shanhai batch`. */
export type BatchArgs = Omit<ParsedFlags<typeof BATCH_FLAGS>, "help">;
/** The parsed flags of `shanhai site`. */
export type SiteArgs = Omit<ParsedFlags<typeof SITE_FLAGS>, "help">;

function checkSite(args: SiteArgs): SiteArgs {
  if (!args.demand) throw new UsageError("site needs --demand FILE");
  if (!args.candidates) throw new UsageError("site needs --candidates FILE");
  if (args.radiusM === undefined) throw new UsageError("site needs --radius-m M (the service distance of the park class)");
  if ((args.count === undefined) === (args.targetRatio === undefined)) throw new UsageError("site needs exactly one of --count N and --target-ratio X");
  if (args.network && args.distanceMatrix) throw new UsageError("site takes --network or --distance-matrix, not both");
  return args;
}

export type CommandLine =
  | { command: "help"; topic?: CommandName }
  | { command: "metrics"; args: CliArgs }
  | { command: "batch"; args: BatchArgs }
  | { command: "site"; args: SiteArgs };

/** Reads the flags of one table; `help: true` when `--help` or `-h` is among them. */
export function parseFlags<T extends FlagTable>(argv: readonly string[], table: T): ParsedFlags<T> {
  const byName = new Map(Object.entries(table).map(([key, spec]) => [spec.flag.slice(2), { key, spec }]));
  const options = Object.fromEntries([...byName].map(([name, { spec }]) => [name, { type: spec.value ? "string" : "boolean" } as const]));
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind === "positional") throw new UsageError(`unexpected argument "${token.value}"`);
    if (token.kind !== "option") continue;
    if (token.rawName === "-h" || token.name === "help") return { ...out, help: true } as ParsedFlags<T>;
    const entry = byName.get(token.name);
    if (!entry || !token.rawName.startsWith("--")) throw new UsageError(`unknown option ${argv[token.index]}`);
    const { key, spec } = entry;
    if (!spec.value) {
      if (token.value !== undefined) throw new UsageError(`${spec.flag} takes no value (write ${spec.flag} alone)`);
      out[key] = true;
      continue;
    }
    const text = token.value;
    if (text === undefined || (!token.inlineValue && text.startsWith("--"))) throw new UsageError(`option ${spec.flag} needs a value`);
    if (seen.has(key)) throw new UsageError(`${spec.flag} is given twice`);
    seen.add(key);
    if (spec.choices && !spec.choices.includes(text)) throw new UsageError(`unknown ${spec.value.toLowerCase()} "${text}" (${spec.choices.join(", ")})`);
    out[key] = spec.parse ? spec.parse(text) : text;
  }
  for (const [key, spec] of Object.entries(table)) {
    if (out[key] === undefined) out[key] = spec.value ? spec.default : false;
  }
  return out as ParsedFlags<T>;
}

/** The rules between metrics flags: two layers or an OSM extract; the OSM-only flags need `--osm`. */
export function checkMetricsArgs(args: CliArgs): CliArgs {
  checkEngine(args);
  if (args.osm !== undefined) return args;
  for (const [key, tableKey] of [
    ["residential", "tableResidential"],
    ["parks", "tableParks"],
  ] as const) {
    if (args[key] && args[tableKey]) throw new UsageError(`give ${METRICS_FLAGS[key].flag} FILE or ${METRICS_FLAGS[tableKey].flag}, not both`);
    if (!args[key] && !args[tableKey]) throw new UsageError(`missing ${METRICS_FLAGS[key].flag} FILE (or --osm FILE)`);
  }
  for (const key of ["osmBoundary", "osmAdminLevel", "exportLayers"] as const) {
    if (args[key] !== undefined) throw new UsageError(`${METRICS_FLAGS[key].flag} needs --osm FILE`);
  }
  return args;
}

/** Flags the PostGIS engine does not compute yet. */
const JS_ONLY = ["network", "blindSpots", "serviceAreas", "networkServiceAreas", "detail"] as const;
const POSTGIS_ONLY = [
  "db",
  "tableResidential",
  "tableParks",
  "tableDistricts",
  "tableGreenways",
  "tableRedLine",
  "tableShoreline",
  "city",
  "byCity",
  "jobs",
] as const;

/**
 * `--engine postgis` needs `--db`, reads tables or files, and computes park coverage, parks, greenways, the red
 * line and the shoreline.
 */
function checkEngine(args: CliArgs): void {
  if (args.engine === "js") {
    const given = POSTGIS_ONLY.find((key) => args[key] !== undefined && args[key] !== false);
    if (given) throw new UsageError(`${METRICS_FLAGS[given].flag} needs --engine postgis`);
    return;
  }
  if (!args.db) throw new UsageError("--engine postgis needs --db postgres://…");
  const jsOnly = JS_ONLY.find((key) => args[key] !== undefined && args[key] !== false);
  if (jsOnly) throw new UsageError(`${METRICS_FLAGS[jsOnly].flag} is not computed by --engine postgis (use --engine js)`);
  if (args.byCity && args.city) throw new UsageError("give --city NAME or --by-city, not both");
  if (args.byCity && (!args.tableResidential || !args.tableParks)) throw new UsageError("--by-city needs --table-residential and --table-parks");
}

function checkBatch(args: BatchArgs): BatchArgs {
  if (!args.manifest) throw new UsageError("missing --manifest FILE");
  if (args.format === "xlsx" && !args.out) throw new UsageError("--format xlsx needs --out FILE (a spreadsheet is not written to a terminal)");
  return args;
}

/**
 * Parses argv (without node and script) into a command and its flags.
 * @throws UsageError
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const first = argv[0];
  const named = first !== undefined && !first.startsWith("-");
  if (named && !(first in COMMANDS)) throw new UsageError(`unknown command "${first}" (${Object.keys(COMMANDS).join(", ")})`);
  const command = (named ? first : "metrics") as CommandName;
  const rest = named ? argv.slice(1) : argv;
  const { help, ...flags } = parseFlags(rest, COMMANDS[command].flags);
  if (help) return { command: "help", ...(named ? { topic: command } : {}) };
  if (command === "batch") return { command, args: checkBatch(flags as BatchArgs) };
  if (command === "site") return { command, args: checkSite(flags as SiteArgs) };
  return { command, args: checkMetricsArgs(flags as CliArgs) };
}
