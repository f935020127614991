/**
 * Clipping role features to a boundary polygon: features crossing the boundary are cut (Clipper2 polygon and
 * open-path intersection at 1e-7° resolution, the precision of OSM coordinates); features wholly outside are
 * dropped. A 256 × 256 grid of the boundary's box, its cells marked inside, outside or on an edge, keeps the exact
 * clip to features near the boundary.
 */
import { Clipper, Clipper64, ClipType, FillRule, type Path64, type Paths64 } from "clipper2-ts";
import type { Feature, Geometry, Position } from "geojson";
import { nestRings } from "./osm-rings";

const SCALE = 1e7;
const GRID = 256;
const Cell = { Outside: 0, Inside: 1, Edge: 2 } as const;
type CellClass = (typeof Cell)[keyof typeof Cell];

type Box = [number, number, number, number];

function toPath(ring: readonly Position[]): Path64 {
  const path: Path64 = ring.map((p) => ({ x: Math.round(p[0]! * SCALE), y: Math.round(p[1]! * SCALE) }));
  if (path.length > 1 && path[0]!.x === path[path.length - 1]!.x && path[0]!.y === path[path.length - 1]!.y) path.pop();
  return path;
}

function toPositions(path: Path64, close: boolean): Position[] {
  const positions = path.map((p) => [p.x / SCALE, p.y / SCALE]);
  if (close && positions.length > 0) positions.push([...positions[0]!]);
  return positions;
}

function boxOf(rings: Iterable<readonly Position[]>): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) for (const p of ring) {
    if (p[0]! < box[0]) box[0] = p[0]!;
    if (p[1]! < box[1]) box[1] = p[1]!;
    if (p[0]! > box[2]) box[2] = p[0]!;
    if (p[1]! > box[3]) box[3] = p[1]!;
  }
  return box;
}

/** The rings (polygons) or lines of a geometry. */
function partsOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case "Polygon": case "MultiLineString": return geometry.coordinates;
    case "MultiPolygon": return geometry.coordinates.flat();
    case "LineString": return [geometry.coordinates];
    default: return [];
  }
}

const isArea = (geometry: Geometry) => geometry.type === "Polygon" || geometry.type === "MultiPolygon";

/** The result of clipping one feature: its pieces inside (none when outside), and whether it was cut. */
export interface ClipOutcome { geometry: Geometry | null; cut: boolean }

/** A boundary polygon ready to clip features against. */
export class BoundaryClip {
  private readonly rings: Position[][];
  private readonly paths: Paths64;
  private readonly box: Box;
  private readonly cells = new Uint8Array(GRID * GRID);

