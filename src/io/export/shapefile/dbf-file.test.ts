import { describe, expect, it } from "vitest";
import { signedAreaTwice } from "../../validate/repair-rings";
import { dbfFields, utf8Prefix } from "./dbf-file";
import { shapeRecordOf } from "./shape-records";

describe("dBASE fields", () => {
  it("cuts UTF-8 text at a character boundary", () => {
    expect(new TextDecoder().decode(utf8Prefix("市南区", 7))).toBe("市南");
    expect(utf8Prefix("市南区", 2)).toHaveLength(0);
    expect(new TextDecoder().decode(utf8Prefix("ab市", 5))).toBe("ab市");
  });

  it("picks N for numbers, L for booleans, C otherwise, with unique 10-byte names", () => {
    const fields = dbfFields([
      { populationTotal: 12, populationTotal2: 1.5, flag: true, name: "市南区", mixed: 1 },
      { populationTotal: 300, populationTotal2: null, flag: false, name: "崂山", mixed: "x" },
    ]);
    expect(fields.map((field) => [field.name, field.type])).toEqual([
      ["population", "N"],
      ["populati_1", "N"],
      ["flag", "L"],
      ["name", "C"],
      ["mixed", "C"],
    ]);
    expect(fields[0]).toMatchObject({ lengthBytes: 3, decimals: 0 });
    expect(fields[1]?.decimals).toBeGreaterThan(0);
    expect(fields[3]?.lengthBytes).toBe(9);
  });
});

describe("shape records", () => {
  it("orients outer rings clockwise and holes counter-clockwise, closing open rings", () => {
    const outerCcw = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    const holeCw = [
      [0.2, 0.2],
      [0.2, 0.4],
      [0.4, 0.4],
      [0.4, 0.2],
      [0.2, 0.2],
    ];
    const record = shapeRecordOf({ type: "Polygon", coordinates: [outerCcw, holeCw] });
    expect(record?.kind).toBe("polygon");
    const [outer, hole] = record!.parts;
    expect(signedAreaTwice(outer!)).toBeLessThan(0);
    expect(signedAreaTwice(hole!)).toBeGreaterThan(0);
    expect(outer).toHaveLength(5);
    expect(outer![0]).toEqual(outer![4]);
  });

  it("returns null for missing geometries and collections", () => {
    expect(shapeRecordOf(null)).toBeNull();
    expect(shapeRecordOf({ type: "GeometryCollection", geometries: [] })).toBeNull();
    expect(shapeRecordOf({ type: "MultiPolygon", coordinates: [] })).toBeNull();
  });
});
