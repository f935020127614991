import { Clipper, EndType, FillRule, JoinType, type Path64, type Paths64, PointInPolygonResult } from "clipper2-ts";
import { clipRingByConvex } from "./convex-clip";
import { inflatePaths, inflateToRings } from "./offset-kernel";
import { type PackedRings, ringNearBox, ringsMeetingBox } from "./packed-rings";
import { UNITS_PER_METRE, makeShape, type ProjectedShape, ringToPath } from "./projected-shape";

/**
 * One clip of `intersectionAreaM2` / `differencePaths`: Clipper paths in centimetres, cut to the subject's box by
 * `pathsToBox`; packed metre rings, of which only those meeting the box are taken (`ringsMeetingBox`), those
 * crossing its outline first thinned to the vertices near the box (`ringNearBox`), then cut one by one as Clipper
 * paths are; or a convex counter-clockwise ring in metres with its
 * edge-chunk boxes (`edgeChunkBoxes`), which is cut to the subject's box by Sutherland–Hodgman (a convex ring ∩ a box
 * is convex, so the cut is exact).
 */
export type BoxClip = Paths64 | PackedRings | { convexRing: Float64Array; chunks: Float64Array };

/** Arc segments per full circle of a buffer; 256 equals PostGIS `quad_segs=64` (area deficit 0.01 %). */
export const SEGMENTS_PER_CIRCLE = 256;

/**
 * Euclidean buffer (Minkowski sum with a disc) of a projected shape with Clipper2 round joins (`inflatePaths`: the
 * WebAssembly build once loaded, else clipper2-ts); polygons keep their interior, lines and points get round ends.
 * Arc vertices lie on the true circle, 256 per turn.
 * @param shape - projected shape
 * @param radiusM - buffer distance in projected metres
 * @param segmentsPerCircle - arc segments per full circle (default 256)
 * @returns buffer paths in centimetres, NonZero orientation
 */
export function bufferShape(shape: ProjectedShape, radiusM: number, segmentsPerCircle = SEGMENTS_PER_CIRCLE): Paths64 {
  const { delta, endType, arcTolerance } = roundOffset(shape, radiusM, segmentsPerCircle);
  return inflatePaths(shape.paths, delta, JoinType.Round, endType, 2, arcTolerance);
}

/** `bufferShape` with the result as packed metre rings (`PackedRings`), the compact form a cache keeps. */
export function bufferRings(shape: ProjectedShape, radiusM: number, segmentsPerCircle = SEGMENTS_PER_CIRCLE): PackedRings {
  const { delta, endType, arcTolerance } = roundOffset(shape, radiusM, segmentsPerCircle);
  return inflateToRings(shape.paths, delta, JoinType.Round, endType, 2, arcTolerance);
}

/** Offset distance (centimetres), end type and arc tolerance of a round buffer with arc vertices on the circle. */
function roundOffset(shape: ProjectedShape, radiusM: number, segmentsPerCircle: number): { delta: number; endType: EndType; arcTolerance: number } {
  const delta = radiusM * UNITS_PER_METRE;
  return {
    delta,
    endType: shape.closed ? EndType.Polygon : EndType.Round,
    arcTolerance: Math.max(0.25, delta * (1 - Math.cos(Math.PI / segmentsPerCircle))),
  };
}

/**
 * Planar area (m²) of `subject ∩ ⋃ clips` where clips are first cut to the subject's bounding box (RectClip is O(n)).
 * @returns projected square metres
 */
export function intersectionAreaM2(subject: ProjectedShape, clips: readonly BoxClip[]): number {
  const clipPaths = clipToBox(subject, clips);
  if (clipPaths.length === 0) return 0;
  const result = Clipper.intersect(subject.paths, clipPaths, FillRule.NonZero);
  return Clipper.areaPaths(result) / (UNITS_PER_METRE * UNITS_PER_METRE);
}

