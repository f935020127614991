import type { Feature, FeatureCollection, Geometry } from "geojson";

/**
 * The number of positions in a geometry (every coordinate pair of every part and ring, closing positions
 * included): the measure of how much work serialising, cloning or storing it takes.
 * @param geometry - a GeoJSON geometry, or null
 * @returns its position count
 */
function geometryPositionCount(geometry: Geometry | null): number {
  if (!geometry) return 0;
  switch (geometry.type) {
    case "Point":
      return 1;
    case "MultiPoint":
    case "LineString":
      return lengthOf(geometry.coordinates);
    case "MultiLineString":
    case "Polygon":
      return sumOf(geometry.coordinates, lengthOf);
    case "MultiPolygon":
      return sumOf(geometry.coordinates, (polygon) => sumOf(polygon, lengthOf));
    case "GeometryCollection":
      return sumOf(geometry.geometries, geometryPositionCount);
    default:
      return 0;
  }
}

/** The length of an array (0 for anything else: geometries are untrusted). */
const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

function sumOf<T>(values: readonly T[] | unknown, count: (value: T) => number): number {
  if (!Array.isArray(values)) return 0;
  let sum = 0;
  for (const value of values as T[]) sum += count(value);
  return sum;
}

const collectionCounts = new WeakMap<FeatureCollection, number>();

/** The positions of all features of a collection, counted once per collection object. */
export function collectionPositionCount(data: FeatureCollection): number {
  let count = collectionCounts.get(data);
  if (count === undefined) {
    count = 0;
    for (const feature of data.features) count += geometryPositionCount(feature?.geometry ?? null);
    collectionCounts.set(data, count);
  }
  return count;
}

/**
 * The end of the slice of `features` that starts at `start`: at most `maxFeatures` features and, unless it is a
 * single feature, at most `maxPositions` positions (a greedy cut in order, so one huge geometry gets a slice of
 * its own).
 * @param features - the features to slice
 * @param start - the index of the slice's first feature
 * @param maxFeatures - the most features per slice
 * @param maxPositions - the most positions per slice of more than one feature
 * @returns the index after the slice's last feature (`start` only when `start` is at or past the end)
 * @example sliceEnd(lines, 0, 1000, 5000) // 2 when lines[0] and lines[1] have 2,000 positions each and lines[2] 3,000
 */
export function sliceEnd(features: readonly (Feature | null | undefined)[], start: number, maxFeatures: number, maxPositions: number): number {
  let positions = 0;
  let index = start;
  for (; index < features.length; index++) {
    const count = geometryPositionCount(features[index]?.geometry ?? null);
    if (index > start && (index - start >= maxFeatures || positions + count > maxPositions)) break;
    positions += count;
  }
  return index;
}

/**
 * Consecutive [start, end) ranges of `features`, each cut as `sliceEnd` cuts: the slices of a job that must keep
 * each step short.
 * @param features - the features to slice
 * @param maxFeatures - the most features per range
 * @param maxPositions - the most positions per range of more than one feature
 * @returns the ranges, covering every feature in order
 * @example budgetSlices(lines, 1000, 5000) // [[0, 2], [2, 3], [3, 5]]
 */
export function budgetSlices(features: readonly (Feature | null | undefined)[], maxFeatures: number, maxPositions: number): [number, number][] {
  const slices: [number, number][] = [];
  for (let start = 0; start < features.length; ) {
    const end = sliceEnd(features, start, maxFeatures, maxPositions);
    slices.push([start, end]);
    start = end;
  }
  return slices;
}
