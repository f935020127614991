import { Clipper, FillRule, type Paths64, type Rect64 } from "clipper2-ts";
import { UNITS_PER_METRE } from "../geometry/projected-shape";

/** Side of the square cells a service area is dissolved in (projected metres). */
export const DISSOLVE_CELL_M = 1000;

/**
 * Dissolves polygons (Clipper paths, centimetres) cell by cell: each polygon is cut to the square cells of
 * `DISSOLVE_CELL_M` its bounding box touches (RectClip) and each cell's pieces are unioned (Clipper2, NonZero).
 * The union is the same set as one union of everything, split along the cell lines; a sweep over one cell keeps
 * few edges active per scan line, where one sweep over a city keeps thousands and slows to a crawl.
 * @returns one list of paths per non-empty cell (outer rings positive, holes negative, each hole in its cell)
 */
export function dissolveInCells(polygons: readonly Paths64[]): Paths64[] {
  const size = DISSOLVE_CELL_M * UNITS_PER_METRE;
  const cells = new Map<string, Paths64>();
  for (const paths of polygons) {
    if (paths.length === 0) continue;
    const bounds = Clipper.getBoundsPaths(paths);
    const i0 = Math.floor(bounds.left / size),
      i1 = Math.floor(bounds.right / size);
    const j0 = Math.floor(bounds.top / size),
      j1 = Math.floor(bounds.bottom / size);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const single = i0 === i1 && j0 === j1;
        const rect: Rect64 = { left: i * size, top: j * size, right: (i + 1) * size, bottom: (j + 1) * size };
        const pieces = single ? paths : Clipper.rectClip(rect, paths);
        if (pieces.length === 0) continue;
        const key = `${i},${j}`;
        const list = cells.get(key);
        if (list) list.push(...pieces);
        else cells.set(key, [...pieces]);
      }
    }
  }
  const out: Paths64[] = [];
  for (const pieces of cells.values()) {
    const union = Clipper.union(pieces, FillRule.NonZero);
    if (union.length > 0) out.push(union);
  }
  return out;
}
