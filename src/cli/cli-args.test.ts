import { describe, expect, test } from "vitest";
import { parseCommandLine, parseFlags } from "./cli-args";
import { UsageError } from "./cli-errors";
import { BATCH_FLAGS, helpText, METRICS_FLAGS, type FlagTable } from "./cli-flags";

const base = ["--residential", "r.geojson", "--parks", "p.geojson"];

describe("parseCommandLine", () => {
  test("metrics is the default command, with defaults filled in", () => {
    expect(parseCommandLine(base)).toEqual({
      command: "metrics",
      args: expect.objectContaining({ residential: "r.geojson", parks: "p.geojson", rules: "qingdao-300-500", format: "json", detail: false, quiet: false }),
    });
    expect(parseCommandLine(["metrics", ...base, "--greenway-radius=500.5"])).toMatchObject({ command: "metrics", args: { greenwayRadiusM: 500.5 } });
  });

  test("--engine postgis reads tables instead of files, one city or every city", () => {
    const tables = ["--engine", "postgis", "--db", "postgres://h/d", "--table-residential", "p.residential", "--table-parks", "p.parks"];
    expect(parseCommandLine([...tables, "--by-city", "--jobs", "3"])).toMatchObject({
      command: "metrics",
      args: { engine: "postgis", tableResidential: "p.residential", tableParks: "p.parks", byCity: true, jobs: 3, schema: "shanhai" },
    });
    expect(parseCommandLine([...base, "--engine", "postgis", "--db", "postgres://h/d", "--schema", "s"])).toMatchObject({
      args: { schema: "s", engine: "postgis" },
    });
    expect(parseCommandLine([...tables, "--table-red-line", "p.red_line", "--table-shoreline", "p.shoreline"])).toMatchObject({
      args: { tableRedLine: "p.red_line", tableShoreline: "p.shoreline" },
    });
    expect(parseCommandLine([...base, "--engine", "postgis", "--db", "postgres://h/d", "--red-line", "l", "--shoreline", "s"])).toMatchObject({
      args: { redLine: "l", shoreline: "s", engine: "postgis" },
    });
  });

  test("batch and site are subcommands; --help anywhere asks for help on the named command", () => {
    expect(parseCommandLine(["batch", "--manifest", "c.json", "--jobs", "3"])).toMatchObject({
      command: "batch",
      args: { manifest: "c.json", jobs: 3, format: "csv" },
    });
    expect(parseCommandLine(["site", "--demand", "d.geojson", "--candidates", "c.geojson", "--count", "1", "--radius-m", "300"])).toMatchObject({
      command: "site",
    });
    expect(parseCommandLine(["--help"])).toEqual({ command: "help" });
    expect(parseCommandLine(["batch", "-h"])).toEqual({ command: "help", topic: "batch" });
  });

  test.each([
    [["nope"], /unknown command "nope"/],
    [[...base, "--parks", "q"], /--parks is given twice/],
    [[...base, "--format=csv", "--format", "md"], /--format is given twice/],
    [[...base, "--detail=false"], /--detail takes no value/],
    [[...base, "--rules"], /option --rules needs a value/],
    [[...base, "--rules", "--detail"], /option --rules needs a value/],
    [[...base, "--bogus"], /unknown option --bogus/],
    [[...base, "stray"], /unexpected argument "stray"/],
    [[...base, "--osm-admin-level", "3"], /--osm-admin-level needs --osm FILE/],
    [["--osm", "x.pbf", "--osm-admin-level", "13"], /--osm-admin-level must be a whole number from 1 to 12/],
    [["--parks", "p"], /missing --residential FILE \(or --osm FILE\)/],
    [["batch"], /missing --manifest FILE/],
    [["batch", "--manifest", "c.json", "--format", "xlsx"], /--format xlsx needs --out FILE/],
    [["batch", "--manifest", "c.json", "--jobs", "0"], /--jobs must be a whole number from 1 to 64/],
    [["batch", "--manifest", "c.json", "--residential", "r"], /unknown option --residential/],
    [[...base, "--engine", "postgis"], /--engine postgis needs --db/],
    [[...base, "--engine", "oracle"], /unknown engine "oracle"/],
    [[...base, "--table-parks", "x.parks"], /--table-parks needs --engine postgis/],
    [[...base, "--engine", "postgis", "--db", "postgres://h/d", "--network", "n"], /--network is not computed by --engine postgis/],
    [[...base, "--table-red-line", "x.red_line"], /--table-red-line needs --engine postgis/],
    [[...base, "--engine", "postgis", "--db", "postgres://h/d", "--table-parks", "x.parks"], /give --parks FILE or --table-parks, not both/],
    [["--engine", "postgis", "--db", "postgres://h/d", "--table-residential", "p.r", "--by-city"], /--by-city needs --table-residential and --table-parks/],
    [
      ["--engine", "postgis", "--db", "postgres://h/d", "--table-residential", "p.r", "--table-parks", "p.p", "--by-city", "--city", "a"],
      /--city NAME or --by-city, not both/,
    ],
  ])("%j is a usage error", (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});

describe("the flag tables", () => {
  test("a new flag is one table entry: parsed, typed and in the help", () => {
    const table = { ...BATCH_FLAGS, walkM: { flag: "--walk", value: "M", unit: "metres", help: "walking distance", parse: Number } } satisfies FlagTable;
    const flags = parseFlags(["--walk", "800"], table);
    const walkM: number | undefined = flags.walkM;
    expect(walkM).toBe(800);
  });

  test("--help lists every flag of every command with its unit", () => {
    const help = helpText();
    for (const spec of [...Object.values(METRICS_FLAGS), ...Object.values(BATCH_FLAGS)]) {
      expect(help).toMatch(new RegExp(`^  ${spec.flag}\\b.*\\[${spec.unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"));
    }
    expect(helpText("batch")).not.toContain("--residential");
  });
});
