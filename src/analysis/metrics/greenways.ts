import type { FeatureCollection } from "geojson";
import { CoverageLayer, makeSource, type CoverageSource } from "../service-coverage/coverage-layer";
import type { ResidentialUnit } from "../service-coverage/residential-units";
import { coveredFraction } from "../service-coverage/unit-coverage";
import type { LocalProjection } from "../geometry/local-projection";
import { makeShape, projectLinear, type ProjectedShape, UNITS_PER_METRE } from "../geometry/projected-shape";
import type { GreenwaysResult } from "../../domain/metrics-report";
import { dissolveSegments, segmentFinder, segmentsGeodesicLengthM, segmentsLengthInsideM } from "./line-dissolve";
import { valueAt } from "../value-at";

const SEGMENTS_PER_CHUNK = 32;

/**
 * Greenway (绿道) metrics: dissolved ellipsoidal length in total, per `level` and per district, and greenway
 * service coverage = residential land within `radiusM` of any greenway ÷ residential land (Euclidean buffer).
 * @param radiusM - service radius in metres
 */
export function greenwayMetrics(
  greenways: FeatureCollection,
  projection: LocalProjection,
  units: readonly ResidentialUnit[],
  districts: readonly ProjectedShape[] | undefined,
  districtNames: readonly string[] | undefined,
  radiusM: number,
): GreenwaysResult {
  const byLevelShapes = new Map<string, ProjectedShape[]>();
  const shapes: ProjectedShape[] = [];
  for (const feature of greenways.features) {
    const shape = projectLinear(feature.geometry, projection);
    if (!shape) continue;
    shapes.push(shape);
    const level = String(feature.properties?.level ?? "unknown");
    let levelShapes = byLevelShapes.get(level);
    if (!levelShapes) byLevelShapes.set(level, (levelShapes = []));
    levelShapes.push(shape);
  }
  const merged = dissolveSegments(shapes);
  const result: GreenwaysResult = {
    lengthKm: segmentsGeodesicLengthM(merged, projection) / 1000,
    radiusM,
    coverageRatio: coverageRatio(shapes, projection, units, radiusM),
    byLevel: [...byLevelShapes.entries()].map(([level, levelShapes]) => ({
      level,
      lengthKm: segmentsGeodesicLengthM(dissolveSegments(levelShapes), projection) / 1000,
    })),
  };
  if (districts && districtNames) {
    // Each district is clipped against the segments in its box (widened by a grid step of the clip, as Clipper
    // rounds to it), so the work grows with the layer and the districts, not with their product.
    const near = segmentFinder(merged);
    const margin = 1 / UNITS_PER_METRE;
    result.byDistrict = districts.map((district, d) => ({
      name: valueAt(districtNames, d),
      lengthKm:
        segmentsLengthInsideM(
          near(district.minX - margin, district.minY - margin, district.maxX + margin, district.maxY + margin),
          district.paths,
          projection,
        ) / 1000,
    }));
  }
  return result;
}

function coverageRatio(shapes: readonly ProjectedShape[], projection: LocalProjection, units: readonly ResidentialUnit[], radiusM: number): number {
  const sources: CoverageSource[] = [];
  for (const shape of shapes) {
    for (const ring of shape.rings) {
      for (let start = 0; start < ring.length - 2; start += SEGMENTS_PER_CHUNK * 2) {
        const chunk = ring.slice(start, Math.min(ring.length, start + SEGMENTS_PER_CHUNK * 2 + 2));
        const piece = makeShape([chunk], false);
        const k = projection.scaleAt((piece.minX + piece.maxX) / 2);
        sources.push(makeSource(piece, radiusM * k, `greenway:${sources.length}`));
      }
    }
  }
  const layer = new CoverageLayer(sources, new Map());
  let total = 0,
    covered = 0;
  for (const unit of units) {
    total += unit.areaM2;
    covered += coveredFraction(unit, layer) * unit.areaM2;
  }
  return total > 0 ? covered / total : 0;
}
