/**
 * ESRI Shapefile driver (ESRI Shapefile Technical Description, 1998): a .zip
 * holding .shp (+ .shx, .dbf, .prj, .cpg), or a bare .shp. Geometry is parsed
 * by shpjs `parseShp` without reprojection; the .prj WKT is handed to the CRS
 * resolver; .dbf attributes are read by `readDbf` (which checks the declared
 * record count against the file's length) with the encoding chosen by
 * `chooseDbfEncoding` (GBK/GB18030/UTF-8 …). The .shp is checked against a vertex and ring-nesting
 * budget (`checkShpBudget`) before shpjs parses it.
 */
import type { Feature } from "geojson";
import { readDbf } from "./dbf";
import { chooseDbfEncoding, describeCpg } from "./dbf-encoding";
import { createPropertyRecord } from "./property-record";
import { checkShpBudget, describeShpRefusal } from "./shp-budget";
import { createFeature, decodeUtf8, emptyCollection, type DriverContext, type RawLayer } from "./driver";
import type { ZipEntries } from "./zip-entries";

/** The parts of one Shapefile, keyed by lower-case extension ("shp", "dbf", "prj", "cpg", "shx"). */
export type ShapefileParts = Partial<Record<"shp" | "shx" | "dbf" | "prj" | "cpg", Uint8Array>>;

const PART = /^(.*)\.(shp|shx|dbf|prj|cpg)$/i;

/** Groups zip entries into Shapefiles by base name (case-insensitive). */
export function groupShapefiles(entries: ZipEntries): Map<string, ShapefileParts> {
  const groups = new Map<string, ShapefileParts>();
  for (const [name, bytes] of Object.entries(entries)) {
    const match = PART.exec(name);
    if (!match) continue;
    const base = match[1]!;
    const key = base.toLowerCase();
    const parts = groups.get(key) ?? {};
    parts[match[2]!.toLowerCase() as keyof ShapefileParts] = bytes;
    groups.set(key, parts);
  }
  for (const [key, parts] of groups) if (!parts.shp) groups.delete(key);
  return groups;
}

