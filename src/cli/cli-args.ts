/** Parsed command line of `npm run metrics`. */
export interface CliArgs {
  residential: string;
  parks: string;
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
};

const USAGE =
  "usage: npm run --silent metrics -- --residential FILE --parks FILE [--greenways FILE] [--red-line FILE] " +
  "[--districts FILE] [--shoreline FILE] [--rules ID] [--greenway-radius M] [--blind-spots OUT.geojson] " +
  "[--service-areas OUT.geojson] " +
  "[--format json|csv|md] [--detail] [--quiet]";

const VALUE_FLAGS = new Set([...Object.keys(FILE_FLAGS), "--rules", "--greenway-radius", "--format"]);
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
  for (const required of ["--residential", "--parks"]) {
    if (!values[required]) throw new UsageError(`missing ${required} FILE`);
  }
  const format = values["--format"] ?? "json";
  if (format !== "json" && format !== "csv" && format !== "md") throw new UsageError(`unknown format "${format}" (json, csv, md)`);
  const args: CliArgs = {
    residential: values["--residential"]!, parks: values["--parks"]!, rules: values["--rules"] ?? defaultRuleSetId, format,
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
  return args;
}
