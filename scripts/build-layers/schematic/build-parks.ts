import gcoord from "gcoord";
import type { Feature, LineString, Polygon, Position } from "geojson";
import { URBAN_CLUSTERS } from "./definitions/urban-clusters";
import { GENERATED_PARKS, NAMED_PARKS, type NamedPark } from "./definitions/parks";
import { cleanPolygonal, ellipsoidalAreaM2 } from "./geometry-tools";
import { clipToNeighbourhood, intersectPolygons, partsOf, subtractPolygons, unionPolygons, type Polygonal } from "./polygon-ops";
import { createRandom, deriveSeed, type Random } from "./prng";
import type { PlanarPoint } from "./projection";
import { projectRings, type RegionContext } from "./region-context";
import { SegmentIndex } from "./segment-index";
import { blobRing, toPositions } from "./shapes";

interface Placed {
  center: PlanarPoint;
  radiusM: number;
}

/** Rotated rectangle ring (planar, counter-clockwise). */
export function rectangleRing(center: PlanarPoint, widthM: number, heightM: number, angleDeg: number): PlanarPoint[] {
  const angle = (angleDeg * Math.PI) / 180;
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  const corners: PlanarPoint[] = [[-widthM / 2, -heightM / 2], [widthM / 2, -heightM / 2], [widthM / 2, heightM / 2], [-widthM / 2, heightM / 2]];
  const ring = corners.map(([x, y]): PlanarPoint => [center[0] + x * c - y * s, center[1] + x * s + y * c]);
  return [...ring, ring[0] as PlanarPoint];
}

function radiusOf(ring: PlanarPoint[], center: PlanarPoint): number {
  return Math.max(...ring.map((p) => Math.hypot(p[0] - center[0], p[1] - center[1])));
}

