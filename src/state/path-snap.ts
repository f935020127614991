import type { Feature, FeatureCollection, LineString, Position } from "geojson";

const METRES_PER_DEGREE = 111_320;

/**
 * Snaps the two ends of each candidate path to the nearest vertex of the walking network within `toleranceM`
 * (equirectangular distance at the point's latitude), so the path joins the network there: the walking graph
 * connects lines only at identical vertices. An end with no vertex that near is left where it was drawn.
 */
export function snapPathEnds(paths: Feature<LineString>[], network: FeatureCollection | undefined, toleranceM = 25): Feature<LineString>[] {
  if (!network || paths.length === 0) return paths;
  const vertices: Position[] = [];
  for (const feature of network.features) {
    const geometry = feature.geometry;
    if (geometry?.type === "LineString") vertices.push(...geometry.coordinates);
    else if (geometry?.type === "MultiLineString") for (const line of geometry.coordinates) vertices.push(...line);
  }
  const nearest = ([lon = 0, lat = 0]: Position): Position | undefined => {
    const cos = Math.cos((lat * Math.PI) / 180);
    let best: Position | undefined;
    let bestM = toleranceM;
    for (const vertex of vertices) {
      const dx = ((vertex[0] ?? 0) - lon) * cos * METRES_PER_DEGREE;
      const dy = ((vertex[1] ?? 0) - lat) * METRES_PER_DEGREE;
      const distanceM = Math.hypot(dx, dy);
      if (distanceM <= bestM) {
        bestM = distanceM;
        best = vertex;
      }
    }
    return best;
  };
  return paths.map((path) => {
    const coordinates = [...path.geometry.coordinates];
    const last = coordinates.length - 1;
    if (last < 1) return path;
    const start = nearest(coordinates[0] as Position);
    const end = nearest(coordinates[last] as Position);
    if (start) coordinates[0] = [...start];
    if (end) coordinates[last] = [...end];
    return { ...path, geometry: { type: "LineString", coordinates } };
  });
}
