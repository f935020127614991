import Flatbush from "flatbush";
import type { Feature, LineString, Polygon } from "geojson";
import { URBAN_CLUSTERS } from "./definitions/urban-clusters";
import { cleanPolygonal, ellipsoidalAreaM2 } from "./geometry-tools";
import { rectangleRing } from "./build-parks";
import { partsOf, type Polygonal } from "./polygon-ops";
import { ringsIntersect } from "./polygon-overlap";
import { createRandom, deriveSeed } from "./prng";
import type { PlanarPoint } from "./projection";
import { projectRings, type RegionContext } from "./region-context";
import { SegmentIndex } from "./segment-index";
import { toPositions } from "./shapes";

/** About 20,000 parcels: enough for the coverage engine to be measured at city scale. */
export const RESIDENTIAL_TARGET_COUNT = 20_000;
export const BLOCK_X_M = 360;
export const BLOCK_Y_M = 300;
export const ARTERIAL_M = 24;
export const STREET_M = 14;
const SPLITS: readonly [number, number][] = [
  [2, 1],
  [2, 2],
  [3, 2],
  [2, 3],
  [4, 3],
  [3, 3],
  [5, 4],
];

/** Inputs besides the region. */
export interface ResidentialInputs {
  urban: Polygonal;
  parks: Feature<Polygonal>[];
  redLineLand: Polygonal[];
  rivers: Feature<LineString>[];
}

interface Candidate {
  ring: PlanarPoint[];
  blockKey: number;
  share: number;
  density: number;
}

function grown(ring: PlanarPoint[], marginM: number): PlanarPoint[] {
  const cx = ring.slice(0, -1).reduce((s, p) => s + p[0], 0) / (ring.length - 1);
  const cy = ring.slice(0, -1).reduce((s, p) => s + p[1], 0) / (ring.length - 1);
  return ring.map(([x, y]) => {
    const d = Math.hypot(x - cx, y - cy) || 1;
    return [x + ((x - cx) / d) * marginM * 1.42, y + ((y - cy) / d) * marginM * 1.42];
  });
}

/**
 * Residential parcels on a street grid per urban cluster (360 × 300 m blocks, 24 m arterials, 14 m local
 * streets, each block split into 2–20 parcels of 0.3–5 ha). A parcel is kept only inside the urban
 * development boundary, on land, ≥10 m from every park, ≥25 m from every river and outside the land red
 * line; blocks are then drawn in seeded order until the count reaches the target. Population: each
 * district's census population spread over its parcels by area × a seeded density factor.
 */
export function buildResidential(context: RegionContext, inputs: ResidentialInputs, seed: number): Feature<Polygon>[] {
  const random = createRandom(deriveSeed(seed, "residential"));
  const urbanIndex = new SegmentIndex(projectRings(inputs.urban, context.projection));
  const redIndex = new SegmentIndex(inputs.redLineLand.flatMap((geometry) => projectRings(geometry, context.projection)));
  const riverIndex = new SegmentIndex(inputs.rivers.map((river) => river.geometry.coordinates.map(context.projection.forward)));
  const parkRings = inputs.parks.flatMap((park) => partsOf(park.geometry).map((part) => (part.coordinates[0] ?? []).map(context.projection.forward)));
  const parkIndex = new Flatbush(parkRings.length);
  for (const ring of parkRings)
    parkIndex.add(
      Math.min(...ring.map((p) => p[0])),
      Math.min(...ring.map((p) => p[1])),
      Math.max(...ring.map((p) => p[0])),
      Math.max(...ring.map((p) => p[1])),
    );
  parkIndex.finish();
  const accepted = (ring: PlanarPoint[]): boolean => {
    if (!ring.every((p) => urbanIndex.contains(p) && context.landIndex.contains(p) && !redIndex.contains(p))) return false;
    if (urbanIndex.ringCrosses(ring) || context.landIndex.ringCrosses(ring) || redIndex.ringCrosses(ring)) return false;
    const margin = grown(ring, 10);
    const xs = margin.map((p) => p[0]);
    const ys = margin.map((p) => p[1]);
    if (
      parkIndex.search(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)).some((id) => ringsIntersect(margin, parkRings[id] as PlanarPoint[]))
    )
      return false;
    return !riverIndex.ringCrosses(grown(ring, 25));
  };
  const candidates: Candidate[] = [];
  const clusterCenters = URBAN_CLUSTERS.map((cluster) => context.projection.forward(cluster.center));
  URBAN_CLUSTERS.forEach((cluster, clusterIndex) => {
    const [cx, cy] = clusterCenters[clusterIndex] as PlanarPoint;
    const angle = (cluster.gridAngleDeg * Math.PI) / 180;
    const reach = cluster.semiMajorKm * 1000 * 1.8;
    for (let i = -Math.ceil(reach / BLOCK_X_M); i <= Math.ceil(reach / BLOCK_X_M); i += 1) {
      for (let j = -Math.ceil(reach / BLOCK_Y_M); j <= Math.ceil(reach / BLOCK_Y_M); j += 1) {
        const local: PlanarPoint = [i * BLOCK_X_M, j * BLOCK_Y_M];
        const center: PlanarPoint = [
          cx + local[0] * Math.cos(angle) - local[1] * Math.sin(angle),
          cy + local[0] * Math.sin(angle) + local[1] * Math.cos(angle),
        ];
        const nearest = clusterCenters.reduce(
          (best, other, index) => {
            const distance = Math.hypot(center[0] - other[0], center[1] - other[1]) / (URBAN_CLUSTERS[index]?.semiMajorKm ?? 1);
            return distance < best.distance ? { distance, index } : best;
          },
          { distance: Number.POSITIVE_INFINITY, index: -1 },
        );
        if (nearest.index !== clusterIndex || !urbanIndex.contains(center)) continue;
        const blockKey = random.next();
        const [columns, rows] = random.pick(SPLITS);
        const innerX = BLOCK_X_M - ARTERIAL_M;
        const innerY = BLOCK_Y_M - ARTERIAL_M;
        const cellX = (innerX - (columns - 1) * STREET_M) / columns;
        const cellY = (innerY - (rows - 1) * STREET_M) / rows;
        const density = random.range(0.7, 1.3) * (cluster.residentialShare > 0.5 ? 1.3 : 1);
        for (let c = 0; c < columns; c += 1) {
          for (let r = 0; r < rows; r += 1) {
            const offsetX = -innerX / 2 + c * (cellX + STREET_M) + cellX / 2;
            const offsetY = -innerY / 2 + r * (cellY + STREET_M) + cellY / 2;
            const parcelCenter: PlanarPoint = [
              center[0] + offsetX * Math.cos(angle) - offsetY * Math.sin(angle),
              center[1] + offsetX * Math.sin(angle) + offsetY * Math.cos(angle),
            ];
            const ring = rectangleRing(parcelCenter, cellX, cellY, cluster.gridAngleDeg);
            if (accepted(ring)) candidates.push({ ring, blockKey, share: cluster.residentialShare, density });
          }
        }
      }
    }
  });
  const distinct = withoutOverlaps(candidates);
  let low = 0;
  let high = 4;
  for (let step = 0; step < 30; step += 1) {
    const factor = (low + high) / 2;
    const count = distinct.filter((candidate) => candidate.blockKey < candidate.share * factor).length;
    if (count > RESIDENTIAL_TARGET_COUNT) high = factor;
    else low = factor;
  }
  const chosen = distinct.filter((candidate) => candidate.blockKey < candidate.share * low);
  return assignPopulation(chosen, context);
}

