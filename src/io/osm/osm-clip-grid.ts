/**
 * A boundary polygon indexed on a 256 × 256 grid of its box: each cell is inside, outside or on an edge (with
 * the boundary segments crossing it), so most points and boxes are placed without touching the boundary, and
 * crossings of a segment are searched only among the segments of the cells it passes.
 */
import type { Position } from "geojson";

const GRID = 256;
export const Cell = { Outside: 0, Inside: 1, Edge: 2 } as const;
export type CellClass = (typeof Cell)[keyof typeof Cell];
export type Box = [number, number, number, number];

export function boxOf(rings: Iterable<readonly Position[]>): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const p of ring) {
      if (p[0]! < box[0]) box[0] = p[0]!;
      if (p[1]! < box[1]) box[1] = p[1]!;
      if (p[0]! > box[2]) box[2] = p[0]!;
      if (p[1]! > box[3]) box[3] = p[1]!;
    }
  return box;
}

export class BoundaryGrid {
  readonly box: Box;
  private readonly cells = new Uint8Array(GRID * GRID);
  /** Boundary segments (indexes into `segments`, 4 numbers each) per edge cell. */
  private readonly cellSegments = new Map<number, number[]>();
  private readonly segments: number[] = [];
  private readonly cellW: number;
  private readonly cellH: number;

  constructor(private readonly rings: readonly Position[][]) {
    this.box = boxOf(rings);
    const [west, south, east, north] = this.box;
    this.cellW = (east - west) / GRID || 1e-9;
    this.cellH = (north - south) / GRID || 1e-9;
    for (const ring of rings)
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!,
          b = ring[i]!;
        const index = this.segments.length / 4;
        this.segments.push(a[0]!, a[1]!, b[0]!, b[1]!);
        this.forCells([Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!)], (cell) => {
          this.cells[cell] = Cell.Edge;
          const list = this.cellSegments.get(cell);
          if (list) list.push(index);
          else this.cellSegments.set(cell, [index]);
        });
      }
    // Scanline through each row's centre: cells between the 1st and 2nd crossing, 3rd and 4th… are inside.
    for (let r = 0; r < GRID; r++) {
      const y = south + (r + 0.5) * this.cellH;
      const crossings = this.rowCrossings(y);
      for (let k = 0; k + 1 < crossings.length; k += 2) {
        const from = Math.max(0, Math.ceil((crossings[k]! - west) / this.cellW - 0.5));
        const to = Math.min(GRID - 1, Math.floor((crossings[k + 1]! - west) / this.cellW - 0.5));
        for (let c = from; c <= to; c++) if (this.cells[r * GRID + c] !== Cell.Edge) this.cells[r * GRID + c] = Cell.Inside;
      }
    }
  }

  private rowCrossings(y: number): number[] {
    const crossings: number[] = [];
    for (const ring of this.rings)
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!,
          b = ring[i]!;
        if (a[1]! > y !== b[1]! > y) crossings.push(a[0]! + ((y - a[1]!) * (b[0]! - a[0]!)) / (b[1]! - a[1]!));
      }
    return crossings.sort((p, q) => p - q);
  }

  /** Calls `visit` for every cell a box (inside the grid's box) covers. */
  private forCells(box: Box, visit: (cell: number) => void): void {
    const [west, south] = this.box;
    const column = (x: number) => Math.min(GRID - 1, Math.max(0, Math.floor((x - west) / this.cellW)));
    const row = (y: number) => Math.min(GRID - 1, Math.max(0, Math.floor((y - south) / this.cellH)));
    const c0 = column(box[0]),
      c1 = column(box[2]),
      r0 = row(box[1]),
      r1 = row(box[3]);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * GRID + c);
  }

  /** Wholly inside, wholly outside, or near the boundary (null) — for a box. */
  classify(box: Box): CellClass | null {
    const [west, south, east, north] = this.box;
    if (box[2] < west || box[0] > east || box[3] < south || box[1] > north) return Cell.Outside;
    if (box[0] < west || box[2] > east || box[1] < south || box[3] > north) return null;
    let first: number = -1;
    let mixed = false;
    this.forCells(box, (cell) => {
      const value = this.cells[cell]!;
      if (first < 0) first = value;
      else if (value !== first) mixed = true;
    });
    return mixed || first === Cell.Edge ? null : (first as CellClass);
  }

  /** Even-odd test of a point against the boundary (a row crossing count). */
  contains(x: number, y: number): boolean {
    const [west, south, east, north] = this.box;
    if (x < west || x > east || y < south || y > north) return false;
    let inside = false;
    for (const ring of this.rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const xi = ring[i]![0]!,
          yi = ring[i]![1]!,
          xj = ring[j]![0]!,
          yj = ring[j]![1]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    return inside;
  }

  /** Parameters t ∈ (0, 1) where segment a→b crosses a boundary segment, ascending. */
  crossings(a: Position, b: Position): number[] {
    const box: Box = [Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!)];
    const seen = new Set<number>();
    const ts: number[] = [];
    const rx = b[0]! - a[0]!,
      ry = b[1]! - a[1]!;
    this.forCells(box, (cell) => {
      for (const index of this.cellSegments.get(cell) ?? []) {
        if (seen.has(index)) continue;
        seen.add(index);
        const s = this.segments,
          k = index * 4;
        const sx = s[k + 2]! - s[k]!,
          sy = s[k + 3]! - s[k + 1]!;
        const denominator = rx * sy - ry * sx;
        if (denominator === 0) continue;
        const qx = s[k]! - a[0]!,
          qy = s[k + 1]! - a[1]!;
        const t = (qx * sy - qy * sx) / denominator,
          u = (qx * ry - qy * rx) / denominator;
        if (t > 0 && t < 1 && u >= 0 && u <= 1) ts.push(t);
      }
    });
    return ts.sort((p, q) => p - q);
  }
}
