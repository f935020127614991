import { Clipper, EndType, FillRule, JoinType, type Path64, type Paths64 } from "clipper2-ts";
import { UNITS_PER_METRE, makeShape, type ProjectedShape } from "./projected-shape";

/** Arc segments per full circle of a buffer; 256 equals PostGIS `quad_segs=64` (area deficit 0.01 %). */
export const SEGMENTS_PER_CIRCLE = 256;

/**
 * Euclidean buffer (Minkowski sum with a disc) of a projected shape with Clipper2 round joins; polygons keep
 * their interior, lines and points get round ends. Arc vertices lie on the true circle, 256 per turn.
 * @param shape - projected shape
 * @param radiusM - buffer distance in projected metres
 * @param segmentsPerCircle - arc segments per full circle (default 256)
 * @returns buffer paths in centimetres, NonZero orientation
 */
export function bufferShape(shape: ProjectedShape, radiusM: number, segmentsPerCircle = SEGMENTS_PER_CIRCLE): Paths64 {
  const delta = radiusM * UNITS_PER_METRE;
  const arcTolerance = Math.max(0.25, delta * (1 - Math.cos(Math.PI / segmentsPerCircle)));
  const endType = shape.closed ? EndType.Polygon : EndType.Round;
  return Clipper.inflatePaths(shape.paths, delta, JoinType.Round, endType, 2, arcTolerance);
}

/**
 * Planar area (m²) of `subject ∩ ⋃ clips` where clips are first cut to the subject's bounding box (RectClip is O(n)).
 * @returns projected square metres
 */
export function intersectionAreaM2(subject: ProjectedShape, clips: readonly Paths64[]): number {
  const clipPaths = clipToBox(subject, clips);
  if (clipPaths.length === 0) return 0;
  const result = Clipper.intersect(subject.paths, clipPaths, FillRule.NonZero);
  return Clipper.areaPaths(result) / (UNITS_PER_METRE * UNITS_PER_METRE);
}

/** `subject − ⋃ clips` as Clipper paths (centimetres). */
export function differencePaths(subject: ProjectedShape, clips: readonly Paths64[]): Paths64 {
  const clipPaths = clipToBox(subject, clips);
  if (clipPaths.length === 0) return subject.paths;
  return Clipper.difference(subject.paths, clipPaths, FillRule.NonZero);
}

/** `subject ∩ ⋃ clips` as Clipper paths (centimetres). */
export function intersectionPaths(subject: ProjectedShape, clips: readonly Paths64[]): Paths64 {
  const clipPaths = clipToBox(subject, clips);
  if (clipPaths.length === 0) return [];
  return Clipper.intersect(subject.paths, clipPaths, FillRule.NonZero);
}

/** Planar area in m² of Clipper paths in centimetres (holes negative). */
export function pathsAreaM2(paths: Paths64): number {
  return Clipper.areaPaths(paths) / (UNITS_PER_METRE * UNITS_PER_METRE);
}

/** Converts Clipper paths (centimetres) back into a closed projected shape (metres). */
export function shapeFromPaths(paths: Paths64): ProjectedShape | undefined {
  const rings = paths
    .filter((path) => path.length >= 3)
    .map((path) => {
      const ring = new Float64Array(path.length * 2);
      path.forEach((point, i) => {
        ring[2 * i] = point.x / UNITS_PER_METRE;
        ring[2 * i + 1] = point.y / UNITS_PER_METRE;
      });
      return ring;
    });
  return rings.length > 0 ? makeShape(rings, true) : undefined;
}

/** Dissolves (unions) polygon paths with the NonZero rule. */
export function unionPaths(paths: Paths64): Paths64 {
  return paths.length === 0 ? [] : Clipper.union(paths, FillRule.NonZero);
}

function boxOf(subject: ProjectedShape) {
  const margin = 1;
  return {
    left: Math.floor(subject.minX * UNITS_PER_METRE) - margin,
    top: Math.floor(subject.minY * UNITS_PER_METRE) - margin,
    right: Math.ceil(subject.maxX * UNITS_PER_METRE) + margin,
    bottom: Math.ceil(subject.maxY * UNITS_PER_METRE) + margin,
  };
}

function clipToBox(subject: ProjectedShape, clips: readonly Paths64[]): Path64[] {
  const rect = boxOf(subject);
  const out: Path64[] = [];
  for (const clip of clips) {
    for (const path of Clipper.rectClip(rect, clip)) if (path.length >= 3) out.push(path);
  }
  return out;
}
