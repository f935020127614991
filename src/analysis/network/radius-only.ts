import { Clipper, FillRule, type Paths64 } from "clipper2-ts";
import type { Feature, MultiPolygon } from "geojson";
import { pathsAreaM2 } from "../geometry/clip";
import type { LocalProjection } from "../geometry/local-projection";
import { pathsToMultiPolygon } from "../geometry/paths-to-geojson";
import type { CoverageLayer } from "../service-coverage/coverage-layer";
import type { ResidentialUnit } from "../service-coverage/residential-units";
import { uncoveredPaths } from "../service-coverage/unit-coverage";

/**
 * "Radius says yes, walking says no" (半径覆盖但步行不可达): per residential unit, the land inside the radius
 * coverage and outside the walking service area = (unit − walking area) − (unit − radius area), by Clipper2.
 * Units fully reached on foot or untouched by the radius are skipped, and units with no walking coverage
 * take the radius coverage's fraction without clipping.
 * @returns per unit, the planar area (m²) and, when `withPaths`, the Clipper paths (centimetres)
 */
export function radiusOnlyLand(
  units: readonly ResidentialUnit[], radiusFractions: Float64Array, radiusLayer: CoverageLayer,
  networkFractions: Float64Array, networkLayer: CoverageLayer, withPaths: boolean,
): { unit: number; planarAreaM2: number; paths?: Paths64 }[] {
  const out: { unit: number; planarAreaM2: number; paths?: Paths64 }[] = [];
  units.forEach((unit, u) => {
    const radius = radiusFractions[u], network = networkFractions[u];
    if (radius <= 0 || network >= 1) return;
    if (network <= 0 && !withPaths) {
      out.push({ unit: u, planarAreaM2: radius * unit.planarAreaM2 });
      return;
    }
    const paths = Clipper.difference(uncoveredPaths(unit, networkLayer), uncoveredPaths(unit, radiusLayer), FillRule.NonZero);
    const planarAreaM2 = pathsAreaM2(paths);
    if (planarAreaM2 > 0.01) out.push({ unit: u, planarAreaM2, ...(withPaths ? { paths } : {}) });
  });
  return out;
}

/** The radius-only land as WGS84 features with district and ellipsoidal area (as the blind spots). */
export function radiusOnlyFeatures(
  pieces: ReturnType<typeof radiusOnlyLand>, units: readonly ResidentialUnit[], districtNames: readonly string[] | undefined,
  projection: LocalProjection,
): Feature<MultiPolygon, { district: string | null; areaM2: number }>[] {
  return pieces.filter((piece) => piece.paths).map((piece) => {
    const unit = units[piece.unit] as ResidentialUnit;
    const k = projection.scaleAt(unit.cx);
    return {
      type: "Feature",
      properties: {
        district: unit.districtIndex >= 0 ? (districtNames?.[unit.districtIndex] ?? null) : null,
        areaM2: Math.round((piece.planarAreaM2 / (k * k)) * 100) / 100,
      },
      geometry: pathsToMultiPolygon(piece.paths as Paths64, projection),
    };
  });
}

/** Total ellipsoidal area (m²) of radius-only pieces. */
export function radiusOnlyAreaM2(pieces: ReturnType<typeof radiusOnlyLand>, units: readonly ResidentialUnit[], projection: LocalProjection): number {
  let sum = 0;
  for (const piece of pieces) {
    const unit = units[piece.unit] as ResidentialUnit;
    const k = projection.scaleAt(unit.cx);
    sum += piece.planarAreaM2 / (k * k);
  }
  return sum;
}
