/**
 * A zipped ESRI Shapefile: .shp/.shx/.dbf per shape type, a .prj with the WKT of its CRS (WGS84
 * geographic by default) (ESRI flavour, as ArcGIS and GDAL write it) and a .cpg saying the .dbf text is UTF-8.
 * Zipped with fflate. Features of several geometry types give one Shapefile per type (`name-polygon` …).
 */
import type { FeatureCollection } from "geojson";
import { zipSync } from "fflate";
import { writeDbf } from "./dbf-file";
import { shapeRecordOf, type ShapeKind, type ShapeRecord } from "./shape-records";
import { writeShpAndShx } from "./shp-file";

const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

export interface ShapefileZip {
  bytes: Uint8Array;
  /** Base names of the Shapefiles in the zip. */
  layerNames: string[];
  /** Features left out because their geometry was null, empty or a GeometryCollection. */
  skippedCount: number;
}

/** Zips `collection` as Shapefile(s) named after `baseName` (ASCII recommended); `prjWkt` names its CRS. */
export function writeShapefileZip(collection: FeatureCollection, baseName: string, date = new Date(), prjWkt = WGS84_PRJ): ShapefileZip {
  const groups = new Map<ShapeKind, { records: ShapeRecord[]; rows: Record<string, unknown>[] }>();
  let skippedCount = 0;
  for (const feature of collection.features) {
    const record = shapeRecordOf(feature.geometry);
    if (!record) {
      skippedCount++;
      continue;
    }
    const group = groups.get(record.kind) ?? { records: [], rows: [] };
    group.records.push(record);
    group.rows.push(feature.properties ?? {});
    groups.set(record.kind, group);
  }
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const layerNames: string[] = [];
  for (const [kind, group] of groups) {
    const name = groups.size > 1 ? `${baseName}-${kind}` : baseName;
    const { shp, shx } = writeShpAndShx(kind, group.records);
    files[`${name}.shp`] = shp;
    files[`${name}.shx`] = shx;
    files[`${name}.dbf`] = writeDbf(group.rows, date);
    files[`${name}.prj`] = encoder.encode(prjWkt);
    files[`${name}.cpg`] = encoder.encode("UTF-8");
    layerNames.push(name);
  }
  return { bytes: zipSync(files, { level: 6, mtime: date }), layerNames, skippedCount };
}
