/**
 * Writes the .shp and .shx files of one shape type (ESRI Shapefile Technical Description, 1998):
 * a 100-byte header (big-endian file code and length, little-endian version, type and bounding box),
 * then records of a big-endian header and little-endian content; .shx holds each record's offset and length.
 */
import type { Position } from "geojson";
import { SHAPE_TYPES, type ShapeKind, type ShapeRecord } from "./shape-records";

type Box = [number, number, number, number];

const HEADER_BYTES = 100;

function boxOf(positions: Iterable<Position>): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of positions) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

function contentBytes(record: ShapeRecord): number {
  const pointCount = record.parts.reduce((sum, part) => sum + part.length, 0);
  if (record.kind === "point") return 20;
  if (record.kind === "multipoint") return 40 + 16 * pointCount;
  return 44 + 4 * record.parts.length + 16 * pointCount;
}

function writeHeader(view: DataView, kind: ShapeKind, fileBytes: number, box: Box): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, fileBytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, SHAPE_TYPES[kind], true);
  box.forEach((value, index) => view.setFloat64(36 + 8 * index, value, true));
}

function writeContent(view: DataView, offset: number, record: ShapeRecord): void {
  view.setInt32(offset, SHAPE_TYPES[record.kind], true);
  const points = record.parts.flat();
  if (record.kind === "point") {
    view.setFloat64(offset + 4, points[0]![0]!, true);
    view.setFloat64(offset + 12, points[0]![1]!, true);
    return;
  }
  boxOf(points).forEach((value, index) => view.setFloat64(offset + 4 + 8 * index, value, true));
  let cursor = offset + 36;
  if (record.kind !== "multipoint") {
    view.setInt32(cursor, record.parts.length, true);
    cursor += 4;
  }
  view.setInt32(cursor, points.length, true);
  cursor += 4;
  if (record.kind !== "multipoint") {
    let start = 0;
    for (const part of record.parts) {
      view.setInt32(cursor, start, true);
      cursor += 4;
      start += part.length;
    }
  }
  for (const [x = 0, y = 0] of points) {
    view.setFloat64(cursor, x, true);
    view.setFloat64(cursor + 8, y, true);
    cursor += 16;
  }
}

/** The .shp and .shx bytes of records that all share `kind`. */
export function writeShpAndShx(kind: ShapeKind, records: ShapeRecord[]): { shp: Uint8Array; shx: Uint8Array } {
  const sizes = records.map(contentBytes);
  const shpBytes = HEADER_BYTES + sizes.reduce((sum, size) => sum + 8 + size, 0);
  const shxBytes = HEADER_BYTES + 8 * records.length;
  const shp = new DataView(new ArrayBuffer(shpBytes));
  const shx = new DataView(new ArrayBuffer(shxBytes));
  const box = records.length > 0 ? boxOf(records.flatMap((record) => record.parts.flat())) : ([0, 0, 0, 0] as Box);
  writeHeader(shp, kind, shpBytes, box);
  writeHeader(shx, kind, shxBytes, box);
  let offset = HEADER_BYTES;
  records.forEach((record, index) => {
    const size = sizes[index]!;
    shx.setInt32(HEADER_BYTES + 8 * index, offset / 2, false);
    shx.setInt32(HEADER_BYTES + 8 * index + 4, size / 2, false);
    shp.setInt32(offset, index + 1, false);
    shp.setInt32(offset + 4, size / 2, false);
    writeContent(shp, offset + 8, record);
    offset += 8 + size;
  });
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}