  constructor(polygons: readonly Position[][][]) {
    this.rings = polygons.flat();
    this.paths = this.rings.map(toPath);
    this.box = boxOf(this.rings);
    const [west, south, east, north] = this.box;
    const cellW = (east - west) / GRID || 1e-9, cellH = (north - south) / GRID || 1e-9;
    const column = (x: number) => Math.min(GRID - 1, Math.max(0, Math.floor((x - west) / cellW)));
    const row = (y: number) => Math.min(GRID - 1, Math.max(0, Math.floor((y - south) / cellH)));
    for (const ring of this.rings) for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1]!, b = ring[i]!;
      for (let r = row(Math.min(a[1]!, b[1]!)); r <= row(Math.max(a[1]!, b[1]!)); r++)
        for (let c = column(Math.min(a[0]!, b[0]!)); c <= column(Math.max(a[0]!, b[0]!)); c++) this.cells[r * GRID + c] = Cell.Edge;
    }
    // Scanline through each row's centre: cells between the 1st and 2nd crossing, 3rd and 4th… are inside.
    for (let r = 0; r < GRID; r++) {
      const y = south + (r + 0.5) * cellH;
      const crossings: number[] = [];
      for (const ring of this.rings) for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!, b = ring[i]!;
        if (a[1]! > y !== b[1]! > y) crossings.push(a[0]! + ((y - a[1]!) * (b[0]! - a[0]!)) / (b[1]! - a[1]!));
      }
      crossings.sort((p, q) => p - q);
      for (let k = 0; k + 1 < crossings.length; k += 2) {
        const from = Math.max(0, Math.ceil((crossings[k]! - west) / cellW - 0.5));
        const to = Math.min(GRID - 1, Math.floor((crossings[k + 1]! - west) / cellW - 0.5));
        for (let c = from; c <= to; c++) if (this.cells[r * GRID + c] !== Cell.Edge) this.cells[r * GRID + c] = Cell.Inside;
      }
    }
    this.cellW = cellW;
    this.cellH = cellH;
  }

  private readonly cellW: number;
  private readonly cellH: number;

  /** What the grid says of a box: wholly inside, wholly outside, or near the boundary (null). */
  private classify(box: Box): CellClass | null {
    const [west, south, east, north] = this.box;
    if (box[2] < west || box[0] > east || box[3] < south || box[1] > north) return Cell.Outside;
    if (box[0] < west || box[2] > east || box[1] < south || box[3] > north) return null;
    const c0 = Math.floor((box[0] - west) / this.cellW), c1 = Math.min(GRID - 1, Math.floor((box[2] - west) / this.cellW));
    const r0 = Math.floor((box[1] - south) / this.cellH), r1 = Math.min(GRID - 1, Math.floor((box[3] - south) / this.cellH));
    const first = this.cells[r0 * GRID + c0]!;
    if (first === Cell.Edge) return null;
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (this.cells[r * GRID + c] !== first) return null;
    return first as CellClass;
  }

  /** Cuts a polygon or line geometry to the boundary. */
  clip(geometry: Geometry): ClipOutcome {
    const parts = partsOf(geometry);
    const box = boxOf(parts);
    const where = this.classify(box);
    if (where === Cell.Inside) return { geometry, cut: false };
    if (where === Cell.Outside) return { geometry: null, cut: false };
    const margin = 1e-6;
    const rect = { left: Math.floor((box[0] - margin) * SCALE), top: Math.floor((box[1] - margin) * SCALE), right: Math.ceil((box[2] + margin) * SCALE), bottom: Math.ceil((box[3] + margin) * SCALE) };
    const clipPaths = Clipper.rectClip(rect, this.paths);
    if (clipPaths.length === 0) return { geometry: null, cut: false };
    if (clipPaths.length === 1 && Math.abs(Clipper.area(clipPaths[0]!)) >= (rect.right - rect.left) * (rect.bottom - rect.top)) return { geometry, cut: false };
    const clipper = new Clipper64();
    const subject = parts.map(toPath);
    if (isArea(geometry)) {
      clipper.addSubject(subject);
      clipper.addClip(clipPaths);
      const closed: Paths64 = [];
      clipper.execute(ClipType.Intersection, FillRule.EvenOdd, closed);
      const polygons = nestRings(closed.filter((path) => path.length >= 3).map((path) => toPositions(path, true)));
      if (polygons.length === 0) return { geometry: null, cut: false };
      const cut = Math.abs(Clipper.areaPaths(closed)) < Math.abs(Clipper.areaPaths(subject)) * (1 - 1e-9) || closed.length !== subject.length;
      return { geometry: polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons }, cut };
    }
    clipper.addOpenSubject(subject);
    clipper.addClip(clipPaths);
    const open: Paths64 = [];
    clipper.execute(ClipType.Intersection, FillRule.EvenOdd, [], open);
    const lines = open.filter((path) => path.length >= 2).map((path) => toPositions(path, false));
    if (lines.length === 0) return { geometry: null, cut: false };
    const inputVertices = new Set(subject.flatMap((path) => path.map((p) => `${p.x},${p.y}`)));
    const pointsOut = open.reduce((sum, path) => sum + path.length, 0);
    const cut = lines.length !== subject.length || pointsOut !== subject.reduce((sum, path) => sum + path.length, 0) || open.some((path) => path.some((p) => !inputVertices.has(`${p.x},${p.y}`)));
    return { geometry: lines.length === 1 ? { type: "LineString", coordinates: lines[0]! } : { type: "MultiLineString", coordinates: lines }, cut };
  }
}

/** Clips every feature of a layer: the kept features, the feature each came from, and how many were cut. */
export function clipFeatures(features: readonly Feature[], boundary: BoundaryClip): { features: Feature[]; originals: Feature[]; cut: number } {
  const kept: Feature[] = [];
  const originals: Feature[] = [];
  let cut = 0;
  for (const feature of features) {
    if (!feature.geometry) continue;
    const outcome = boundary.clip(feature.geometry);
    if (!outcome.geometry) continue;
    if (outcome.cut) cut++;
    kept.push(outcome.cut ? { ...feature, geometry: outcome.geometry } : feature);
    originals.push(feature);
  }
  return { features: kept, originals, cut };
}
