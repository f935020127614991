import Flatbush from "flatbush";
import { containsPoint, distanceToShape } from "../geometry/distance";
import type { LocalProjection } from "../geometry/local-projection";
import type { ParkRecord } from "./park-records";
import type { ResidentialUnit } from "./residential-units";
import { valueAt } from "../value-at";

const TARGET_SAMPLES = 60_000;
const MIN_CELL_M = 5;

/**
 * Instant preview for a service-radius slider: a distance field sampled once on a grid over the residential
 * units (nearest counted park, true metres), then any radius is answered by a binary search over the sorted
 * distances. Approximate (grid sampling, about ±1 pp); the exact engine settles the value afterwards.
 */
export class RadiusPreview {
  private readonly distances: Float64Array;
  private readonly cumulativeWeight: Float64Array;
  private readonly totalWeight: number;

  /**
   * @param parks - counted parks (the caller filters by the rule set's smallest class)
   * @param maxRadiusM - largest radius the slider can reach; farther samples count as never covered
   */
  constructor(units: readonly ResidentialUnit[], parks: readonly ParkRecord[], projection: LocalProjection, maxRadiusM: number) {
    let planar = 0;
    for (const u of units) planar += u.planarAreaM2;
    const cell = Math.max(MIN_CELL_M, Math.sqrt(planar / TARGET_SAMPLES));
    const index = parks.length > 0 ? new Flatbush(parks.length) : undefined;
    for (const p of parks) index?.add(p.shape.minX, p.shape.minY, p.shape.maxX, p.shape.maxY);
    index?.finish();
    const samples: number[] = [];
    const nearest = (x: number, y: number): number => {
      const reach = maxRadiusM * projection.scaleAt(x);
      let best = Infinity;
      for (const i of index?.search(x - reach, y - reach, x + reach, y + reach) ?? []) {
        best = Math.min(best, distanceToShape(valueAt(parks, i).shape, x, y));
      }
      return best / projection.scaleAt(x);
    };
    for (const unit of units) {
      const { shape } = unit;
      const points: number[] = [];
      for (let x = (Math.floor(shape.minX / cell) + 0.5) * cell; x <= shape.maxX; x += cell) {
        for (let y = (Math.floor(shape.minY / cell) + 0.5) * cell; y <= shape.maxY; y += cell) {
          if (containsPoint(shape, x, y)) points.push(x, y);
        }
      }
      if (points.length === 0) points.push(unit.cx, unit.cy);
      const weight = unit.areaM2 / (points.length / 2);
      for (let i = 0; i < points.length; i += 2) samples.push(nearest(valueAt(points, i), valueAt(points, i + 1)), weight);
    }
    const count = samples.length / 2;
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => valueAt(samples, 2 * a) - valueAt(samples, 2 * b));
    this.distances = new Float64Array(count);
    this.cumulativeWeight = new Float64Array(count);
    let sum = 0;
    order.forEach((sample, k) => {
      this.distances[k] = valueAt(samples, 2 * sample);
      sum += valueAt(samples, 2 * sample + 1);
      this.cumulativeWeight[k] = sum;
    });
    this.totalWeight = sum;
  }

  /**
   * Approximate coverage ratio when every counted park serves `radiusM`.
   * @param radiusM - metres
   * @returns ratio 0–1
   */
  ratio(radiusM: number): number {
    let lo = 0,
      hi = this.distances.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (valueAt(this.distances, mid) <= radiusM) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || this.totalWeight === 0 ? 0 : valueAt(this.cumulativeWeight, lo - 1) / this.totalWeight;
  }
}
