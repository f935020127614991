/**
 * Clipping role features to a boundary polygon: features crossing the boundary are cut, those wholly outside
 * dropped. Lines are split where their segments cross the boundary (segment intersection against the
 * boundary segments of the grid cells they pass) and the pieces kept whose midpoints lie inside; polygons are
 * intersected with Clipper2 at 1e-7° resolution (the precision of OSM coordinates). The boundary grid
 * (`osm-clip-grid.ts`) keeps the exact work to features near the boundary.
 */
import { Clipper, Clipper64, ClipType, FillRule, type Path64, type Paths64 } from "clipper2-ts";
import type { Feature, Geometry, Position } from "geojson";
import { BoundaryGrid, boxOf, Cell } from "./osm-clip-grid";
import { nestRings } from "./osm-rings";

const SCALE = 1e7;

function toPath(ring: readonly Position[]): Path64 {
  const path: Path64 = ring.map((p) => ({ x: Math.round(p[0]! * SCALE), y: Math.round(p[1]! * SCALE) }));
  if (path.length > 1 && path[0]!.x === path[path.length - 1]!.x && path[0]!.y === path[path.length - 1]!.y) path.pop();
  return path;
}

function closedRing(path: Path64): Position[] {
  const positions = path.map((p) => [p.x / SCALE, p.y / SCALE]);
  positions.push([...positions[0]!]);
  return positions;
}

/** The rings (polygons) or lines of a geometry. */
function partsOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case "Polygon":
    case "MultiLineString":
      return geometry.coordinates;
    case "MultiPolygon":
      return geometry.coordinates.flat();
    case "LineString":
      return [geometry.coordinates];
    default:
      return [];
  }
}

/** The result of clipping one feature: its pieces inside (none when outside), and whether it was cut. */
interface ClipOutcome {
  geometry: Geometry | null;
  cut: boolean;
}

/** A boundary polygon ready to clip features against. */
export class BoundaryClip {
  private readonly grid: BoundaryGrid;
  private readonly paths: Paths64;

  constructor(polygons: readonly Position[][][]) {
    const rings = polygons.flat();
    this.grid = new BoundaryGrid(rings);
    this.paths = rings.map(toPath);
  }

  /** Cuts a polygon or line geometry to the boundary. */
  clip(geometry: Geometry): ClipOutcome {
    const parts = partsOf(geometry);
    const where = this.grid.classify(boxOf(parts));
    if (where === Cell.Inside) return { geometry, cut: false };
    if (where === Cell.Outside) return { geometry: null, cut: false };
    return geometry.type === "Polygon" || geometry.type === "MultiPolygon" ? this.clipAreas(geometry, parts) : this.clipLines(parts);
  }

  private clipAreas(geometry: Geometry, parts: Position[][]): ClipOutcome {
    const box = boxOf(parts);
    const margin = 1e-6;
    const rect = {
      left: Math.floor((box[0] - margin) * SCALE),
      top: Math.floor((box[1] - margin) * SCALE),
      right: Math.ceil((box[2] + margin) * SCALE),
      bottom: Math.ceil((box[3] + margin) * SCALE),
    };
    const clipPaths = Clipper.rectClip(rect, this.paths);
    if (clipPaths.length === 0) return { geometry: null, cut: false };
    const subject = parts.map(toPath);
    if (clipPaths.length === 1 && Math.abs(Clipper.area(clipPaths[0]!)) >= (rect.right - rect.left) * (rect.bottom - rect.top)) return { geometry, cut: false };
    const clipper = new Clipper64();
    clipper.addSubject(subject);
    clipper.addClip(clipPaths);
    const closed: Paths64 = [];
    clipper.execute(ClipType.Intersection, FillRule.EvenOdd, closed);
    const polygons = nestRings(closed.filter((path) => path.length >= 3).map(closedRing));
    if (polygons.length === 0) return { geometry: null, cut: false };
    const cut = closed.length !== subject.length || Math.abs(Clipper.areaPaths(closed)) < Math.abs(Clipper.areaPaths(subject)) * (1 - 1e-9);
    return { geometry: polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons }, cut };
  }

  private clipLines(parts: Position[][]): ClipOutcome {
    const lines: Position[][] = [];
    let current: Position[] = [];
    let dropped = false;
    const flush = () => {
      if (current.length >= 2) lines.push(current);
      current = [];
    };
    const keep = (a: Position, b: Position) => {
      const last = current[current.length - 1];
      if (!last || last[0] !== a[0] || last[1] !== a[1]) {
        flush();
        current.push(a);
      }
      current.push(b);
    };
    for (const part of parts) {
      for (let i = 1; i < part.length; i++) {
        const a = part[i - 1]!,
          b = part[i]!;
        const where = this.grid.classify([Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!)]);
        if (where === Cell.Inside) {
          keep(a, b);
          continue;
        }
        const ts = where === Cell.Outside ? [] : this.grid.crossings(a, b);
        const points = [a, ...ts.map((t) => [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)]), b];
        for (let k = 1; k < points.length; k++) {
          const p = points[k - 1]!,
            q = points[k]!;
          if (where !== Cell.Outside && this.grid.contains((p[0]! + q[0]!) / 2, (p[1]! + q[1]!) / 2)) keep(p, q);
          else {
            dropped = true;
            flush();
          }
        }
      }
      flush();
    }
    if (lines.length === 0) return { geometry: null, cut: false };
    return { geometry: lines.length === 1 ? { type: "LineString", coordinates: lines[0]! } : { type: "MultiLineString", coordinates: lines }, cut: dropped };
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