/** Drops candidates that overlap an earlier one (grids of neighbouring clusters meet at an angle). */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const index = new Flatbush(Math.max(1, candidates.length));
  const boxes = candidates.map((candidate) => {
    const xs = candidate.ring.map((p) => p[0]);
    const ys = candidate.ring.map((p) => p[1]);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
  });
  for (const box of boxes) index.add(box[0], box[1], box[2], box[3]);
  if (candidates.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  const dropped = new Uint8Array(candidates.length);
  candidates.forEach((candidate, i) => {
    if (dropped[i]) return;
    const box = boxes[i] as readonly [number, number, number, number];
    for (const j of index.search(box[0], box[1], box[2], box[3])) {
      if (j > i && !dropped[j] && ringsIntersect(candidate.ring, (candidates[j] as Candidate).ring)) dropped[j] = 1;
    }
  });
  return candidates.filter((_, i) => !dropped[i]);
}

function assignPopulation(chosen: Candidate[], context: RegionContext): Feature<Polygon>[] {
  const parcels: { feature: Feature<Polygon>; district: number; weight: number }[] = [];
  for (const candidate of chosen) {
    const geometry = cleanPolygonal({ type: "Polygon", coordinates: [toPositions(candidate.ring, context.projection)] }) as Polygon | null;
    if (!geometry) continue;
    const areaM2 = ellipsoidalAreaM2(geometry);
    if (areaM2 < 3_000 || areaM2 > 50_000) continue;
    const center = candidate.ring.slice(0, -1).reduce<PlanarPoint>((s, p) => [s[0] + p[0] / 4, s[1] + p[1] / 4], [0, 0]);
    const district = context.districts.length === 0 ? -1 : context.districts.findIndex((info) => info.index.contains(center));
    if (context.districts.length > 0 && district < 0) continue;
    parcels.push({
      feature: {
        type: "Feature",
        properties: { id: "", district: context.districts[district]?.name ?? "未分区", population: 0, areaM2: Math.round(areaM2), schematic: true },
        geometry,
      },
      district,
      weight: areaM2 * candidate.density,
    });
  }
  const placeholderPerDistrict = 1_000_000;
  const groups = new Map<number, typeof parcels>();
  for (const parcel of parcels) groups.set(parcel.district, [...(groups.get(parcel.district) ?? []), parcel]);
  for (const [district, group] of groups) {
    const total = context.districts[district]?.population || placeholderPerDistrict;
    const weightSum = group.reduce((s, p) => s + p.weight, 0);
    let assigned = 0;
    group.forEach((parcel, index) => {
      const value = index === group.length - 1 ? total - assigned : Math.round((total * parcel.weight) / weightSum);
      if (parcel.feature.properties) parcel.feature.properties.population = value;
      assigned += value;
    });
  }
  return parcels.map((parcel, index) => {
    if (parcel.feature.properties) parcel.feature.properties.id = `res-${String(index + 1).padStart(5, "0")}`;
    return parcel.feature;
  });
}
