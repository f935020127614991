import type { Feature, MultiPolygon } from "geojson";
import { pathsAreaM2 } from "../geometry/clip";
import type { LocalProjection } from "../geometry/local-projection";
import { pathsToMultiPolygon } from "../geometry/paths-to-geojson";
import type { ParkCoverage } from "./park-coverage";
import { uncoveredPaths } from "./unit-coverage";
import { valueAt } from "../value-at";

/**
 * Blind spots (服务盲区): the residential land outside every counted park's service radius, one feature per
 * residential unit that is not fully covered, with its ellipsoidal area and district.
 * @returns WGS84 features (holes preserved)
 */
export function blindSpotFeatures(coverage: ParkCoverage, projection: LocalProjection): Feature<MultiPolygon, { district: string | null; areaM2: number }>[] {
  const features: Feature<MultiPolygon, { district: string | null; areaM2: number }>[] = [];
  const overall = valueAt(coverage.fractions, 0);
  const overallLayer = valueAt(coverage.layers, 0);
  coverage.units.forEach((unit, u) => {
    if (valueAt(overall, u) >= 1) return;
    const paths = uncoveredPaths(unit, overallLayer);
    const planar = pathsAreaM2(paths);
    if (!(planar > 0.01)) return;
    const k = projection.scaleAt(unit.cx);
    features.push({
      type: "Feature",
      properties: {
        district: unit.districtIndex >= 0 ? (coverage.districtNames?.[unit.districtIndex] ?? null) : null,
        areaM2: Math.round((planar / (k * k)) * 100) / 100,
      },
      geometry: pathsToMultiPolygon(paths, projection),
    });
  });
  return features;
}
