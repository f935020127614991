import type { PlanarPoint } from "./projection";
import { URBAN_CLUSTERS } from "./definitions/urban-clusters";
import type { Random } from "./prng";
import type { RegionContext } from "./region-context";
import type { SegmentIndex } from "./segment-index";
import { blobRing } from "./shapes";

/** Rotated rectangle ring (planar, counter-clockwise). */
export function rectangleRing(center: PlanarPoint, widthM: number, heightM: number, angleDeg: number): PlanarPoint[] {
  const angle = (angleDeg * Math.PI) / 180;
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  const corners: PlanarPoint[] = [
    [-widthM / 2, -heightM / 2],
    [widthM / 2, -heightM / 2],
    [widthM / 2, heightM / 2],
    [-widthM / 2, heightM / 2],
  ];
  const ring = corners.map(([x, y]): PlanarPoint => [center[0] + x * c - y * s, center[1] + x * s + y * c]);
  return [...ring, ring[0] as PlanarPoint];
}

/** Largest distance from `center` to a vertex of the ring. */
export function radiusOf(ring: PlanarPoint[], center: PlanarPoint): number {
  return Math.max(...ring.map((p) => Math.hypot(p[0] - center[0], p[1] - center[1])));
}

/** True when every vertex lies inside all `inside` rings and outside all `outside` rings, and no edge crosses any. */
export function fitsInside(ring: PlanarPoint[], inside: SegmentIndex[], outside: SegmentIndex[]): boolean {
  return (
    ring.every((p) => inside.every((index) => index.contains(p)) && outside.every((index) => !index.contains(p))) &&
    [...inside, ...outside].every((index) => !index.ringCrosses(ring))
  );
}

/** Grid angle of the nearest urban cluster, so small parks align with the street pattern. */
export function gridAngleAt(point: PlanarPoint, context: RegionContext): number {
  let best = { distance: Number.POSITIVE_INFINITY, angle: 0 };
  for (const cluster of URBAN_CLUSTERS) {
    const [x, y] = context.projection.forward(cluster.center);
    const distance = Math.hypot(point[0] - x, point[1] - y) / cluster.semiMajorKm;
    if (distance < best.distance) best = { distance, angle: cluster.gridAngleDeg };
  }
  return best.angle;
}

/**
 * A seeded candidate for a generated park: beside a river ("river"), around an urban cluster ("edge") or anywhere in
 * the region box ("urban"); rectangles on the street-grid angle below 12 ha, blobs above.
 */
export function proposePark(
  where: "urban" | "edge" | "river",
  areaM2: number,
  random: Random,
  context: RegionContext,
  rivers: PlanarPoint[][],
  box: number[],
): { center: PlanarPoint; ring: PlanarPoint[]; radiusM: number } | null {
  if (where === "river") {
    const path = random.pick(rivers);
    const index = random.integer(0, path.length - 2);
    const [a, b] = [path[index] as PlanarPoint, path[index + 1] as PlanarPoint];
    const angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    const widthM = random.range(50, 110);
    const lengthM = areaM2 / widthM;
    const side = random.next() < 0.5 ? -1 : 1;
    const normal = [-(b[1] - a[1]), b[0] - a[0]].map((v) => v / Math.hypot(b[0] - a[0], b[1] - a[1]));
    const center: PlanarPoint = [
      (a[0] + b[0]) / 2 + side * (normal[0] ?? 0) * (widthM / 2 + 35),
      (a[1] + b[1]) / 2 + side * (normal[1] ?? 0) * (widthM / 2 + 35),
    ];
    const ring = rectangleRing(center, lengthM, widthM, angle);
    return { center, ring, radiusM: radiusOf(ring, center) };
  }
  let center: PlanarPoint;
  if (where === "edge") {
    const cluster = random.pick(URBAN_CLUSTERS);
    const [x, y] = context.projection.forward(cluster.center);
    const distance = random.range(0.3, 1.6) * cluster.semiMajorKm * 1000;
    const angle = random.range(0, 2 * Math.PI);
    center = [x + distance * Math.cos(angle), y + distance * Math.sin(angle)];
  } else center = [random.range(box[0] ?? 0, box[2] ?? 0), random.range(box[1] ?? 0, box[3] ?? 0)];
  if (!context.landIndex.contains(center)) return null;
  const angle = gridAngleAt(center, context);
  if (areaM2 < 120_000) {
    const aspect = random.range(1, 2.2);
    const ring = rectangleRing(center, Math.sqrt(areaM2 * aspect), Math.sqrt(areaM2 / aspect), angle + (random.next() < 0.5 ? 0 : 90));
    return { center, ring, radiusM: radiusOf(ring, center) };
  }
  const aspect = random.range(1, 1.8);
  const major = Math.sqrt((areaM2 * aspect) / Math.PI);
  const spec = {
    center: context.projection.inverse(center),
    semiMajorM: major,
    semiMinorM: areaM2 / (Math.PI * major),
    rotationDeg: random.range(0, 180),
    wobble: 0.1,
    vertices: 28,
  };
  const ring = blobRing(spec, context.projection, random);
  return { center, ring, radiusM: radiusOf(ring, center) };
}
