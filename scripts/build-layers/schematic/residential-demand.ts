import Flatbush from "flatbush";
import type { Feature, Polygon } from "geojson";
import type { PlanarPoint } from "./projection";

/** Distance from a point to a closed planar ring (0 inside). */
export function distanceToRingM(point: PlanarPoint, ring: PlanarPoint[]): number {
  let inside = false;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [a, b] = [ring[i] as PlanarPoint, ring[j] as PlanarPoint];
    if (a[1] > point[1] !== b[1] > point[1] && point[0] < ((b[0] - a[0]) * (point[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / lengthSquared));
    best = Math.min(best, Math.hypot(a[0] + t * dx - point[0], a[1] + t * dy - point[1]));
  }
  return inside ? 0 : best;
}

/** Which samples a query counts: served by no class, by any class, or by 500 m but not yet by 300 m. */
export type GainMode = "uncovered" | "served" | "infill-300";

/**
 * Residential demand for park placement: every parcel sampled at its four quadrant centres, each sample
 * weighted by a quarter of the parcel's planar area, with the service classes that already reach it.
 * It estimates 公园绿地服务半径覆盖率 (covered residential area ÷ residential area) while parks are placed;
 * the shipped figure is measured afterwards by the coverage engine (src/analysis).
 */
export class ResidentialDemand {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly weights: Float64Array;
  /** Bit 1: within 300 m of a park ≥ 400 m² (300米见绿); bit 2: within 500 m of a park ≥ 1 ha (500米见园). */
  readonly served: Uint8Array;
  readonly totalWeight: number;
  private servedWeight = 0;
  private readonly index: Flatbush;

  constructor(parcels: readonly Feature<Polygon>[], forward: (position: number[]) => PlanarPoint) {
    const samples: [number, number, number][] = [];
    for (const parcel of parcels) {
      const ring = (parcel.geometry.coordinates[0] ?? []).map((position) => forward(position));
      const corners = ring.slice(0, -1);
      const cx = corners.reduce((sum, p) => sum + p[0], 0) / corners.length;
      const cy = corners.reduce((sum, p) => sum + p[1], 0) / corners.length;
      const area =
        Math.abs(
          corners.reduce(
            (sum, p, i) => sum + p[0] * (corners[(i + 1) % corners.length] as PlanarPoint)[1] - (corners[(i + 1) % corners.length] as PlanarPoint)[0] * p[1],
            0,
          ),
        ) / 2;
      for (const corner of corners) samples.push([(corner[0] + cx) / 2, (corner[1] + cy) / 2, area / corners.length]);
    }
    this.xs = Float64Array.from(samples, (s) => s[0]);
    this.ys = Float64Array.from(samples, (s) => s[1]);
    this.weights = Float64Array.from(samples, (s) => s[2]);
    this.served = new Uint8Array(samples.length);
    this.totalWeight = this.weights.reduce((sum, w) => sum + w, 0);
    this.index = new Flatbush(Math.max(1, samples.length));
    for (const [x, y] of samples) this.index.add(x, y, x, y);
    if (samples.length === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
  }

  /** Samples within `radiusM` of the ring (or inside it). */
  reached(ring: PlanarPoint[], radiusM: number): number[] {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const ids = this.index.search(Math.min(...xs) - radiusM, Math.min(...ys) - radiusM, Math.max(...xs) + radiusM, Math.max(...ys) + radiusM);
    return ids.filter((id) => id < this.xs.length && distanceToRingM([this.xs[id] ?? 0, this.ys[id] ?? 0], ring) <= radiusM);
  }

  /** Weight a new park would add under `mode`. */
  gain(ring: PlanarPoint[], radiusM: number, mode: GainMode): number {
    let sum = 0;
    for (const id of this.reached(ring, radiusM)) {
      const served = this.served[id] ?? 0;
      if (mode === "uncovered" ? served === 0 : mode === "served" ? served !== 0 : served === 2) sum += this.weights[id] ?? 0;
    }
    return sum;
  }

  /** Marks the samples a park of `areaM2` serves under rule set qingdao-300-500 (each class it reaches). */
  servePark(ring: PlanarPoint[], areaM2: number): void {
    if (areaM2 >= 10_000) this.serve(ring, 500, 2);
    if (areaM2 >= 400) this.serve(ring, 300, 1);
  }

  /** Marks the samples within `radiusM` of the ring with `bit`. */
  serve(ring: PlanarPoint[], radiusM: number, bit: 1 | 2): void {
    for (const id of this.reached(ring, radiusM)) {
      if (this.served[id] === 0) this.servedWeight += this.weights[id] ?? 0;
      this.served[id] = (this.served[id] ?? 0) | bit;
    }
  }

  /** Estimated share of residential area served by any class (the overall coverage). */
  overallShare(): number {
    return this.totalWeight > 0 ? this.servedWeight / this.totalWeight : 0;
  }

  /** Estimated share of residential area served by `bits` (any of them). */
  share(bits: number): number {
    let sum = 0;
    this.served.forEach((served, id) => {
      if (served & bits) sum += this.weights[id] ?? 0;
    });
    return this.totalWeight > 0 ? sum / this.totalWeight : 0;
  }
}
