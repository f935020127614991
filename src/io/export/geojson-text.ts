/**
 * GeoJSON text (RFC 7946): WGS84 longitude/latitude, coordinates rounded to 7 decimals (≈ 1 cm, the
 * precision RFC 7946 §11.2 suggests is ample), no legacy `crs` member. A projected export (not RFC 7946) names its
 * CRS in the legacy GeoJSON 2008 `crs` member (`urn:ogc:def:crs:EPSG::nnnn`, which GDAL reads) with 3 decimals (1 mm).
 */
import type { FeatureCollection } from "geojson";

const isPosition = (value: unknown): value is number[] => Array.isArray(value) && typeof value[0] === "number";

function roundCoordinates(value: unknown, factor: number): unknown {
  if (isPosition(value)) return value.map((number) => Math.round(number * factor) / factor);
  if (Array.isArray(value)) return value.map((item) => roundCoordinates(item, factor));
  return value;
}

/** Serialises a FeatureCollection, rounding every coordinate to `decimals` places. */
export function writeGeoJsonText(collection: FeatureCollection, decimals = 7): string {
  const factor = 10 ** decimals;
  return JSON.stringify(collection, (key, value: unknown) => (key === "coordinates" ? roundCoordinates(value, factor) : value));
}

/** Serialises a collection in a projected CRS `epsg` (metres): legacy `crs` member, coordinates to the millimetre. */
export function writeProjectedGeoJsonText(collection: FeatureCollection, epsg: number): string {
  const { type, features, ...rest } = collection;
  const named = { type, crs: { type: "name", properties: { name: `urn:ogc:def:crs:EPSG::${epsg}` } }, ...rest, features };
  return writeGeoJsonText(named as FeatureCollection, 3);
}
