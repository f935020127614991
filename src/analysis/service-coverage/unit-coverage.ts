import Flatbush from "flatbush";
import type { Paths64 } from "clipper2-ts";
import { differencePaths, intersectionAreaM2 } from "../geometry/clip";
import { clipRingByConvex, ringSignedArea } from "../geometry/convex-clip";
import { distanceToShape } from "../geometry/distance";
import { maxVertexDistanceToConvex, shapesDistance } from "../geometry/shape-distance";
import type { CoverageLayer } from "./coverage-layer";
import type { ResidentialUnit } from "./residential-units";
import { valueAt } from "../value-at";

/**
 * Exact Euclidean-buffer coverage of one unit: the share of its area within each source's radius of any source.
 * Most units are decided without clipping: fully covered when a ball around the unit (or, for a convex source,
 * every vertex) lies within the radius; untouched when the minimum distance exceeds the radius. Only the rest is
 * clipped against the union of the remaining sources' buffers (Clipper2, NonZero).
 * @returns covered fraction 0–1 of the unit's area
 */
export function coveredFraction(unit: ResidentialUnit, layer: CoverageLayer, memo?: DistanceMemo): number {
  const partial = partialSources(unit, layer, memo);
  if (partial === "full") return 1;
  if (partial.length === 0) return 0;
  const convex = partial.length <= MAX_INCLUSION_EXCLUSION && partial.every((i) => layer.sources[i]?.convex);
  const covered = convex
    ? convexUnionAreaM2(
        unit,
        partial.map((i) => layer.convexRing(i)),
        partial.map((i) => layer.convexChunks(i)),
      )
    : intersectionAreaM2(
        unit.shape,
        partial.map((i) => layer.boxClip(i)),
      );
  return unit.planarAreaM2 > 0 ? Math.min(1, Math.max(0, covered / unit.planarAreaM2)) : 0;
}

/** The uncovered part of a unit (blind spot) as Clipper paths in centimetres, or `[]` when fully covered. */
export function uncoveredPaths(unit: ResidentialUnit, layer: CoverageLayer): Paths64 {
  const partial = partialSources(unit, layer);
  if (partial === "full") return [];
  if (partial.length === 0) return unit.shape.paths;
  return differencePaths(
    unit.shape,
    partial.map((i) => layer.boxClip(i)),
  );
}

const MAX_INCLUSION_EXCLUSION = 4;

/**
 * Unit-to-source distances shared by the layers of one unit's evaluation (layers whose source `i` is the same
 * shape with different radii, as the park layers are): centre distance, worst vertex distance, minimum distance.
 */
export type DistanceMemo = Map<number, { centre: number; worst?: number | null; minimum?: number }>;

/**
 * Area of unit ∩ (B1 ∪ … ∪ Bk) for k ≤ 3 convex buffers by inclusion–exclusion over Sutherland–Hodgman clips.
 * @returns projected m²
 */
function convexUnionAreaM2(unit: ResidentialUnit, clips: Float64Array[], chunks: Float64Array[]): number {
  const rings: ArrayLike<number>[] = unit.shape.rings;
  const box = [unit.shape.minX, unit.shape.minY, unit.shape.maxX, unit.shape.maxY] as const;
  if (clips.length === 1) {
    const clip = valueAt(clips, 0),
      chunk = valueAt(chunks, 0);
    let area = 0;
    for (const ring of rings) area += ringSignedArea(clipRingByConvex(ring, clip, box, chunk));
    return area;
  }
  let total = 0;
  for (let subset = 1; subset < 1 << clips.length; subset++) {
    let sign = -1;
    let clipped = rings;
    for (let c = 0; c < clips.length; c++) {
      if (!(subset & (1 << c))) continue;
      sign = -sign;
      const clip = valueAt(clips, c),
        chunk = valueAt(chunks, c);
      clipped = clipped.map((ring) => clipRingByConvex(ring, clip, box, chunk)).filter((ring) => ring.length > 0);
    }
    for (const ring of clipped) total += sign * ringSignedArea(ring);
  }
  return total;
}

function partialSources(unit: ResidentialUnit, layer: CoverageLayer, memo: DistanceMemo = new Map()): number[] | "full" {
  const { shape } = unit;
  const partial: number[] = [];
  for (const i of layer.candidates(shape.minX, shape.minY, shape.maxX, shape.maxY)) {
    const source = layer.sources[i];
    if (!source) continue;
    const r = source.radiusM;
    let known = memo.get(i);
    if (!known) memo.set(i, (known = { centre: distanceToShape(source.shape, unit.cx, unit.cy) }));
    const d = known.centre;
    if (d + unit.rho <= r) return "full";
    if (d - unit.rho > r) continue;
    if (known.worst === undefined) known.worst = maxVertexDistanceToConvex(shape, source.shape, source.convex) ?? null;
    if (known.worst !== null && known.worst <= r) return "full";
    known.minimum ??= shapesDistance(shape, source.shape);
    if (known.minimum > r) continue;
    partial.push(i);
  }
  // A non-convex buffer (a walking tile's, a concave park's) that holds the unit's whole box decides it as well.
  const bounds = [shape.minX, shape.minY, shape.maxX, shape.maxY] as const;
  return partial.some((i) => layer.holdsBox(i, bounds)) ? "full" : partial;
}

/** A flatbush index of the units' bounding boxes; undefined without units. */
export function indexUnits(units: readonly ResidentialUnit[]): Flatbush | undefined {
  if (units.length === 0) return undefined;
  const index = new Flatbush(units.length);
  for (const u of units) index.add(u.shape.minX, u.shape.minY, u.shape.maxX, u.shape.maxY);
  index.finish();
  return index;
}

/**
 * Evaluates unit `u` against every layer (0 = overall, 1 + c = class c) into `fractions`. With class radii that
 * never shrink as the minimum area grows (`monotone`), every park's own radius is its largest class's, so the
 * overall coverage is the union of the class coverages and is clipped only when classes cover it in part.
 * `memo` may be shared only when a source slot is the same shape in every layer.
 */
export function evaluateUnit(
  unit: ResidentialUnit,
  u: number,
  layers: readonly CoverageLayer[],
  fractions: readonly Float64Array[],
  monotone: boolean,
  memo?: DistanceMemo,
): void {
  memo?.clear();
  evaluateLayers((l) => coveredFraction(unit, valueAt(layers, l), memo), u, fractions, monotone);
}

/** `evaluateUnit` over any per-layer fraction function (layer 0 = overall, asked only when the classes cannot tell). */
export function evaluateLayers(fractionOf: (layer: number) => number, u: number, fractions: readonly Float64Array[], monotone: boolean): void {
  const classCount = fractions.length - 1;
  let anyFull = false,
    anyPartial = false;
  for (let c = 1; c <= classCount; c++) {
    const fraction = fractionOf(c);
    valueAt(fractions, c)[u] = fraction;
    if (fraction >= 1) anyFull = true;
    else if (fraction > 0) anyPartial = true;
  }
  const overall = valueAt(fractions, 0);
  if (monotone && (anyFull || !anyPartial)) overall[u] = anyFull ? 1 : 0;
  else if (monotone && classCount === 1) overall[u] = valueAt(valueAt(fractions, 1), u);
  else overall[u] = fractionOf(0);
}
