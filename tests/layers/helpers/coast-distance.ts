import Flatbush from "flatbush";
import type { Feature, Geometry, Position } from "geojson";

/** Metres per degree of latitude and longitude at latitude `latDeg` on the WGS84 ellipsoid (series expansion). */
export function metresPerDegree(latDeg: number): { lat: number; lon: number } {
  const phi = (latDeg * Math.PI) / 180;
  return {
    lat: 111132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi),
    lon: 111412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi),
  };
}

/** Every line segment of the line features, as [lon1, lat1, lon2, lat2]. */
export function lineSegments(features: Feature<Geometry>[]): number[][] {
  const segments: number[][] = [];
  const addLine = (line: Position[]) => {
    for (let i = 1; i < line.length; i += 1) {
      const a = line[i - 1] as Position;
      const b = line[i] as Position;
      segments.push([a[0] as number, a[1] as number, b[0] as number, b[1] as number]);
    }
  };
  for (const { geometry } of features) {
    if (geometry.type === "LineString") addLine(geometry.coordinates);
    else if (geometry.type === "MultiLineString") geometry.coordinates.forEach(addLine);
  }
  return segments;
}

/** Distance in metres from a point to a segment, in a local equirectangular frame (accurate to < 0.1 % below 10 km). */
function pointSegmentDistanceM(point: Position, segment: number[]): number {
  const scale = metresPerDegree(point[1] as number);
  const [x1, y1, x2, y2] = segment as [number, number, number, number];
  const ax = (x1 - (point[0] as number)) * scale.lon;
  const ay = (y1 - (point[1] as number)) * scale.lat;
  const bx = (x2 - (point[0] as number)) * scale.lon;
  const by = (y2 - (point[1] as number)) * scale.lat;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** A nearest-segment index over a shoreline (flatbush over segment bounding boxes). */
export function createShorelineIndex(shoreline: Feature<Geometry>[]): (point: Position, maxDistanceM: number) => number {
  const segments = lineSegments(shoreline);
  const index = new Flatbush(segments.length);
  for (const [x1, y1, x2, y2] of segments as [number, number, number, number][]) {
    index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  }
  index.finish();
  return (point, maxDistanceM) => {
    const scale = metresPerDegree(point[1] as number);
    const dLon = maxDistanceM / scale.lon;
    const dLat = maxDistanceM / scale.lat;
    const [lon, lat] = point as [number, number];
    let best = Infinity;
    for (const i of index.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat)) {
      best = Math.min(best, pointSegmentDistanceM(point, segments[i] as number[]));
    }
    return best;
  };
}

/** All polygon vertices (closing positions excluded). */
export function polygonVertices(features: Feature<Geometry>[]): Position[] {
  const vertices: Position[] = [];
  for (const { geometry } of features) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    for (const ring of polygons.flat()) vertices.push(...ring.slice(0, -1));
  }
  return vertices;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Vertices that belong to exactly one of the features (drops shared district borders). */
export function unsharedVertices(features: Feature<Geometry>[]): Position[] {
  const owners = new Map<string, number>();
  for (const feature of features) {
    for (const key of new Set(polygonVertices([feature]).map((vertex) => vertex.join(",")))) owners.set(key, (owners.get(key) ?? 0) + 1);
  }
  return polygonVertices(features).filter((vertex) => owners.get(vertex.join(",")) === 1);
}

/**
 * Median distance (m) from the coastal vertices of district polygons to the shoreline. A vertex is
 * coastal when it is not shared with another district (drops internal borders) and the shoreline lies
 * within `coastalWithinM` of it (default 3 km: wide enough to keep every coast vertex even with the
 * ~500 m GCJ-02 offset, narrow enough to drop the inland municipal border).
 */
export function medianCoastDistanceM(
  districts: Feature<Geometry>[],
  shoreline: Feature<Geometry>[],
  coastalWithinM = 3000,
): { medianM: number; count: number } {
  const nearest = createShorelineIndex(shoreline);
  const distances = unsharedVertices(districts)
    .map((vertex) => nearest(vertex, coastalWithinM))
    .filter((distance) => distance <= coastalWithinM);
  return { medianM: median(distances), count: distances.length };
}
