/**
 * `readLayerFileSet`: reads several dropped files at once. Loose Shapefile
 * parts (parks.shp + parks.dbf + parks.prj + parks.cpg + parks.shx, as users
 * drop them from Explorer/Finder) are grouped by base name and read as one
 * layer; every other file is read by `readLayerFile`. One result per layer.
 */
import { createDriverContext, failedRead, finishLayer } from "./finish-layer";
import { readShapefileParts, type ShapefileParts } from "./formats/shapefile";
import type { ReadOptions, ReadResult } from "./import-types";
import { readLayerFile } from "./read-layer-file";

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export interface LayerFileResult extends ReadResult {
  /** The file name the result is about: the file, or "<base>.shp" for grouped parts. */
  fileName: string;
}

const SIDECAR = /^(.*)\.(shp|shx|dbf|prj|cpg)$/i;

/** Reads each layer in `files`; loose Shapefile parts are combined (see module comment). */
export async function readLayerFileSet(files: readonly NamedBytes[], options: ReadOptions = {}): Promise<LayerFileResult[]> {
  const groups = new Map<string, { base: string; parts: ShapefileParts }>();
  const others: NamedBytes[] = [];
  for (const file of files) {
    const match = SIDECAR.exec(file.name);
    if (!match) {
      others.push(file);
      continue;
    }
    const key = match[1]!.toLowerCase();
    const group = groups.get(key) ?? { base: match[1]!, parts: {} };
    group.parts[match[2]!.toLowerCase() as keyof ShapefileParts] = file.bytes;
    groups.set(key, group);
  }
  const results: LayerFileResult[] = [];
  for (const { base, parts } of groups.values()) {
    const fileName = `${base}.shp`;
    const context = createDriverContext(fileName, options);
    try {
      const raw = await readShapefileParts(parts, base, context);
      results.push({ fileName, ...(await finishLayer(raw, "shapefile", context)) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({
        fileName,
        ...failedRead("shapefile", [context.issue("parse-error", `${fileName}: could not read the Shapefile (${message}).`, { severity: "fatal" })]),
      });
    }
  }
  for (const file of others) results.push({ fileName: file.name, ...(await readLayerFile(file.bytes, file.name, options)) });
  return results;
}
