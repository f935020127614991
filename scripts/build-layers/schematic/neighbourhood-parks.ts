import Flatbush from "flatbush";
import type { Feature, Polygon } from "geojson";
import { NEIGHBOURHOOD_PARKS, type NeighbourhoodParkSpec, type ParkType } from "./definitions/parks";
import { URBAN_CLUSTERS } from "./definitions/urban-clusters";
import { MaxHeap } from "./max-heap";
import { rectangleRing } from "./park-geometry";
import { ringsIntersect } from "./polygon-overlap";
import type { Random } from "./prng";
import type { PlanarPoint } from "./projection";
import type { RegionContext } from "./region-context";
import type { GainMode, ResidentialDemand } from "./residential-demand";
import type { SegmentIndex } from "./segment-index";

/** The street grid of build-residential.ts: 360 × 300 m blocks between 24 m arterials. */
const BLOCK_X_M = 360;
const BLOCK_Y_M = 300;
const ARTERIAL_M = 24;
/** Inner margin to the block edge, and the clearance kept from every residential parcel. */
const EDGE_M = 3;
const PARCEL_CLEARANCE_M = 15;

/** What the neighbourhood parks need from the park builder. */
export interface NeighbourhoodHost {
  context: RegionContext;
  urbanIndex: SegmentIndex;
  /** True when the planar ring lies on land, in the urban boundary, off the land red line and rivers. */
  allowed(ring: PlanarPoint[]): boolean;
  /** True when no earlier park's disc touches the disc (center, radiusM). */
  isFree(center: PlanarPoint, radiusM: number): boolean;
  /** Adds a park; returns false when it could not be made. */
  add(ring: PlanarPoint[], center: PlanarPoint, radiusM: number, type: ParkType): boolean;
}

interface Block {
  center: PlanarPoint;
  angleDeg: number;
  cluster: number;
}

interface Site {
  ring: PlanarPoint[];
  /** The ring grown by the parcel clearance on every side. */
  clearance: PlanarPoint[];
  center: PlanarPoint;
  radiusM: number;
  areaM2: number;
  /** Seeded preference: the cluster's planning effort × a per-site factor (no perfect foresight). */
  weight: number;
}

/** Street blocks of every urban cluster (same enumeration as the residential grid), in a fixed order. */
export function streetBlocks(context: RegionContext, urbanIndex: SegmentIndex): Block[] {
  const centers = URBAN_CLUSTERS.map((cluster) => context.projection.forward(cluster.center));
  const blocks: Block[] = [];
  URBAN_CLUSTERS.forEach((cluster, clusterIndex) => {
    const [cx, cy] = centers[clusterIndex] as PlanarPoint;
    const angle = (cluster.gridAngleDeg * Math.PI) / 180;
    const reach = cluster.semiMajorKm * 1000 * 1.8;
    for (let i = -Math.ceil(reach / BLOCK_X_M); i <= Math.ceil(reach / BLOCK_X_M); i += 1) {
      for (let j = -Math.ceil(reach / BLOCK_Y_M); j <= Math.ceil(reach / BLOCK_Y_M); j += 1) {
        const [x, y] = [i * BLOCK_X_M, j * BLOCK_Y_M];
        const center: PlanarPoint = [cx + x * Math.cos(angle) - y * Math.sin(angle), cy + x * Math.sin(angle) + y * Math.cos(angle)];
        const nearest = centers.reduce(
          (best, other, index) => {
            const distance = Math.hypot(center[0] - other[0], center[1] - other[1]) / (URBAN_CLUSTERS[index]?.semiMajorKm ?? 1);
            return distance < best.distance ? { distance, index } : best;
          },
          { distance: Number.POSITIVE_INFINITY, index: -1 },
        );
        if (nearest.index === clusterIndex && urbanIndex.contains(center)) blocks.push({ center, angleDeg: cluster.gridAngleDeg, cluster: clusterIndex });
      }
    }
  });
  return blocks;
}

