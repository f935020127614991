import * as turf from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { bboxOf } from "../../src/analysis/bbox";
import { COORDINATE_DECIMALS } from "./config";

const SCALE = 10 ** COORDINATE_DECIMALS;

/** Rounds one position to the shipped precision (6 decimals). */
export function roundPosition(position: Position): Position {
  return [Math.round((position[0] ?? 0) * SCALE) / SCALE, Math.round((position[1] ?? 0) * SCALE) / SCALE];
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** Rounds a line and drops consecutive duplicate positions created by rounding. */
export function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const position of line) {
    const rounded = roundPosition(position);
    if (!samePosition(out[out.length - 1], rounded)) out.push(rounded);
  }
  return out;
}

/** True when a, b, c lie exactly on one line on the 1e-6° grid (integer cross product, exact). */
function collinearOnGrid(a: Position, b: Position, c: Position): boolean {
  const ax = Math.round(((a[0] ?? 0) - (b[0] ?? 0)) * SCALE);
  const ay = Math.round(((a[1] ?? 0) - (b[1] ?? 0)) * SCALE);
  const cx = Math.round(((c[0] ?? 0) - (b[0] ?? 0)) * SCALE);
  const cy = Math.round(((c[1] ?? 0) - (b[1] ?? 0)) * SCALE);
  return ax * cy - ay * cx === 0;
}

/**
 * Removes ring vertices that are exactly collinear with their neighbours after rounding: redundant
 * points on straight runs and zero-width spikes (a → b → back towards a), which rounding to 6 decimals can
 * create from sliver triangles. Does not move any remaining vertex.
 */
export function removeCollinearVertices(openRing: Position[]): Position[] {
  let ring = openRing;
  let changed = true;
  while (changed && ring.length > 3) {
    changed = false;
    const kept: Position[] = [];
    for (let i = 0; i < ring.length; i += 1) {
      const previous = kept.length ? (kept[kept.length - 1] as Position) : (ring[ring.length - 1] as Position);
      const next = ring[(i + 1) % ring.length] as Position;
      if (collinearOnGrid(previous, ring[i] as Position, next)) changed = true;
      else kept.push(ring[i] as Position);
    }
    ring = kept;
  }
  return ring;
}

/** Rounds a closed ring, drops repeated and collinear vertices; returns null when fewer than 4 positions remain. */
export function roundRing(ring: Position[]): Position[] | null {
  const rounded = roundLine(ring);
  if (samePosition(rounded[0], rounded[rounded.length - 1])) rounded.pop();
  const out = removeCollinearVertices(rounded);
  if (out.length < 3) return null;
  out.push(out[0] as Position);
  return out;
}

/** Rounds every coordinate of a Polygon/MultiPolygon/LineString/MultiLineString/Point, dropping degenerate parts. */
export function roundGeometry(geometry: Geometry): Geometry | null {
  switch (geometry.type) {
    case "Point":
      return { type: "Point", coordinates: roundPosition(geometry.coordinates) };
    case "LineString": {
      const line = roundLine(geometry.coordinates);
      return line.length >= 2 ? { type: "LineString", coordinates: line } : null;
    }
    case "MultiLineString": {
      const lines = geometry.coordinates.map(roundLine).filter((line) => line.length >= 2);
      return lines.length ? { type: "MultiLineString", coordinates: lines } : null;
    }
    case "Polygon": {
      const rings = roundPolygonRings(geometry.coordinates);
      return rings ? { type: "Polygon", coordinates: rings } : null;
    }
    case "MultiPolygon": {
      const polygons = geometry.coordinates.map(roundPolygonRings).filter((rings): rings is Position[][] => rings !== null);
      if (polygons.length === 0) return null;
      return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0] as Position[][] } : { type: "MultiPolygon", coordinates: polygons };
    }
    default:
      throw new Error(`unsupported geometry ${geometry.type}`);
  }
}

function roundPolygonRings(rings: Position[][]): Position[][] | null {
  const [outer, ...holes] = rings.map(roundRing);
  if (!outer) return null;
  return [outer, ...holes.filter((ring): ring is Position[] => ring !== null)];
}

/**
 * Rounds to 6 decimals and rewinds polygons to RFC 7946 §3.1.6 (exterior rings counter-clockwise,
 * holes clockwise) with turf `rewind`.
 */
export function normalizeFeature<P extends Record<string, unknown>>(feature: Feature<Geometry, P>): Feature<Geometry, P> | null {
  const rounded = roundGeometry(feature.geometry);
  if (!rounded) return null;
  const geometry = rounded.type === "Polygon" || rounded.type === "MultiPolygon" ? (turf.rewind(rounded) as Geometry) : rounded;
  return { type: "Feature", properties: feature.properties, geometry };
}

/** [west, south, east, north] of a collection (`analysis/bbox.bboxOf`), rounded to `COORDINATE_DECIMALS`. */
export function collectionBbox(collection: FeatureCollection): [number, number, number, number] {
  const box = bboxOf(collection);
  if (!box) throw new Error("a layer without coordinates has no bbox");
  const round = (value: number) => Math.round(value * SCALE) / SCALE;
  const [west, south, east, north] = box;
  return [round(west), round(south), round(east), round(north)];
}

/**
 * Serializes a FeatureCollection deterministically: one feature per line (readable diffs),
 * keys in construction order, a trailing newline.
 */
export function serializeCollection(collection: FeatureCollection): string {
  const lines = collection.features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${lines.join(",\n")}\n]}\n`;
}
