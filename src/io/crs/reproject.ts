/** Reprojects a FeatureCollection to WGS84 (RFC 7946) with a `createToWgs84` transform. */
import type { Feature, FeatureCollection } from "geojson";
import type { CrsId } from "../import-types";
import { createToWgs84 } from "./crs-registry";
import { mapPositions } from "./geometry-positions";

/**
 * Returns a new collection in WGS84, or undefined when `crs` is unsupported.
 * Extra ordinates (Z, M) are kept; non-numeric positions become NaN so that
 * validation drops and reports them.
 */
export function reprojectToWgs84(collection: FeatureCollection, crs: CrsId): FeatureCollection | undefined {
  const toWgs84 = createToWgs84(crs);
  if (!toWgs84) return undefined;
  const identity = crs === "EPSG:4326" || crs === "EPSG:4490";
  const features = collection.features.map((feature): Feature => {
    if (!feature.geometry || identity) return feature;
    const geometry = mapPositions(feature.geometry, (position) => {
      const [x, y, ...rest] = position;
      if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y)) return [NaN, NaN, ...rest];
      const [lon, lat] = toWgs84([x, y]);
      return [lon, lat, ...rest];
    });
    return { ...feature, geometry };
  });
  return { type: "FeatureCollection", features };
}
