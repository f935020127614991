import type { Feature, FeatureCollection } from "geojson";
import { polygonsAreaM2 } from "../geometry/ellipsoidal";
import type { LocalProjection } from "../geometry/local-projection";
import { projectPoints, projectPolygonal, type ProjectedShape } from "../geometry/projected-shape";

/** A park ready for analysis: projected shape, ellipsoidal area, attributes. */
export interface ParkRecord {
  shape: ProjectedShape;
  /** Ellipsoidal area of the polygon(s), holes excluded; for Point parks the `areaM2` property. */
  areaM2: number;
  type: string;
  name: string;
}

/**
 * Reads one park feature. Polygon area is ellipsoidal (GeographicLib); a Point park takes its `areaM2`
 * property (0 when missing, so it is not counted).
 * @returns the record, or `undefined` for features without usable geometry
 */
export function parkRecordFromFeature(feature: Feature, projection: LocalProjection): ParkRecord | undefined {
  const geometry = feature.geometry;
  if (!geometry) return undefined;
  const properties = feature.properties ?? {};
  const type = typeof properties.type === "string" && properties.type !== "" ? properties.type : "unknown";
  const name = typeof properties.name === "string" ? properties.name : "";
  if (geometry.type === "Point" || geometry.type === "MultiPoint") {
    const shape = projectPoints(geometry, projection);
    const declared = Number(properties.areaM2);
    return shape ? { shape, areaM2: Number.isFinite(declared) && declared > 0 ? declared : 0, type, name } : undefined;
  }
  if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") return undefined;
  const shape = projectPolygonal(geometry, projection);
  if (!shape) return undefined;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return { shape, areaM2: polygonsAreaM2(polygons), type, name };
}

/** Reads every park of a collection, aligned with its features (`undefined` where geometry is unusable). */
export function parkRecords(
  parks: FeatureCollection | undefined, projection: LocalProjection,
): (ParkRecord | undefined)[] {
  return (parks?.features ?? []).map((feature) => parkRecordFromFeature(feature, projection));
}
