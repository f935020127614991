/** Small helpers to visit and transform every position of GeoJSON geometries. */
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";

/** Calls `visit` for each position of a geometry (including GeometryCollection members). */
export function forEachPosition(geometry: Geometry | null, visit: (position: Position) => void): void {
  if (!geometry) return;
  switch (geometry.type) {
    case "Point":
      visit(geometry.coordinates);
      return;
    case "MultiPoint":
    case "LineString":
      geometry.coordinates.forEach(visit);
      return;
    case "MultiLineString":
    case "Polygon":
      geometry.coordinates.forEach((line) => line.forEach(visit));
      return;
    case "MultiPolygon":
      geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
      return;
    case "GeometryCollection":
      geometry.geometries.forEach((member) => forEachPosition(member, visit));
  }
}

/** Returns a copy of `geometry` with every position replaced by `map(position)`. */
export function mapPositions(geometry: Geometry, map: (position: Position) => Position): Geometry {
  switch (geometry.type) {
    case "Point":
      return { type: "Point", coordinates: map(geometry.coordinates) };
    case "MultiPoint":
      return { type: "MultiPoint", coordinates: geometry.coordinates.map(map) };
    case "LineString":
      return { type: "LineString", coordinates: geometry.coordinates.map(map) };
    case "MultiLineString":
      return { type: "MultiLineString", coordinates: geometry.coordinates.map((line) => line.map(map)) };
    case "Polygon":
      return { type: "Polygon", coordinates: geometry.coordinates.map((ring) => ring.map(map)) };
    case "MultiPolygon":
      return {
        type: "MultiPolygon",
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(map))),
      };
    case "GeometryCollection":
      return { type: "GeometryCollection", geometries: geometry.geometries.map((member) => mapPositions(member, map)) };
  }
}

/**
 * Up to `limit` finite positions spread evenly over the collection, for CRS
 * detection (numbers only; positions with NaN/Infinity are skipped). Two
 * passes (count, then pick every k-th) so large layers allocate little.
 */
export function samplePositions(collection: FeatureCollection, limit = 2000): [number, number][] {
  let total = 0;
  collection.features.forEach((feature: Feature) => forEachPosition(feature.geometry, () => total++));
  const step = Math.max(1, total / limit);
  const sample: [number, number][] = [];
  let seen = 0;
  let next = 0;
  collection.features.forEach((feature: Feature) =>
    forEachPosition(feature.geometry, (position) => {
      if (seen++ < next) return;
      const [x, y] = position;
      if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)) {
        sample.push([x, y]);
        next += step;
      } else next = seen;
    }),
  );
  return sample;
}
