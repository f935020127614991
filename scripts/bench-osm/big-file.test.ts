import { describe, expect, it } from "vitest";
import { shiftedCopy } from "./big-file";

const OPL = [
  "n10 v1 dV c0 t2020-01-01T00:00:00Z i0 u T x1.5000000 y42.5000000",
  "w20 v1 dV c0 t2020-01-01T00:00:00Z i0 u Thighway=path,ref=n7 Nn10,n11,n10",
  "r30 v1 dV c0 t2020-01-01T00:00:00Z i0 u Ttype=multipolygon Mw20@outer,n10@,r31@",
  "",
].join("\n");

describe("shiftedCopy", () => {
  it("offsets every id and reference, the first of a way's nodes and of a relation's members included", () => {
    const lines = shiftedCopy(OPL, 2).split("\n");
    expect(lines[0]).toBe("n20000000010 v1 dV c0 t2020-01-01T00:00:00Z i0 u T x2.5000000 y42.5000000");
    expect(lines[1]).toBe("w20000000020 v1 dV c0 t2020-01-01T00:00:00Z i0 u Thighway=path,ref=n7 Nn20000000010,n20000000011,n20000000010");
    expect(lines[2]).toBe("r20000000030 v1 dV c0 t2020-01-01T00:00:00Z i0 u Ttype=multipolygon Mw20000000020@outer,n20000000010@,r20000000031@");
  });

  it("leaves copy 0 as it is", () => {
    expect(shiftedCopy(OPL, 0)).toBe(OPL);
  });
});
