/** Parsed command line of `npm run metrics`. */
export interface CliArgs {
  /** Required unless `osm` is given (then it overrides the derived residential layer). */
  residential?: string;
  /** Required unless `osm` is given (then it overrides the derived park layer). */
  parks?: string;
  /** An OSM extract (`.osm.pbf`, `.osm`, `.osm.gz`, Overpass JSON) whose role layers are the input. */
  osm?: string;
  /** Boundary relation (name or id) the OSM layers are clipped to. */
  osmBoundary?: string;
  /** `admin_level` of the OSM boundaries used as districts. */
  osmAdminLevel?: number;
  /** Folder the derived OSM role layers are written to, one `<role>.geojson` each. */
  exportLayers?: string;
  greenways?: string;
  redLine?: string;
  districts?: string;
  shoreline?: string;
  rules: string;
  greenwayRadiusM?: number;
  blindSpots?: string;
  serviceAreas?: string;
  format: "json" | "csv" | "md";
  detail: boolean;
  /** Silences the warnings printed on stderr. */
  quiet: boolean;
}

/** A usage problem: reported as one line with exit code 2. */
export class UsageError extends Error {}

const FILE_FLAGS: Record<string, keyof CliArgs> = {
  "--residential": "residential",
  "--parks": "parks",
  "--greenways": "greenways",
  "--red-line": "redLine",
  "--districts": "districts",
  "--shoreline": "shoreline",
  "--blind-spots": "blindSpots",
  "--service-areas": "serviceAreas",
  "--osm": "osm",
  "--osm-boundary": "osmBoundary",
  "--export-layers": "exportLayers",
};

const USAGE =
  "usage: npm run --silent metrics -- (--residential FILE --parks FILE | --osm FILE [--osm-boundary NAME_OR_RELATION_ID] " +
  "[--osm-admin-level N] [--export-layers DIR]) [--greenways FILE] [--red-line FILE] " +
  "[--districts FILE] [--shoreline FILE] [--rules ID] [--greenway-radius M] [--blind-spots OUT.geojson] " +
  "[--service-areas OUT.geojson] " +
  "[--format json|csv|md] [--detail] [--quiet]";

const VALUE_FLAGS = new Set([...Object.keys(FILE_FLAGS), "--rules", "--greenway-radius", "--format", "--osm-admin-level"]);
const BOOLEAN_FLAGS = new Set(["--detail", "--quiet"]);
/** A plain decimal number: digits, optionally a fraction (no sign, exponent, hex, blanks or Infinity). */
const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * Parses argv (without node and script). Each value option may be given once (`--flag VALUE` or
 * `--flag=VALUE`); the boolean options `--detail` and `--quiet` take no value; numbers are plain decimals.
 * @throws UsageError
 */
export function parseCliArgs(argv: readonly string[], defaultRuleSetId: string): CliArgs {
  const values: Record<string, string> = {};
  const booleans = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [flag, inline] = raw.includes("=") ? [raw.slice(0, raw.indexOf("=")), raw.slice(raw.indexOf("=") + 1)] : [raw, undefined];
    if (flag === "--help" || flag === "-h") throw new UsageError(USAGE);
    if (BOOLEAN_FLAGS.has(flag)) {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value (write ${flag} alone)`);
      booleans.add(flag);
      continue;
    }
    if (!VALUE_FLAGS.has(flag)) throw new UsageError(`unknown option ${raw}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`option ${flag} needs a value`);
    if (flag in values) throw new UsageError(`${flag} is given twice`);
    values[flag] = value;
  }
  if (values["--osm"] === undefined) {
    for (const required of ["--residential", "--parks"]) {
      if (!values[required]) throw new UsageError(`missing ${required} FILE (or --osm FILE)`);
    }
    for (const osmOnly of ["--osm-boundary", "--osm-admin-level", "--export-layers"]) {
      if (values[osmOnly] !== undefined) throw new UsageError(`${osmOnly} needs --osm FILE`);
    }
  }
  const format = values["--format"] ?? "json";
  if (format !== "json" && format !== "csv" && format !== "md") throw new UsageError(`unknown format "${format}" (json, csv, md)`);
  const args: CliArgs = {
    rules: values["--rules"] ?? defaultRuleSetId, format,
    detail: booleans.has("--detail"), quiet: booleans.has("--quiet"),
  };
  for (const [flag, key] of Object.entries(FILE_FLAGS)) {
    if (values[flag] !== undefined) (args as unknown as Record<string, unknown>)[key] = values[flag];
  }
  const radiusText = values["--greenway-radius"];
  if (radiusText !== undefined) {
    const radius = DECIMAL.test(radiusText) ? Number(radiusText) : NaN;
    if (!(Number.isFinite(radius) && radius > 0)) throw new UsageError(`--greenway-radius must be a positive decimal number of metres (got "${radiusText}")`);
    args.greenwayRadiusM = radius;
  }
  const levelText = values["--osm-admin-level"];
  if (levelText !== undefined) {
    const level = /^\d{1,2}$/.test(levelText) ? Number(levelText) : NaN;
    if (!(level >= 1 && level <= 12)) throw new UsageError(`--osm-admin-level must be a whole number from 1 to 12 (got "${levelText}")`);
    args.osmAdminLevel = level;
  }
  return args;
}
