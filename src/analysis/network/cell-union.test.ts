import { Clipper, FillRule, type Paths64 } from "clipper2-ts";
import { describe, expect, it } from "vitest";
import { DISSOLVE_CELL_M, dissolveInCells } from "./cell-union";

const cm = DISSOLVE_CELL_M * 100;
/** A counter-clockwise square in centimetres. */
const square = (x: number, y: number, side: number): Paths64 => [
  [
    { x, y },
    { x: x + side, y },
    { x: x + side, y: y + side },
    { x, y: y + side },
  ],
];

describe("dissolveInCells", () => {
  it("covers the same area as one union, cut along the cell lines", () => {
    // Three overlapping squares, one of them across a cell corner, and a square with a hole far away.
    const polygons = [
      square(cm - 5000, cm - 5000, 10000),
      square(cm - 2000, cm - 2000, 10000),
      square(3 * cm, 0, 5000),
      [
        ...square(5 * cm, 5 * cm, 9000),
        [
          { x: 5 * cm + 3000, y: 5 * cm + 3000 },
          { x: 5 * cm + 3000, y: 5 * cm + 6000 },
          { x: 5 * cm + 6000, y: 5 * cm + 6000 },
          { x: 5 * cm + 6000, y: 5 * cm + 3000 },
        ],
      ],
    ];
    const cells = dissolveInCells(polygons);
    const whole = Clipper.union(polygons.flat(), FillRule.NonZero);
    const area = cells.reduce((sum, paths) => sum + Clipper.areaPaths(paths), 0);
    expect(area).toBeCloseTo(Clipper.areaPaths(whole), 6);
    expect(area).toBe(10000 * 10000 * 2 - 7000 * 7000 + 5000 * 5000 + 9000 * 9000 - 3000 * 3000);
    // The squares across the corner fall into four cells; the others into one each.
    expect(cells).toHaveLength(6);
    // Every cell's paths lie inside that cell.
    for (const paths of cells) {
      const b = Clipper.getBoundsPaths(paths);
      expect(Math.floor(b.left / cm)).toBe(Math.floor((b.right - 1) / cm));
      expect(Math.floor(b.top / cm)).toBe(Math.floor((b.bottom - 1) / cm));
    }
  });

  it("gives nothing for nothing", () => {
    expect(dissolveInCells([])).toEqual([]);
    expect(dissolveInCells([[]])).toEqual([]);
  });
});