function fitsInside(ring: PlanarPoint[], inside: SegmentIndex[], outside: SegmentIndex[]): boolean {
  return ring.every((p) => inside.every((index) => index.contains(p)) && outside.every((index) => !index.contains(p))) && [...inside, ...outside].every((index) => !index.ringCrosses(ring));
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

function namedCenter(park: NamedPark): Position {
  return park.crs === "GCJ-02" ? (gcoord.transform([park.lon, park.lat], gcoord.GCJ02, gcoord.WGS84) as Position) : [park.lon, park.lat];
}

function toFeature(geometry: Polygonal, properties: Record<string, unknown>): Feature<Polygonal> | null {
  const cleaned = cleanPolygonal(geometry);
  if (!cleaned) return null;
  return { type: "Feature", properties: { ...properties, areaM2: Math.round(ellipsoidalAreaM2(cleaned)), schematic: true }, geometry: cleaned };
}

/** Inputs the park generator needs besides the region. */
export interface ParkInputs {
  urban: Polygonal;
  redLineLand: Polygonal[];
  rivers: Feature<LineString>[];
}

/**
 * Parks: the named parks at their approximate real places (clipped to land), then generated parks of
 * each type with seeded sizes; every park lies within a disc no other park's disc touches (so parks
 * never overlap), small ones inside the urban development boundary and outside the land red line.
 */
export function buildParks(context: RegionContext, inputs: ParkInputs, seed: number): Feature<Polygonal>[] {
  const random = createRandom(deriveSeed(seed, "parks"));
  const urbanIndex = new SegmentIndex(projectRings(inputs.urban, context.projection));
  const redIndexes = inputs.redLineLand.map((geometry) => new SegmentIndex(projectRings(geometry, context.projection)));
  const placed: Placed[] = [];
  const features: Feature<Polygonal>[] = [];
  const isFree = (center: PlanarPoint, radiusM: number) => placed.every((other) => Math.hypot(center[0] - other.center[0], center[1] - other.center[1]) > radiusM + other.radiusM + 30);
  for (const park of NAMED_PARKS) {
    const center = context.projection.forward(namedCenter(park));
    const areaM2 = park.areaHa * 10_000;
    const major = Math.sqrt((areaM2 * park.aspect) / Math.PI);
    const ring = blobRing({ center: namedCenter(park), semiMajorM: major, semiMinorM: areaM2 / (Math.PI * major), rotationDeg: park.rotationDeg, wobble: 0.08, vertices: 40 }, context.projection, random);
    const radiusM = radiusOf(ring, center);
    let geometry: Polygonal | null = { type: "Polygon", coordinates: [toPositions(ring, context.projection)] };
    if (!fitsInside(ring, [context.landIndex], [])) geometry = intersectPolygons(geometry, clipToNeighbourhood(context.land.geometry, geometry));
    const neighbours = features.filter((_, index) => !isFree(center, radiusM) && placed[index] && Math.hypot(center[0] - (placed[index] as Placed).center[0], center[1] - (placed[index] as Placed).center[1]) <= radiusM + (placed[index] as Placed).radiusM + 30);
    const taken = unionPolygons(neighbours.map((feature) => feature.geometry));
    if (geometry && taken) geometry = subtractPolygons(geometry, taken);
    const largest = geometry && partsOf(geometry).sort((a, b) => ellipsoidalAreaM2(b) - ellipsoidalAreaM2(a))[0];
    const feature = largest && toFeature(largest, { id: "", name: park.name, type: park.type, basis: park.basis });
    if (!feature) continue;
    placed.push({ center, radiusM });
    features.push(feature);
  }
  const [west, south] = context.projection.forward([context.bbox[0], context.bbox[1]]);
  const [east, north] = context.projection.forward([context.bbox[2], context.bbox[3]]);
  const riverPaths = inputs.rivers.map((river) => river.geometry.coordinates.map(context.projection.forward));
  for (const spec of GENERATED_PARKS) {
    let made = 0;
    for (let attempt = 0; made < spec.count && attempt < spec.count * 400; attempt += 1) {
      const areaM2 = Math.exp(random.range(Math.log(spec.minM2), Math.log(spec.maxM2)));
      const candidate = proposePark(spec.where, areaM2, random, context, riverPaths, [west, south, east, north]);
      if (!candidate || !isFree(candidate.center, candidate.radiusM)) continue;
      const inside = spec.where === "edge" ? [context.landIndex, context.municipalityIndex] : [context.landIndex, urbanIndex];
      if (!fitsInside(candidate.ring, inside, spec.where === "edge" ? [] : redIndexes)) continue;
      const feature = toFeature({ type: "Polygon", coordinates: [toPositions(candidate.ring, context.projection)] } as Polygon, { id: "", type: spec.type });
      if (!feature) continue;
      placed.push({ center: candidate.center, radiusM: candidate.radiusM });
      features.push(feature);
      made += 1;
    }
    if (made < spec.count) console.warn(`[schematic] parks: only ${made} of ${spec.count} ${spec.type}`);
  }
  features.forEach((feature, index) => feature.properties && (feature.properties.id = `park-${String(index + 1).padStart(4, "0")}`));
  return features;
}

function proposePark(where: "urban" | "edge" | "river", areaM2: number, random: Random, context: RegionContext, rivers: PlanarPoint[][], box: number[]): { center: PlanarPoint; ring: PlanarPoint[]; radiusM: number } | null {
  if (where === "river") {
    const path = random.pick(rivers);
    const index = random.integer(0, path.length - 2);
    const [a, b] = [path[index] as PlanarPoint, path[index + 1] as PlanarPoint];
    const angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    const widthM = random.range(50, 110);
    const lengthM = areaM2 / widthM;
    const side = random.next() < 0.5 ? -1 : 1;
    const normal = [-(b[1] - a[1]), b[0] - a[0]].map((v) => v / Math.hypot(b[0] - a[0], b[1] - a[1]));
    const center: PlanarPoint = [(a[0] + b[0]) / 2 + side * (normal[0] ?? 0) * (widthM / 2 + 35), (a[1] + b[1]) / 2 + side * (normal[1] ?? 0) * (widthM / 2 + 35)];
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
  const spec = { center: context.projection.inverse(center), semiMajorM: major, semiMinorM: areaM2 / (Math.PI * major), rotationDeg: random.range(0, 180), wobble: 0.1, vertices: 28 };
  const ring = blobRing(spec, context.projection, random);
  return { center, ring, radiusM: radiusOf(ring, center) };
}
