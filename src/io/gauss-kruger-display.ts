import { createFromWgs84 } from "./crs/crs-registry";

/**
 * Projects a WGS84 lon/lat to CGCS2000 3° Gauss-Krüger zone 40 (EPSG:4549, CM 120°E, no zone prefix) for display,
 * through the same CRS registry the importers use. WGS84 and CGCS2000 differ by centimetres, below display precision.
 * @param lonLat - [longitude, latitude] in degrees
 * @returns [easting, northing] in metres
 * @example toCgcs2000Zone40([120.38, 36.07]) // ≈ [534,160, 3,992,500]
 */
export function toCgcs2000Zone40(lonLat: [number, number]): [number, number] {
  const forward = createFromWgs84("EPSG:4549");
  if (!forward) return [Number.NaN, Number.NaN];
  const [easting, northing] = forward(lonLat);
  return [easting, northing];
}
