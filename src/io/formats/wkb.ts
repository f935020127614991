/**
 * Well-Known Binary reader (OGC Simple Features 06-103r4 §8, ISO 13249-3 Z/M
 * type codes 1000/2000/3000, and PostGIS EWKB flag bits), as found inside
 * GeoPackage geometry blobs. Reads 2D/3D positions, drops M. Throws on
 * malformed input (DataView bounds errors included); callers report it.
 */
import type { Geometry, Position } from "geojson";

const MAX_ELEMENTS = 50_000_000;

class WkbReader {
  private offset: number;
  private littleEndian = true;
  constructor(
    private readonly view: DataView,
    offset: number,
  ) {
    this.offset = offset;
  }

  private uint32(): number {
    const value = this.view.getUint32(this.offset, this.littleEndian);
    this.offset += 4;
    return value;
  }

  private float64(): number {
    const value = this.view.getFloat64(this.offset, this.littleEndian);
    this.offset += 8;
    return value;
  }

  private count(bytesPerItem: number): number {
    const value = this.uint32();
    if (value > MAX_ELEMENTS || this.offset + value * bytesPerItem > this.view.byteLength) throw new Error("WKB count exceeds the data");
    return value;
  }

  geometry(depth = 0): Geometry {
    if (depth > 32) throw new Error("WKB nesting too deep");
    this.littleEndian = this.view.getUint8(this.offset) === 1;
    this.offset += 1;
    const rawType = this.uint32();
    let hasZ = (rawType & 0x80000000) !== 0;
    let hasM = (rawType & 0x40000000) !== 0;
    if (rawType & 0x20000000) this.offset += 4; // EWKB SRID
    let type = rawType & 0x0fffffff;
    const dimension = Math.floor(type / 1000);
    type %= 1000;
    if (dimension === 1 || dimension === 3) hasZ = true;
    if (dimension === 2 || dimension === 3) hasM = true;
    const size = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);
    const position = (): Position => {
      const x = this.float64(),
        y = this.float64();
      const z = hasZ ? this.float64() : undefined;
      if (hasM) this.float64();
      return z === undefined ? [x, y] : [x, y, z];
    };
    const positions = () => Array.from({ length: this.count(size * 8) }, position);
    const rings = () => Array.from({ length: this.count(4) }, positions);
    const members = () => Array.from({ length: this.count(9) }, () => this.geometry(depth + 1));
    switch (type) {
      case 1:
        return { type: "Point", coordinates: position() };
      case 2:
        return { type: "LineString", coordinates: positions() };
      case 3:
        return { type: "Polygon", coordinates: rings() };
      case 4:
        return { type: "MultiPoint", coordinates: members().map((member) => (member as { coordinates: Position }).coordinates) };
      case 5:
        return { type: "MultiLineString", coordinates: members().map((member) => (member as { coordinates: Position[] }).coordinates) };
      case 6:
        return { type: "MultiPolygon", coordinates: members().map((member) => (member as { coordinates: Position[][] }).coordinates) };
      case 7:
        return { type: "GeometryCollection", geometries: members() };
      default:
        throw new Error(`unsupported WKB geometry type ${rawType}`);
    }
  }
}

/** Parses WKB starting at `offset` of `bytes`. */
export function parseWkb(bytes: Uint8Array, offset = 0): Geometry {
  return new WkbReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset).geometry();
}

/**
 * Parses a GeoPackage geometry blob (GeoPackage 1.3 §2.1.3: "GP" magic,
 * version, flags, srs_id, optional envelope, then WKB). Returns null for the
 * empty-geometry flag.
 */
export function parseGeoPackageGeometry(blob: Uint8Array): Geometry | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error("not a GeoPackage geometry blob");
  const flags = blob[3]!;
  if (flags & 0x20) throw new Error("GeoPackage extended geometry types are not supported");
  const envelopeBytes = [0, 32, 48, 48, 64][(flags >> 1) & 0x07];
  if (envelopeBytes === undefined) throw new Error("invalid GeoPackage envelope flag");
  if (flags & 0x10) return null;
  return parseWkb(blob, 8 + envelopeBytes);
}
