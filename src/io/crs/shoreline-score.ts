/**
 * Scores CRS candidates by how well the data meets a reference shoreline.
 * Offsets such as GCJ-02 (≈ 460 m east-north-east of WGS84 in Qingdao) or a
 * wrong datum move coastal vertices off the real coast; the candidate whose
 * transformed coastal vertices have the smallest median distance to the
 * shoreline is most likely. Distances use a local equirectangular metre grid,
 * adequate at the 10 m–1 km scale of these offsets; segments are indexed with
 * Flatbush.
 */
import Flatbush from "flatbush";
import type { FeatureCollection, Position } from "geojson";
import type { CrsCandidate } from "../import-types";
import { createToWgs84 } from "./crs-registry";

const METRES_PER_DEGREE_LAT = 110_574;
const COASTAL_LIMIT_M = 3_000;
const MIN_COASTAL_VERTICES = 8;
const MAX_SAMPLE = 400;

type Segment = [number, number, number, number];

export interface ShorelineIndex {
  segments: Segment[];
  index: Flatbush;
}

const indexCache = new WeakMap<FeatureCollection, ShorelineIndex | undefined>();

/** Builds (and caches per collection object) a segment index from shoreline lines or polygon rings (WGS84). */
export function indexShoreline(shoreline: FeatureCollection): ShorelineIndex | undefined {
  if (!indexCache.has(shoreline)) indexCache.set(shoreline, buildShorelineIndex(shoreline));
  return indexCache.get(shoreline);
}

function buildShorelineIndex(shoreline: FeatureCollection): ShorelineIndex | undefined {
  const segments: Segment[] = [];
  for (const feature of shoreline.features) {
    const lines: Position[][] = [];
    const geometry = feature.geometry;
    if (!geometry) continue;
    if (geometry.type === "LineString") lines.push(geometry.coordinates);
    else if (geometry.type === "MultiLineString" || geometry.type === "Polygon") lines.push(...geometry.coordinates);
    else if (geometry.type === "MultiPolygon") geometry.coordinates.forEach((polygon) => lines.push(...polygon));
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        const [x1, y1] = line[i - 1]!;
        const [x2, y2] = line[i]!;
        if ([x1, y1, x2, y2].every((value) => Number.isFinite(value))) segments.push([x1!, y1!, x2!, y2!]);
      }
    }
  }
  if (segments.length === 0) return undefined;
  const index = new Flatbush(segments.length);
  for (const [x1, y1, x2, y2] of segments) index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  index.finish();
  return { segments, index };
}

const NEAREST_SEGMENTS = 16;

/** Distance in metres from a WGS84 point to the nearest shoreline segment (capped at 3 km). */
function distanceToShorelineM(shoreline: ShorelineIndex, lon: number, lat: number): number {
  const metresPerDegreeLon = METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180);
  const nearby = shoreline.index.neighbors(lon, lat, NEAREST_SEGMENTS, COASTAL_LIMIT_M / METRES_PER_DEGREE_LAT);
  let best = Infinity;
  for (const id of nearby) {
    const [x1, y1, x2, y2] = shoreline.segments[id]!;
    const ax = (x1 - lon) * metresPerDegreeLon,
      ay = (y1 - lat) * METRES_PER_DEGREE_LAT;
    const bx = (x2 - lon) * metresPerDegreeLon,
      by = (y2 - lat) * METRES_PER_DEGREE_LAT;
    const dx = bx - ax,
      dy = by - ay;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Re-ranks `candidates` by the median distance of coastal vertices to the
 * shoreline. Returns undefined when fewer than 8 vertices lie within 3 km of
 * the coast under any candidate (an inland layer tells nothing).
 */
export function scoreByShoreline(
  candidates: readonly CrsCandidate[],
  positions: readonly [number, number][],
  shoreline: ShorelineIndex,
): { candidates: CrsCandidate[]; medianDistanceM: Record<string, number> } | undefined {
  const sample =
    positions.length > MAX_SAMPLE ? Array.from({ length: MAX_SAMPLE }, (_, i) => positions[Math.floor((i * positions.length) / MAX_SAMPLE)]!) : positions;
  const distances = candidates.map((candidate) => {
    const toWgs84 = createToWgs84(candidate.crs);
    return sample.map((position) => {
      if (!toWgs84) return Infinity;
      const [lon, lat] = toWgs84(position);
      return Number.isFinite(lon) && Number.isFinite(lat) ? distanceToShorelineM(shoreline, lon, lat) : Infinity;
    });
  });
  const coastal = sample.map((_, i) => distances.some((row) => row[i]! < COASTAL_LIMIT_M));
  if (coastal.filter(Boolean).length < MIN_COASTAL_VERTICES) return undefined;
  const medianDistanceM: Record<string, number> = {};
  candidates.forEach((candidate, c) => {
    medianDistanceM[candidate.crs] = median(distances[c]!.filter((_, i) => coastal[i]).map((d) => Math.min(d, COASTAL_LIMIT_M)));
  });
  const bestMedian = Math.min(...Object.values(medianDistanceM));
  const ranked = candidates.map((candidate) => {
    const distance = medianDistanceM[candidate.crs]!;
    const fit = (bestMedian + 20) / (distance + 20);
    return {
      crs: candidate.crs,
      score: 0.3 * candidate.score + 0.7 * fit,
      reason: `${candidate.reason}; coastal vertices lie a median ${Math.round(distance)} m from the reference shoreline`,
    };
  });
  return { candidates: ranked.sort((a, b) => b.score - a.score), medianDistanceM };
}
