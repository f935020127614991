import proj4 from "proj4";

/** CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549): no zone prefix on the easting. */
const EPSG_4549 =
  "+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";

const toGaussKruger = proj4("EPSG:4326", EPSG_4549);

/**
 * Projects a WGS84 lon/lat to CGCS2000 3° Gauss-Krüger zone 40 (EPSG:4549, CM 120°E) for display.
 * WGS84 and CGCS2000 differ by centimetres, below display precision. Method: proj4 transverse Mercator on GRS80.
 * @param lonLat - [longitude, latitude] in degrees
 * @returns [easting, northing] in metres
 * @example toCgcs2000Zone40([120.38, 36.07]) // ≈ [534,160, 3,992,500]
 */
export function toCgcs2000Zone40(lonLat: [number, number]): [number, number] {
  const [easting, northing] = toGaussKruger.forward(lonLat);
  return [easting ?? Number.NaN, northing ?? Number.NaN];
}
