import type { Feature, FeatureCollection } from "geojson";
import { polygonsAreaM2 } from "../geometry/ellipsoidal";
import type { LocalProjection } from "../geometry/local-projection";
import { makeShape, projectPoints, projectPolygonal, type ProjectedShape } from "../geometry/projected-shape";
import { simplifyRing } from "../geometry/simplify-ring";

/**
 * Park boundaries with more vertices than this are simplified (Douglas–Peucker) to `DENSE_RING_TOLERANCE_M`
 * before buffering: the buffer, its distance tests and its clipping cost grow with the vertices (a
 * 10⁶-vertex ring took minutes), while detail finer than a centimetre — Clipper's own grid, and below the
 * buffer's arc tolerance of 2–4 cm at 300–500 m radii — cannot change the covered area. Parks with fewer
 * vertices are used as drawn.
 */
const DENSE_RING_VERTICES = 4096;
export const DENSE_RING_TOLERANCE_M = 0.01;

function vertexCount(shape: ProjectedShape): number {
  return shape.rings.reduce((sum, ring) => sum + ring.length / 2, 0);
}

/** The shape with every ring simplified to `DENSE_RING_TOLERANCE_M` when it has over `DENSE_RING_VERTICES` vertices. */
function withoutSubCentimetreDetail(shape: ProjectedShape): ProjectedShape {
  if (vertexCount(shape) <= DENSE_RING_VERTICES) return shape;
  return makeShape(
    shape.rings.map((ring) => simplifyRing(ring, DENSE_RING_TOLERANCE_M)),
    shape.closed,
  );
}

/** A park ready for analysis: projected shape, ellipsoidal area, attributes. */
export interface ParkRecord {
  shape: ProjectedShape;
  /** Ellipsoidal area of the polygon(s), holes excluded; for Point parks the `areaM2` property. */
  areaM2: number;
  type: string;
  name: string;
}

/**
 * Reads one park feature. Polygon area is ellipsoidal (GeographicLib) over the boundary as drawn; the projected
 * shape of a dense boundary is simplified (see `DENSE_RING_VERTICES`). A Point park takes its `areaM2`
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
  const projected = projectPolygonal(geometry, projection);
  if (!projected) return undefined;
  const shape = withoutSubCentimetreDetail(projected);
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return { shape, areaM2: polygonsAreaM2(polygons), type, name };
}

/** Reads every park of a collection, aligned with its features (`undefined` where geometry is unusable). */
export function parkRecords(parks: FeatureCollection | undefined, projection: LocalProjection): (ParkRecord | undefined)[] {
  return (parks?.features ?? []).map((feature) => parkRecordFromFeature(feature, projection));
}
