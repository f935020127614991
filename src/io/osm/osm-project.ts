/**
 * OpenStreetMap extracts (`.osm.pbf`, `.osm` / `.osm.gz` XML, Overpass JSON) read into one GeoJSON layer per
 * Shanhai role, mapped by tag rules and clipped to a boundary relation or the extract's extent.
 */
import { readOsmData, scanOf } from "./osm-read";
import { buildProject } from "./osm-build";
import type { OsmClip, OsmMapping, OsmProject, OsmReadOptions, OsmScan } from "./osm-types";

/**
 * Parse + list boundaries, admin levels, date, extent. Reads OSM PBF (wiki.openstreetmap.org/wiki/PBF_Format,
 * zlib or raw blocks), OSM XML 0.6 (plain or gzip) and Overpass API JSON, recognised by content.
 */
export async function scanOsm(bytes: Uint8Array, fileName: string, options: OsmReadOptions = {}): Promise<OsmScan> {
  return scanOf(await readOsmData(bytes, fileName, options, true), fileName);
}

/**
 * Parse + map by `mapping` + clip. Bad input throws an `OsmReadError` with a stable `code` and the file name.
 * Features crossing the clip boundary are cut, whatever their role; network edges cut there get a new
 * `lengthM` and lose the node id of the cut end.
 */
export async function readOsmProject(
  bytes: Uint8Array,
  fileName: string,
  mapping: OsmMapping,
  clip: OsmClip,
  options: OsmReadOptions = {},
): Promise<OsmProject> {
  const data = await readOsmData(bytes, fileName, { ...options, onProgress: (ratio) => options.onProgress?.(ratio * 0.7) });
  const project = await buildProject(data, fileName, mapping, clip, options);
  options.onProgress?.(1);
  return project;
}

export { isOsmFile } from "./osm-read";
export { OsmReadError } from "./osm-data";