/** Reads one Shapefile from its parts (used for zips and for multi-file drops). */
export async function readShapefileParts(parts: ShapefileParts, layerName: string, context: DriverContext): Promise<RawLayer> {
  const raw: RawLayer = { featureCollection: emptyCollection(), issues: [], format: "shapefile" };
  if (!parts.shp) {
    raw.issues.push(
      context.issue("missing-part", `${context.fileName}: ${layerName} has no .shp file.`, {
        severity: "fatal",
        details: { kind: "no-shp", part: `${layerName}.shp` },
      }),
    );
    return raw;
  }
  const refusal = checkShpBudget(parts.shp);
  if (refusal) {
    const code = refusal.problem === "counts-exceed-record" ? "parse-error" : "limit-exceeded";
    const part = /\.shp$/i.test(layerName) ? layerName : `${layerName}.shp`;
    raw.issues.push(
      context.issue(code, `${context.fileName}: ${part} ${describeShpRefusal(refusal)}; not read.`, {
        severity: "fatal",
        details: { kind: refusal.problem, part, ...refusal },
      }),
    );
    return raw;
  }
  const { parseShp } = await import("shpjs");
  const geometries = parseShp(parts.shp, false);
  let records: Record<string, unknown>[] = [];
  if (parts.dbf) {
    const cpg = parts.cpg ? decodeUtf8(parts.cpg) : undefined;
    const choice = chooseDbfEncoding(parts.dbf, cpg, context.options.attributeEncoding);
    if (choice.rejectedCpg !== undefined) {
      raw.issues.push(
        context.issue(
          "encoding-unsupported",
          `${context.fileName}: ${layerName}.cpg says ${describeCpg(choice.rejectedCpg)}, which is not a code page a .dbf can be read in (only ASCII-compatible encodings such as UTF-8, GBK, GB18030, Big5 or Windows-125x are); attributes read as ${choice.encoding.toUpperCase()} (${choice.source === "language-driver" ? "from the .dbf language driver" : "guessed from the bytes"}).`,
          { details: { kind: "cpg", part: `${layerName}.cpg`, cpg: describeCpg(choice.rejectedCpg), encoding: choice.encoding.toUpperCase() } },
        ),
      );
    } else if (choice.source === "guess" && choice.encoding !== "utf-8") {
      raw.issues.push(
        context.issue(
          "encoding-assumed",
          `${context.fileName}: ${layerName}.dbf declares no encoding (.cpg) and is not UTF-8; attributes read as ${choice.encoding.toUpperCase()}.`,
          { severity: "info", details: { kind: "dbf", part: `${layerName}.dbf`, encoding: choice.encoding.toUpperCase() } },
        ),
      );
    }
    const table = readDbf(parts.dbf, choice.encoding);
    records = table.records;
    if (table.declaredRecords !== records.length) {
      raw.issues.push(
        context.issue(
          "record-count-mismatch",
          `${context.fileName}: ${layerName}.dbf declares ${table.declaredRecords} records but holds ${records.length}; read the ${records.length} present.`,
          { count: records.length, details: { kind: "declared", part: `${layerName}.dbf`, declared: table.declaredRecords, present: records.length } },
        ),
      );
    }
    if (records.length !== geometries.length) {
      raw.issues.push(
        context.issue(
          "record-count-mismatch",
          `${context.fileName}: ${layerName}.dbf has ${records.length} records but the .shp has ${geometries.length} shapes; attributes may be misaligned.`,
          { details: { kind: "shapes", part: `${layerName}.dbf`, records: records.length, shapes: geometries.length } },
        ),
      );
    }
  } else {
    raw.issues.push(
      context.issue("missing-part", `${context.fileName}: ${layerName} has no .dbf file; features have no attributes.`, {
        details: { kind: "no-dbf", part: `${layerName}.dbf` },
      }),
    );
  }
  if (parts.prj) raw.declaredCrs = { text: decodeUtf8(parts.prj), origin: "prj" };
  const features: Feature[] = geometries.map((geometry, index) => createFeature(geometry, records[index] ?? createPropertyRecord()));
  raw.featureCollection = { type: "FeatureCollection", features };
  return raw;
}

/** Reads the first (or `options.layerName`) Shapefile of a zip. */
export async function readShapefileZip(entries: ZipEntries, context: DriverContext): Promise<RawLayer> {
  const groups = groupShapefiles(entries);
  const names = [...groups.keys()].sort();
  if (names.length === 0) {
    return {
      featureCollection: emptyCollection(),
      issues: [
        context.issue("missing-part", `${context.fileName}: the archive holds no .shp file.`, { severity: "fatal", details: { kind: "no-shp-in-zip" } }),
      ],
    };
  }
  const wanted = context.options.layerName?.toLowerCase();
  const chosen = wanted && groups.has(wanted) ? wanted : names[0]!;
  const raw = await readShapefileParts(groups.get(chosen)!, chosen.split("/").pop()!, context);
  if (names.length > 1) {
    raw.issues.push(
      context.issue(
        "layers-skipped",
        `${context.fileName}: holds ${names.length} Shapefiles; read "${chosen}", skipped ${names.filter((name) => name !== chosen).join(", ")}.`,
        { severity: "info", details: { kind: "chosen", chosen, skipped: names.filter((name) => name !== chosen).join(", ") } },
      ),
    );
  }
  return raw;
}

export const shapefileDriver = {
  id: "shapefile",
  extensions: ["shp"],
  read: async (bytes: Uint8Array, context: DriverContext): Promise<RawLayer> => readShapefileParts({ shp: bytes }, context.fileName, context),
};

/** Zip entries that belong to a Shapefile. */
export function isShapefileEntry(name: string): boolean {
  return PART.test(name);
}
