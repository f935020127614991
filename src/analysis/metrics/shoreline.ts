import type { FeatureCollection } from "geojson";
import type { LocalProjection } from "../geometry/local-projection";
import { projectLinear, type ProjectedShape } from "../geometry/projected-shape";
import type { ShorelineResult } from "../../domain/metrics-report";
import { dissolveSegments, segmentsGeodesicLengthM } from "./line-dissolve";

const NATURAL_TYPES = new Set(["natural", "自然", "自然岸线"]);

/** True when a shoreline `type` value means natural shoreline (natural / 自然 / 自然岸线). */
function isNaturalShoreline(type: unknown): boolean {
  return typeof type === "string" && NATURAL_TYPES.has(type.trim().toLowerCase());
}

/**
 * 自然岸线保有率 (natural shoreline retention, standards §2.5): natural length ÷ total length, both dissolved
 * and ellipsoidal (GeographicLib). The class comes from the feature's `type` property.
 */
export function shorelineMetrics(shoreline: FeatureCollection, projection: LocalProjection): ShorelineResult {
  const all: ProjectedShape[] = [];
  const natural: ProjectedShape[] = [];
  for (const feature of shoreline.features) {
    const shape = projectLinear(feature.geometry, projection);
    if (!shape) continue;
    all.push(shape);
    if (isNaturalShoreline(feature.properties?.type)) natural.push(shape);
  }
  const lengthKm = segmentsGeodesicLengthM(dissolveSegments(all), projection) / 1000;
  const naturalLengthKm = segmentsGeodesicLengthM(dissolveSegments(natural), projection) / 1000;
  return { lengthKm, naturalLengthKm, naturalRatio: lengthKm > 0 ? naturalLengthKm / lengthKm : 0 };
}