/** `subject − ⋃ clips` as Clipper paths (centimetres). */
export function differencePaths(subject: ProjectedShape, clips: readonly BoxClip[]): Paths64 {
  const clipPaths = clipToBox(subject, clips);
  if (clipPaths.length === 0) return subject.paths;
  return Clipper.difference(subject.paths, clipPaths, FillRule.NonZero);
}

/** `subject ∩ ⋃ clips` as Clipper paths (centimetres). */
export function intersectionPaths(subject: ProjectedShape, clips: readonly BoxClip[]): Paths64 {
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

/** Each clip cut to the subject's box (`BoxClip`). */
function clipToBox(subject: ProjectedShape, clips: readonly BoxClip[]): Path64[] {
  const rect = boxOf(subject);
  const out: Path64[] = [];
  const paths: Paths64[] = [];
  let box: { ring: Float64Array; bounds: [number, number, number, number] } | undefined;
  for (const clip of clips) {
    if (Array.isArray(clip)) {
      paths.push(clip);
      continue;
    }
    box ??= metreBox(rect);
    if ("starts" in clip) {
      for (const { ring, inside } of ringsMeetingBox(clip, box.bounds)) {
        if (inside) out.push(ringToPath(ring));
        else {
          const near = ringNearBox(ring, box.bounds);
          if (near.length >= 6) paths.push([ringToPath(near)]);
        }
      }
      continue;
    }
    const cut = clipRingByConvex(box.ring, clip.convexRing, box.bounds, clip.chunks);
    if (cut.length >= 6) out.push(ringToPath(cut));
  }
  return paths.length > 0 ? out.concat(pathsToBox(rect, paths)) : out;
}

/** `rect` (centimetres) as a counter-clockwise ring and bounds in metres, the subject of a convex cut. */
function metreBox(rect: ReturnType<typeof boxOf>): { ring: Float64Array; bounds: [number, number, number, number] } {
  const minX = rect.left / UNITS_PER_METRE,
    minY = rect.top / UNITS_PER_METRE,
    maxX = rect.right / UNITS_PER_METRE,
    maxY = rect.bottom / UNITS_PER_METRE;
  return { ring: new Float64Array([minX, minY, maxX, minY, maxX, maxY, minX, maxY]), bounds: [minX, minY, maxX, maxY] };
}

/**
 * Clipper paths cut to `rect` with Clipper2's RectClip (linear time). RectClip (clipper2-ts 2.0.1) can drop a corner
 * of the box that a clip encloses — a positively wound buffer ring around most of a box lost 46 % of the box's
 * area — so the result is checked at the box's four corners (inside the clip ⇔ inside the cut clip, by the NonZero
 * rule) and, where they disagree, the clip is cut by a general intersection instead.
 */
function pathsToBox(rect: ReturnType<typeof boxOf>, clips: readonly Paths64[]): Path64[] {
  const corners = [
    { x: rect.left, y: rect.top },
    { x: rect.right, y: rect.top },
    { x: rect.right, y: rect.bottom },
    { x: rect.left, y: rect.bottom },
  ];
  const out: Path64[] = [];
  for (const clip of clips) {
    let cut = Clipper.rectClip(rect, clip);
    if (corners.some((corner) => isInsideNonZero(clip, corner) !== isInsideNonZero(cut, corner))) cut = Clipper.intersect(clip, [corners], FillRule.NonZero);
    for (const path of cut) if (path.length >= 3) out.push(path);
  }
  return out;
}

/** True when `point` lies inside `paths` by the NonZero rule (winding number ≠ 0); a point on an edge counts as inside. */
function isInsideNonZero(paths: Paths64, point: { x: number; y: number }): boolean {
  let winding = 0;
  for (const path of paths) {
    const where = Clipper.pointInPolygon(point, path);
    if (where === PointInPolygonResult.IsOn) return true;
    if (where === PointInPolygonResult.IsInside) winding += Clipper.area(path) > 0 ? 1 : -1;
  }
  return winding !== 0;
}
