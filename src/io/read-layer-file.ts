/**
 * `readLayerFile`: the single entry point that turns a planner's file (bytes +
 * name) into WGS84 GeoJSON (RFC 7946) plus a list of issues. Used by the app
 * (in a worker), the CLI and the tests. It never throws for bad input: a
 * corrupt or unsupported file returns a fatal issue and an empty collection.
 *
 * Steps: pick a driver (extension, else magic bytes) → driver parses in the
 * file's own CRS → `finishLayer`: resolve the CRS (user / declared /
 * detected) → reproject → validate and repair geometries.
 */
import { createDriverContext, failedRead, finishLayer } from "./finish-layer";
import type { RawLayer } from "./formats/driver";
import { pickDriver } from "./formats/format-registry";
import type { ReadOptions, ReadResult } from "./import-types";

export type { ImportIssue, ReadOptions, ReadResult } from "./import-types";
/**
 * Reads a layer file of any supported format (GeoJSON, zipped Shapefile,
 * KML/KMZ, GPX, CSV, XLSX, GeoPackage) in any supported CRS and returns WGS84
 * features, the detected CRS and every import issue.
 */
export async function readLayerFile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadResult> {
  const context = createDriverContext(fileName, options);
  const driver = pickDriver(bytes, fileName);
  if (!driver) {
    return failedRead("unknown", [context.issue("unsupported-format", `${fileName}: unsupported file format.`, { severity: "fatal" })]);
  }
  if (options.signal?.aborted) return failedRead(driver.id, [context.issue("read-cancelled", `${fileName}: import cancelled.`, { severity: "fatal" })]);
  let raw: RawLayer;
  try {
    raw = await driver.read(bytes, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failedRead(driver.id, [
      context.issue("parse-error", `${fileName}: could not read the ${driver.id} file (${message}).`, {
        severity: "fatal",
        details: { kind: "reason", reason: message.slice(0, 300) },
      }),
    ]);
  }
  try {
    return await finishLayer(raw, raw.format ?? driver.id, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failedRead(driver.id, [
      ...raw.issues,
      context.issue("parse-error", `${fileName}: could not read the ${driver.id} file (${message}).`, {
        severity: "fatal",
        details: { kind: "reason", reason: message.slice(0, 300) },
      }),
    ]);
  }
}
