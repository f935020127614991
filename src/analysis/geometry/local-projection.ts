import proj4 from "proj4";

/**
 * A local conformal projection (transverse Mercator on the WGS84 ellipsoid, scale 1 on the central
 * meridian through the data centre). Over a city (±100 km) its point scale k stays within 1.0002 of 1,
 * and the engine corrects distances by k and areas by k², so planar results match ellipsoidal ones.
 */
export interface LocalProjection {
  /** Central meridian and origin latitude in degrees. */
  readonly originLon: number;
  readonly originLat: number;
  /** lon/lat degrees → metres east/north of the origin. */
  forward(lon: number, lat: number): [number, number];
  /** metres east/north → lon/lat degrees. */
  inverse(x: number, y: number): [number, number];
  /** Point scale factor k (projected length ÷ ellipsoidal length) at easting `x` metres. */
  scaleAt(x: number): number;
}

const WGS84_A = 6378137;
const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;
const WGS84_E2 = 0.00669437999014132;

/**
 * Creates the local transverse Mercator projection centred on a point (proj4 `+proj=tmerc`).
 * The scale factor uses the first term of the Gauss–Krüger series, k = 1 + x²/(2·M·N), exact to ~1e-8 within 150 km.
 * @param originLon - central meridian, degrees
 * @param originLat - latitude of origin, degrees
 * @returns the projection
 * @example createLocalProjection(120.4, 36.1).forward(120.4, 36.1) // [0, 0]
 */
export function createLocalProjection(originLon: number, originLat: number): LocalProjection {
  const definition = `+proj=tmerc +lat_0=${originLat} +lon_0=${originLon} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs`;
  // proj4's projection object (not a transformer): no datum shift or axis handling is needed between WGS84
  // lon/lat and a WGS84 transverse Mercator, and one point object is reused for every call.
  const projection = new proj4.Proj(definition);
  const point = { x: 0, y: 0 };
  const sinLat = Math.sin((originLat * Math.PI) / 180);
  const w = 1 - WGS84_E2 * sinLat * sinLat;
  const meridianRadius = (WGS84_A * (1 - WGS84_E2)) / w ** 1.5;
  const primeVerticalRadius = WGS84_A / Math.sqrt(w);
  const twiceGaussianRadiusSquared = 2 * meridianRadius * primeVerticalRadius;
  return {
    originLon,
    originLat,
    forward(lon, lat) {
      point.x = lon * RADIANS;
      point.y = lat * RADIANS;
      const projected = projection.forward(point);
      return [projected.x, projected.y];
    },
    inverse(x, y) {
      point.x = x;
      point.y = y;
      const geographic = projection.inverse(point);
      return [geographic.x * DEGREES, geographic.y * DEGREES];
    },
    scaleAt(x) {
      return 1 + (x * x) / twiceGaussianRadiusSquared;
    },
  };
}
