import { describe, expect, it } from "vitest";
import { parseGeoPackageGeometry, parseWkb } from "./wkb";

/** Writes WKB by hand: [kind, value] items, little-endian unless a byte-order item says otherwise. */
function wkb(items: (["u8", number] | ["u32", number] | ["f64", number])[], littleEndian = true): Uint8Array {
  const size = items.reduce((sum, [kind]) => sum + (kind === "u8" ? 1 : kind === "u32" ? 4 : 8), 0);
  const view = new DataView(new ArrayBuffer(size));
  let offset = 0;
  for (const [kind, value] of items) {
    if (kind === "u8") view.setUint8(offset, value), (offset += 1);
    else if (kind === "u32") view.setUint32(offset, value, littleEndian), (offset += 4);
    else view.setFloat64(offset, value, littleEndian), (offset += 8);
  }
  return new Uint8Array(view.buffer);
}

const POINT_LE = wkb([
  ["u8", 1],
  ["u32", 1],
  ["f64", 120.5],
  ["f64", 36.25],
]);

describe("parseWkb", () => {
  it("reads a little-endian Point", () => {
    expect(parseWkb(POINT_LE)).toEqual({ type: "Point", coordinates: [120.5, 36.25] });
  });

  it("reads a big-endian LineString", () => {
    const bytes = wkb(
      [
        ["u8", 0],
        ["u32", 2],
        ["u32", 2],
        ["f64", 1],
        ["f64", 2],
        ["f64", 3],
        ["f64", 4],
      ],
      false,
    );
    expect(parseWkb(bytes)).toEqual({
      type: "LineString",
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  it("reads an ISO Polygon Z (type 1003) and keeps Z", () => {
    const ring = [
      [0, 0, 5],
      [1, 0, 5],
      [1, 1, 5],
      [0, 0, 5],
    ];
    const bytes = wkb([["u8", 1], ["u32", 1003], ["u32", 1], ["u32", 4], ...ring.flat().map((value) => ["f64", value] as ["f64", number])]);
    expect(parseWkb(bytes)).toEqual({ type: "Polygon", coordinates: [ring] });
  });

  it("drops M from an ISO Point M (type 2001) and reads EWKB with an SRID", () => {
    expect(
      parseWkb(
        wkb([
          ["u8", 1],
          ["u32", 2001],
          ["f64", 1],
          ["f64", 2],
          ["f64", 99],
        ]),
      ),
    ).toEqual({ type: "Point", coordinates: [1, 2] });
    expect(
      parseWkb(
        wkb([
          ["u8", 1],
          ["u32", 0x20000001],
          ["u32", 4326],
          ["f64", 1],
          ["f64", 2],
        ]),
      ),
    ).toEqual({ type: "Point", coordinates: [1, 2] });
  });

  it("reads a MultiPolygon of two members", () => {
    const square = (x: number): ["f64", number][] =>
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 0],
      ]
        .flat()
        .map((value) => ["f64", value]);
    const member = (x: number) => [["u8", 1], ["u32", 3], ["u32", 1], ["u32", 4], ...square(x)] as (["u8", number] | ["u32", number] | ["f64", number])[];
    const bytes = wkb([["u8", 1], ["u32", 6], ["u32", 2], ...member(0), ...member(5)]);
    const geometry = parseWkb(bytes);
    expect(geometry.type).toBe("MultiPolygon");
    expect(geometry.type === "MultiPolygon" && geometry.coordinates.map((polygon) => polygon[0]![1])).toEqual([
      [1, 0],
      [6, 0],
    ]);
  });

  it("throws on truncated input and on counts larger than the data, without allocating them", () => {
    expect(() => parseWkb(POINT_LE.subarray(0, 12))).toThrow();
    expect(() =>
      parseWkb(
        wkb([
          ["u8", 1],
          ["u32", 2],
          ["u32", 0xffffffff],
        ]),
      ),
    ).toThrow(/count/);
    expect(() =>
      parseWkb(
        wkb([
          ["u8", 1],
          ["u32", 42],
        ]),
      ),
    ).toThrow(/unsupported/);
  });
});

describe("parseGeoPackageGeometry", () => {
  function blob(flags: number, envelope: number[], body: Uint8Array): Uint8Array {
    const header = wkb([["u8", 0x47], ["u8", 0x50], ["u8", 0], ["u8", flags], ["u32", 4326], ...envelope.map((value) => ["f64", value] as ["f64", number])]);
    const result = new Uint8Array(header.length + body.length);
    result.set(header);
    result.set(body, header.length);
    return result;
  }

  it("skips the header and an XY envelope (flags 0b0011)", () => {
    expect(parseGeoPackageGeometry(blob(0b0011, [120.5, 120.5, 36.25, 36.25], POINT_LE))).toEqual({ type: "Point", coordinates: [120.5, 36.25] });
  });

  it("returns null for the empty-geometry flag and throws without the GP magic", () => {
    expect(parseGeoPackageGeometry(blob(0b10001, [], POINT_LE))).toBeNull();
    expect(() => parseGeoPackageGeometry(POINT_LE)).toThrow(/GeoPackage/);
  });
});
