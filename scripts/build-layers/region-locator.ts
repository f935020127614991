import Flatbush from "flatbush";
import * as turf from "@turf/turf";
import type { Feature, Geometry, Position } from "geojson";

/**
 * Finds the region (`properties.region`) of the district whose boundary vertex is nearest to a point,
 * within `maxDistanceDeg` (flatbush k-nearest search); null when no district is that close (e.g. a
 * Weihai or Rizhao coast inside the base box).
 */
export function createRegionLocator(districts: Feature<Geometry, Record<string, unknown>>[], maxDistanceDeg = 0.05): (point: Position) => string | null {
  const vertices: { position: Position; region: string }[] = [];
  for (const district of districts) {
    for (const position of turf.coordAll(district)) vertices.push({ position, region: String(district.properties.region) });
  }
  const index = new Flatbush(Math.max(1, vertices.length));
  for (const { position } of vertices) index.add(position[0] as number, position[1] as number, position[0] as number, position[1] as number);
  if (vertices.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return (point) => {
    if (vertices.length === 0) return null;
    const [nearest] = index.neighbors(point[0] as number, point[1] as number, 1, maxDistanceDeg);
    return nearest === undefined ? null : (vertices[nearest]?.region ?? null);
  };
}
