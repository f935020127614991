import proj4 from "proj4";
import type { Position } from "geojson";

/** Planar metres [x, y] in a local transverse Mercator. */
export type PlanarPoint = [number, number];

export interface LocalProjection {
  /** WGS84 lon/lat → local metres. */
  forward(position: Position): PlanarPoint;
  /** Local metres → WGS84 lon/lat. */
  inverse(point: PlanarPoint): Position;
}

/**
 * A local transverse Mercator (GRS80/WGS84, central meridian `centralLongitude`) used only to lay out
 * schematic shapes in metres; every output is converted back to WGS84 and measured ellipsoidally.
 */
export function createLocalProjection(centralLongitude: number, originLatitude: number): LocalProjection {
  const definition = `+proj=tmerc +lat_0=${originLatitude} +lon_0=${centralLongitude} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs`;
  const converter = proj4("EPSG:4326", definition);
  return {
    forward: (position) => converter.forward([position[0] ?? 0, position[1] ?? 0]) as PlanarPoint,
    inverse: (point) => converter.inverse([point[0], point[1]]),
  };
}
