/**
 * The import readers against generated hostile files (tests/io/hostile-files.ts): declared counts the file
 * cannot hold, SQL that never ends, attribute names special to JavaScript objects, code pages that are not
 * ASCII-compatible, cell references that expand a few bytes into millions of cells. Files that used to hang are read in a child process
 * with a timeout, so a regression fails instead of stalling the run.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { readLayerFile } from "../../src/io/read-layer-file";
import {
  csvWithHostileHeaders,
  geoPackageBytes,
  gpxWithHostileExtensions,
  HOSTILE_DBF_KEYS,
  HOSTILE_KEYS,
  HOSTILE_XML_KEYS,
  kmlWithHostileNames,
  geoJsonWithInvalidItems,
  pointShapes,
  shapefileWithCpg,
  shapefileWithHostileFields,
  shapefileWithManyRings,
  shpWithOverclaimingRecord,
} from "./hostile-files";
import { checkShpBudget } from "../../src/io/formats/shp-budget";

const RUNNER = fileURLToPath(new URL("./hostile-runner.ts", import.meta.url));
const CHILD_TIMEOUT_MS = 60_000;

interface RunnerSummary {
  ms: number;
  featureCount: number;
  names: unknown[];
  issues: { code: string; severity: string; message: string }[];
}

function readInChild(name: string): Promise<RunnerSummary> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["--import", "tsx", RUNNER, name], { timeout: CHILD_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`reading ${name} failed or did not finish within ${CHILD_TIMEOUT_MS} ms: ${error.message.split("\n")[0]}\n${stderr.slice(-1500)}`));
      else resolve(JSON.parse(stdout) as RunnerSummary);
    });
  });
}

function expectOwnAttributes(feature: Feature | undefined, keys: readonly string[], index: number): void {
  const properties = feature?.properties ?? {};
  for (const key of keys) {
    expect(Object.hasOwn(properties, key), `attribute ${key} kept`).toBe(true);
    expect(properties[key]).toBe(`${key}-${index}`);
  }
  // The attribute object is still an ordinary record: its prototype was not replaced by a value from the file.
  expect([Object.prototype, null]).toContain(Object.getPrototypeOf(properties));
  expect(JSON.parse(JSON.stringify(properties))).toMatchObject(
    Object.fromEntries(keys.filter((key) => key !== "__proto__").map((key) => [key, `${key}-${index}`])),
  );
  // biome-ignore lint/suspicious/noProto: a hostile file names an attribute "__proto__"; it must stay an own data property
  expect(structuredClone(properties).__proto__).toBe(keys.includes("__proto__") ? `__proto__-${index}` : structuredClone(properties).__proto__);
}

describe("readers never hang on declared counts or the file's own SQL", () => {
  it(
    "a .dbf claiming 0x7fffffff records: reads the records present and reports the claim",
    async () => {
      const summary = await readInChild("dbf-huge-record-count");
      expect(summary.featureCount).toBe(3);
      expect(summary.names).toEqual(["park 0", "park 1", "park 2"]);
      const mismatch = summary.issues.find((issue) => issue.code === "record-count-mismatch");
      expect(mismatch?.message).toMatch(/declares 2147483647 records but holds 3/);
    },
    CHILD_TIMEOUT_MS + 5_000,
  );

  it(
    "a GeoPackage whose contents name a recursive view: the view is not run, the table is read",
    async () => {
      const summary = await readInChild("gpkg-recursive-view");
      expect(summary.featureCount).toBe(3);
      expect(summary.issues.find((issue) => issue.code === "view-not-read")?.message).toMatch(/"a_endless" is a view/);
    },
    CHILD_TIMEOUT_MS + 5_000,
  );

  it(
    "asking for the recursive view by name: refused with a message, not run",
    async () => {
      const summary = await readInChild("gpkg-recursive-view-chosen");
      expect(summary.featureCount).toBe(0);
      expect(summary.issues).toContainEqual(expect.objectContaining({ code: "view-not-read", severity: "fatal" }));
    },
    CHILD_TIMEOUT_MS + 5_000,
  );

  it(
    "a GeoPackage holding only a recursive view fails with a message",
    async () => {
      const summary = await readInChild("gpkg-only-recursive-view");
      expect(summary.featureCount).toBe(0);
      expect(summary.issues).toContainEqual(expect.objectContaining({ code: "view-not-read", severity: "fatal" }));
    },
    CHILD_TIMEOUT_MS + 5_000,
  );

  it(
    "an XLSX whose few bytes address 16,384 columns per row fails with a message",
    async () => {
      const summary = await readInChild("xlsx-far-cells");
      expect(summary.featureCount).toBe(0);
      expect(summary.issues).toEqual([expect.objectContaining({ code: "limit-exceeded", severity: "fatal" })]);
    },
    CHILD_TIMEOUT_MS + 5_000,
  );

  it(
    "a GeoPackage whose gpkg_contents itself is a recursive view fails with a message",
    async () => {
      const summary = await readInChild("gpkg-contents-is-view");
      expect(summary.featureCount).toBe(0);
      expect(summary.issues).toContainEqual(expect.objectContaining({ code: "parse-error", severity: "fatal" }));
      expect(summary.issues[0]?.message).toMatch(/gpkg_contents is not a table/);
    },
    CHILD_TIMEOUT_MS + 5_000,
  );
});

describe("the .shp geometry has its own budget", () => {
  it(
    "a polygon record of 80,000 rings (6.7 MB) is refused at once, naming the record and the rings",
    async () => {
      const summary = await readInChild("shp-many-rings");
      expect(summary.featureCount).toBe(0);
      expect(summary.issues).toEqual([expect.objectContaining({ code: "limit-exceeded", severity: "fatal" })]);
      expect(summary.issues[0]?.message).toMatch(/rings\.zip: rings\.shp record 1 has 80,000 rings/);
      expect(summary.ms).toBeLessThan(5_000);
    },
    CHILD_TIMEOUT_MS + 5_000,
  );

  it("a record declaring more points than its bytes hold is refused with the record's number and counts", async () => {
    const result = await readLayerFile(shpWithOverclaimingRecord(5, 3, 0x7fffffff), "points.shp");
    expect(result.featureCollection.features).toHaveLength(0);
    const issue = result.issues.find((candidate) => candidate.severity === "fatal");
    expect(issue).toMatchObject({ code: "parse-error", details: expect.objectContaining({ record: 3, points: 0x7fffffff }) });
    expect(issue?.message).toMatch(/points\.shp: points\.shp record 3 declares 1 parts and 2,147,483,647 points, more than its 128 bytes/);
  });

  it("counts vertices against the budget and lets ordinary files through", () => {
    const { shp } = pointShapes(10);
    expect(checkShpBudget(shp)).toBeNull();
    expect(checkShpBudget(shp, { maxVertices: 9, maxRingPairs: 1 })).toEqual({ problem: "too-many-vertices", vertices: 10, limit: 9 });
  });

  it("a few hundred rings, as real multipolygons have, are read", async () => {
    const result = await readLayerFile(shapefileWithManyRings(400), "rings.zip");
    expect(result.issues.filter((issue) => issue.severity === "fatal")).toEqual([]);
    expect(result.featureCollection.features).toHaveLength(1);
  });
});

describe("many invalid items make one grouped issue", () => {
  it("200,000 items that are not Features: one issue with the count and the first item numbers, the good feature imported", async () => {
    const text = geoJsonWithInvalidItems(200_000);
    expect(text.length).toBeLessThan(600_000);
    const result = await readLayerFile(new TextEncoder().encode(text), "items.geojson");
    expect(result.featureCollection.features).toHaveLength(1);
    const unsupported = result.issues.filter((issue) => issue.code === "geometry-unsupported");
    expect(unsupported).toHaveLength(1);
    expect(unsupported[0]).toMatchObject({ count: 200_000, fileName: "items.geojson" });
    expect(unsupported[0]?.featureIds?.slice(0, 3)).toEqual([1, 2, 3]);
    expect(unsupported[0]?.featureIds?.length).toBeLessThanOrEqual(100);
    expect(unsupported[0]?.message).toBe(
      "items.geojson: 200,000 features (1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 199,990 more) have the same problem, e.g. item 1 is not a GeoJSON Feature; skipped.",
    );
    expect(result.issues.length).toBeLessThan(5);
  });

  it("a single invalid item keeps its own issue", async () => {
    const result = await readLayerFile(new TextEncoder().encode(geoJsonWithInvalidItems(1)), "one.geojson");
    expect(result.issues.filter((issue) => issue.code === "geometry-unsupported")).toEqual([
      expect.objectContaining({ featureIndex: 1, message: "one.geojson: item 1 is not a GeoJSON Feature; skipped." }),
    ]);
  });
});

describe("attribute names special to JavaScript objects stay ordinary attributes", () => {
  it("CSV headers", async () => {
    const result = await readLayerFile(csvWithHostileHeaders(), "hostile.csv");
    expect(result.featureCollection.features).toHaveLength(2);
    result.featureCollection.features.forEach((feature, index) => expectOwnAttributes(feature, HOSTILE_KEYS, index));
  });

  it.each(["Data", "SimpleData"] as const)("KML %s", async (kind) => {
    const result = await readLayerFile(kmlWithHostileNames(kind), "hostile.kml");
    expect(result.issues.filter((issue) => issue.severity === "fatal")).toEqual([]);
    expect(result.featureCollection.features).toHaveLength(2);
    result.featureCollection.features.forEach((feature, index) => expectOwnAttributes(feature, HOSTILE_KEYS, index));
  });

  it.each(["prefixed", "unprefixed"] as const)("GPX <extensions> element names (%s)", async (kind) => {
    const result = await readLayerFile(gpxWithHostileExtensions(kind), "hostile.gpx");
    const features = result.featureCollection.features;
    expect(features).toHaveLength(2);
    features.forEach((feature, index) => expectOwnAttributes(feature, HOSTILE_XML_KEYS, index));
  });

  it("Shapefile (.dbf) field names", async () => {
    const result = await readLayerFile(shapefileWithHostileFields(), "hostile.zip");
    expect(result.featureCollection.features).toHaveLength(2);
    result.featureCollection.features.forEach((feature, index) => expectOwnAttributes(feature, HOSTILE_DBF_KEYS, index));
  });

  it("GeoPackage columns", async () => {
    const result = await readLayerFile(await geoPackageBytes({ extraColumns: HOSTILE_KEYS }), "hostile.gpkg");
    expect(result.featureCollection.features).toHaveLength(3);
    result.featureCollection.features.forEach((feature, index) => expectOwnAttributes(feature, HOSTILE_KEYS, index));
  });
});

describe("a .cpg code page is accepted only when the .dbf can be read with it", () => {
  it.each(["utf-16le", "UTF-16", "utf-16be"])("a .cpg saying %s is refused, named exactly, and the text is not garbled", async (cpg) => {
    const result = await readLayerFile(shapefileWithCpg(cpg), "parks.zip");
    expect(result.featureCollection.features.map((feature) => feature.properties?.CODE)).toEqual(["P-001", "P-002"]);
    expect(result.featureCollection.features[0]?.properties?.NAME).toBe("中山公园");
    const issue = result.issues.find((candidate) => candidate.code === "encoding-unsupported");
    expect(issue?.message).toContain(`parks.cpg says "${cpg}"`);
    expect(result.issues.map((candidate) => candidate.message).join("\n")).not.toMatch(/declares no encoding/);
  });

  it("an unknown .cpg is reported with what it said, not as 'declares no encoding'", async () => {
    const result = await readLayerFile(shapefileWithCpg("klingon-8"), "parks.zip");
    expect(result.featureCollection.features[0]?.properties?.NAME).toBe("中山公园");
    const issue = result.issues.find((candidate) => candidate.code === "encoding-unsupported");
    expect(issue?.message).toContain('parks.cpg says "klingon-8"');
    expect(result.issues.map((candidate) => candidate.message).join("\n")).not.toMatch(/declares no encoding/);
  });

  it.each([
    ["GBK", "中山公园"],
    ["936", "中山公园"],
    ["GB18030", "中山公园"],
  ])("a .cpg saying %s is still used", async (cpg, name) => {
    const result = await readLayerFile(shapefileWithCpg(cpg), "parks.zip");
    expect(result.featureCollection.features[0]?.properties?.NAME).toBe(name);
    expect(result.issues.filter((issue) => issue.code.startsWith("encoding-"))).toEqual([]);
  });
});