/** A grid-aligned rectangle of about `areaM2` at a seeded place inside the block (shrunk to fit). */
function siteIn(block: Block, spec: NeighbourhoodParkSpec, effort: number, random: Random): Site {
  const areaM2 = Math.exp(random.range(Math.log(spec.minM2), Math.log(spec.maxM2)));
  const aspect = random.range(1, spec.radiusM === 500 ? 1.6 : 2.2);
  const [maxX, maxY] = [BLOCK_X_M - ARTERIAL_M - 2 * EDGE_M, BLOCK_Y_M - ARTERIAL_M - 2 * EDGE_M];
  const along = random.next() < 0.5;
  let width = Math.min(maxX, along ? Math.sqrt(areaM2 * aspect) : Math.sqrt(areaM2 / aspect));
  const height = Math.min(maxY, areaM2 / width);
  width = Math.min(maxX, Math.max(width, areaM2 / height));
  const [offsetX, offsetY] = [(random.range(-1, 1) * (maxX - width)) / 2, (random.range(-1, 1) * (maxY - height)) / 2];
  const angle = (block.angleDeg * Math.PI) / 180;
  const center: PlanarPoint = [
    block.center[0] + offsetX * Math.cos(angle) - offsetY * Math.sin(angle),
    block.center[1] + offsetX * Math.sin(angle) + offsetY * Math.cos(angle),
  ];
  const clearance = rectangleRing(center, width + 2 * PARCEL_CLEARANCE_M, height + 2 * PARCEL_CLEARANCE_M, block.angleDeg);
  return {
    ring: rectangleRing(center, width, height, block.angleDeg),
    clearance,
    center,
    radiusM: Math.hypot(width, height) / 2,
    areaM2: width * height,
    weight: effort * random.range(0.85, 1),
  };
}

function parcelIndex(parcels: readonly Feature<Polygon>[], context: RegionContext): { rings: PlanarPoint[][]; index: Flatbush } {
  const rings = parcels.map((parcel) => (parcel.geometry.coordinates[0] ?? []).map((position) => context.projection.forward(position)));
  const index = new Flatbush(Math.max(1, rings.length));
  for (const ring of rings)
    index.add(Math.min(...ring.map((p) => p[0])), Math.min(...ring.map((p) => p[1])), Math.max(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[1])));
  if (rings.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return { rings, index };
}

/**
 * Seeds community (社区公园, 500 m class) and pocket parks (口袋公园, 300 m class) on street blocks between the
 * residential parcels: three candidate sites per block and type (seeded size and place, aligned with the grid,
 * ≥ 15 m from every parcel, on land, in the urban boundary, off the land red line and rivers). A lazy greedy
 * takes the site serving the most not-yet-served residential area, times a seeded preference (the cluster's
 * planning effort 0.6–1 × 0.85–1 per site), until the estimated coverage reaches the type's `gapFillUntil`;
 * the rest go where most residents are already served (pocket parks: served by 500 m but not yet by 300 m).
 */
export function seedNeighbourhoodParks(host: NeighbourhoodHost, parcels: readonly Feature<Polygon>[], demand: ResidentialDemand, random: Random): void {
  const blocks = streetBlocks(host.context, host.urbanIndex);
  const { rings, index } = parcelIndex(parcels, host.context);
  const efforts = URBAN_CLUSTERS.map(() => random.range(0.6, 1));
  const clearOfParcels = (site: Site) => {
    const grown = site.clearance;
    const xs = grown.map((p) => p[0]);
    const ys = grown.map((p) => p[1]);
    return !index.search(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)).some((id) => ringsIntersect(grown, rings[id] as PlanarPoint[]));
  };
  for (const spec of NEIGHBOURHOOD_PARKS) {
    const sites = blocks
      .flatMap((block) => [0, 1, 2].map(() => siteIn(block, spec, efforts[block.cluster] ?? 1, random)))
      .filter(
        (site) =>
          host.isFree(site.center, site.radiusM) && clearOfParcels(site) && demand.reached(site.ring, spec.radiusM).length > 0 && host.allowed(site.ring),
      );
    let made = 0;
    for (const mode of ["uncovered", spec.radiusM === 300 ? "infill-300" : "served"] as GainMode[]) {
      const heap = new MaxHeap();
      sites.forEach((site, i) => heap.push(i, site.weight * demand.gain(site.ring, spec.radiusM, mode)));
      while (made < spec.count && heap.size > 0 && heap.peekKey() > 0) {
        if (mode === "uncovered" && demand.overallShare() >= spec.gapFillUntil) break;
        const i = heap.pop() as number;
        const site = sites[i] as Site;
        const key = site.weight * demand.gain(site.ring, spec.radiusM, mode);
        if (key < heap.peekKey()) {
          if (key > 0) heap.push(i, key);
          continue;
        }
        if (!host.isFree(site.center, site.radiusM) || !host.add(site.ring, site.center, site.radiusM, spec.type)) continue;
        demand.servePark(site.ring, site.areaM2);
        made += 1;
      }
    }
    if (made < spec.count) console.warn(`[schematic] parks: only ${made} of ${spec.count} ${spec.type}`);
  }
}
