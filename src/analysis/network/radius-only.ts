import { Clipper, FillRule, type Paths64 } from "clipper2-ts";
import type { Feature, MultiPolygon } from "geojson";
import { pathsAreaM2 } from "../geometry/clip";
import type { LocalProjection } from "../geometry/local-projection";
import { pathsToMultiPolygon } from "../geometry/paths-to-geojson";
import type { CoverageLayer } from "../service-coverage/coverage-layer";
import type { ResidentialUnit } from "../service-coverage/residential-units";
import { uncoveredPaths } from "../service-coverage/unit-coverage";
import { valueAt } from "../value-at";

/**
 * "Radius says yes, walking says no" (半径覆盖但步行不可达): per residential unit, the land inside the radius
 * coverage and outside the walking service area = (unit − walking area) − (unit − radius area), by Clipper2.
 * Units fully reached on foot or untouched by the radius are skipped, and units with no walking coverage
 * take the radius coverage's fraction without clipping.
 * @returns per unit, the planar area (m²) and, when `withPaths`, the Clipper paths (centimetres)
 */
export function radiusOnlyLand(
  units: readonly ResidentialUnit[],
  radiusFractions: Float64Array,
  radiusLayer: CoverageLayer,
  networkFractions: Float64Array,
  networkLayer: CoverageLayer,
  withPaths: boolean,
  only?: Iterable<number>,
): { unit: number; planarAreaM2: number; paths?: Paths64 }[] {
  const out: { unit: number; planarAreaM2: number; paths?: Paths64 }[] = [];
  for (const u of only ?? units.keys()) {
    const unit = valueAt(units, u);
    const radius = valueAt(radiusFractions, u),
      network = valueAt(networkFractions, u);
    if (radius <= 0 || network >= 1) continue;
    if (!withPaths && (network <= 0 || radius >= 1)) {
      out.push({ unit: u, planarAreaM2: (network <= 0 ? radius : 1 - network) * unit.planarAreaM2 });
      continue;
    }
    const paths = Clipper.difference(uncoveredPaths(unit, networkLayer), uncoveredPaths(unit, radiusLayer), FillRule.NonZero);
    const planarAreaM2 = pathsAreaM2(paths);
    if (planarAreaM2 > 0.01) out.push({ unit: u, planarAreaM2, ...(withPaths ? { paths } : {}) });
  }
  return out;
}

/**
 * The radius-only area per unit, kept between edits: only units whose radius or walking fraction changed are
 * clipped again (a unit's radius-only land depends on its two coverages, which an unchanged pair of fractions
 * leaves unchanged but for coincidences of equal areas).
 */
export class RadiusOnlyTracker {
  private readonly planarM2: Float64Array;
  private readonly radius: Float64Array;
  private readonly network: Float64Array;

  constructor(private readonly units: readonly ResidentialUnit[]) {
    this.planarM2 = new Float64Array(units.length);
    this.radius = new Float64Array(units.length).fill(NaN);
    this.network = new Float64Array(units.length).fill(NaN);
  }

  /** Brings the per-unit areas up to date and returns their ellipsoidal total in m². */
  update(
    radiusFractions: Float64Array,
    radiusLayer: CoverageLayer,
    networkFractions: Float64Array,
    networkLayer: CoverageLayer,
    projection: LocalProjection,
  ): number {
    const changed: number[] = [];
    for (let u = 0; u < this.units.length; u++) {
      if (radiusFractions[u] !== this.radius[u] || networkFractions[u] !== this.network[u]) changed.push(u);
    }
    for (const u of changed) {
      this.planarM2[u] = 0;
      this.radius[u] = valueAt(radiusFractions, u);
      this.network[u] = valueAt(networkFractions, u);
    }
    for (const piece of radiusOnlyLand(this.units, radiusFractions, radiusLayer, networkFractions, networkLayer, false, changed)) {
      this.planarM2[piece.unit] = piece.planarAreaM2;
    }
    let sum = 0;
    this.units.forEach((unit, u) => {
      const k = projection.scaleAt(unit.cx);
      sum += valueAt(this.planarM2, u) / (k * k);
    });
    return sum;
  }
}

/** The radius-only land as WGS84 features with district and ellipsoidal area (as the blind spots). */
export function radiusOnlyFeatures(
  pieces: ReturnType<typeof radiusOnlyLand>,
  units: readonly ResidentialUnit[],
  districtNames: readonly string[] | undefined,
  projection: LocalProjection,
): Feature<MultiPolygon, { district: string | null; areaM2: number }>[] {
  return pieces
    .filter((piece): piece is typeof piece & { paths: Paths64 } => piece.paths !== undefined)
    .map((piece) => {
      const unit = valueAt(units, piece.unit);
      const k = projection.scaleAt(unit.cx);
      return {
        type: "Feature",
        properties: {
          district: unit.districtIndex >= 0 ? (districtNames?.[unit.districtIndex] ?? null) : null,
          areaM2: Math.round((piece.planarAreaM2 / (k * k)) * 100) / 100,
        },
        geometry: pathsToMultiPolygon(piece.paths, projection),
      };
    });
}
