import type { Feature, FeatureCollection } from "geojson";
import { containsPoint } from "../geometry/distance";
import { createLocalProjection, type LocalProjection } from "../geometry/local-projection";
import { type ProjectedShape, projectLinear, projectPoints, projectPolygonal } from "../geometry/projected-shape";

/** The closest feature to a place and how to walk there in a straight line. */
export interface NearestFeature {
  featureIndex: number;
  feature: Feature;
  /** Straight-line distance in metres from the place to the feature's boundary (0 when inside). */
  distanceM: number;
  /** Azimuth in degrees clockwise from north towards the nearest boundary point (0 when inside). */
  bearingDeg: number;
  /** The nearest boundary point in the projection around the place: metres east and north of it ([0, 0] inside). */
  offsetM: [number, number];
}

function projectAny(feature: Feature, projection: LocalProjection): ProjectedShape | undefined {
  return projectPolygonal(feature.geometry, projection) ?? projectLinear(feature.geometry, projection) ?? projectPoints(feature.geometry, projection);
}

/** Nearest point of a projected shape to the origin (0, 0), in projected metres. */
function nearestPointToOrigin(shape: ProjectedShape): [number, number] {
  let best: [number, number] = [Number.NaN, Number.NaN];
  let bestSquared = Infinity;
  const consider = (x: number, y: number) => {
    const squared = x * x + y * y;
    if (squared < bestSquared) [bestSquared, best] = [squared, [x, y]];
  };
  for (const ring of shape.rings) {
    if (ring.length === 2) consider(ring[0] ?? 0, ring[1] ?? 0);
    const start = shape.closed ? 0 : 2;
    for (let index = start, previous = shape.closed ? ring.length - 2 : 0; index < ring.length; previous = index, index += 2) {
      const ax = ring[previous] ?? 0,
        ay = ring[previous + 1] ?? 0,
        bx = ring[index] ?? 0,
        by = ring[index + 1] ?? 0;
      const dx = bx - ax,
        dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared)) : 0;
      consider(ax + t * dx, ay + t * dy);
    }
  }
  return best;
}

/** Features projected around one place, so several nearest-queries share one projection pass. */
export interface ProjectedCandidates {
  features: readonly Feature[];
  shapes: (ProjectedShape | undefined)[];
}

/**
 * Projects candidate features into a transverse Mercator centred on the place (scale error < 1e-6 within 10 km).
 * @param lonLat - the place, WGS84 [lon, lat] degrees
 * @param featureCollection - candidates in WGS84
 * @returns the candidates with their projected shapes (metres, place at the origin)
 */
export function projectAround(lonLat: [number, number], featureCollection: FeatureCollection): ProjectedCandidates {
  const projection = createLocalProjection(lonLat[0], lonLat[1]);
  return { features: featureCollection.features, shapes: featureCollection.features.map((feature) => projectAny(feature, projection)) };
}

/**
 * The feature nearest to a place, by straight-line (Euclidean) distance — not a walking route —
 * to its nearest boundary point; a place inside a polygon is at distance 0.
 * @param candidates - features projected around the place by `projectAround`
 * @param accept - optional filter (e.g. parks large enough for a rule-set class)
 * @returns the nearest feature with distance in metres and bearing in degrees, or null when none qualifies
 * @example nearestFeature(projectAround([120.38, 36.07], parks))?.distanceM // 240
 */
export function nearestFeature(candidates: ProjectedCandidates, accept: (feature: Feature, index: number) => boolean = () => true): NearestFeature | null {
  let best: NearestFeature | null = null;
  candidates.features.forEach((feature, featureIndex) => {
    const shape = candidates.shapes[featureIndex];
    if (!shape || !accept(feature, featureIndex)) return;
    if (shape.closed && containsPoint(shape, 0, 0)) {
      if (!best || best.distanceM > 0) best = { featureIndex, feature, distanceM: 0, bearingDeg: 0, offsetM: [0, 0] };
      return;
    }
    const [x, y] = nearestPointToOrigin(shape);
    const distanceM = Math.hypot(x, y);
    if (Number.isFinite(distanceM) && (!best || distanceM < best.distanceM)) {
      const bearingDeg = ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360;
      best = { featureIndex, feature, distanceM, bearingDeg, offsetM: [x, y] };
    }
  });
  return best;
}
