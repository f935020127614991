/**
 * `--engine postgis` as users meet it without a database: a server that does not answer, and flags the engine
 * does not take, end with one line and exit code 2, and the URL's password never reaches the terminal.
 */
import { expect, it } from "vitest";
import { cli, expectOneLineExit2 } from "../cli-test-helpers";

const LAYERS = ["--residential", "layers/residential-land/data.geojson", "--parks", "layers/park/data.geojson"];

it("a database that refuses the connection is one line naming --db, without the password", () => {
  const result = cli([...LAYERS, "--engine", "postgis", "--db", "postgres://planner:s3cret@127.0.0.1:1/planning"]);
  expectOneLineExit2(result, /^error: --db URL: cannot connect \(.*ECONNREFUSED.*\)\n$/);
  expect(result.stderr).not.toContain("s3cret");
});

it("flags the PostGIS engine does not compute, or tables without it, are refused before any work", () => {
  expectOneLineExit2(
    cli([...LAYERS, "--engine", "postgis", "--db", "postgres://127.0.0.1:1/x", "--blind-spots", "out.geojson"]),
    /--blind-spots is not computed by --engine postgis/,
  );
  expectOneLineExit2(cli(["--table-residential", "p.r", "--table-parks", "p.p"]), /--table-residential needs --engine postgis/);
});
