import gcoord from "gcoord";
import type { Feature, LineString, Polygon, Position } from "geojson";
import { GENERATED_PARKS, NAMED_PARKS, type NamedPark, type ParkType } from "./definitions/parks";
import { buildResidential } from "./build-residential";
import { cleanPolygonal, ellipsoidalAreaM2 } from "./geometry-tools";
import { seedNeighbourhoodParks } from "./neighbourhood-parks";
import { clipToNeighbourhood, intersectPolygons, partsOf, subtractPolygons, unionPolygons, type Polygonal } from "./polygon-ops";
import { fitsInside, proposePark, radiusOf } from "./park-geometry";
import { createRandom, deriveSeed } from "./prng";
import type { PlanarPoint } from "./projection";
import { projectRings, type RegionContext } from "./region-context";
import { ResidentialDemand } from "./residential-demand";
import { SegmentIndex } from "./segment-index";
import { blobRing, toPositions } from "./shapes";

export { gridAngleAt, rectangleRing } from "./park-geometry";

interface Placed {
  center: PlanarPoint;
  radiusM: number;
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
 * each type with seeded sizes, then community and pocket parks seeded on the street blocks between the
 * residential parcels that these parks leave (`seedNeighbourhoodParks`); every park lies within a disc no
 * other park's disc touches (so parks never overlap), small ones inside the urban development boundary,
 * outside the land red line and off the rivers.
 */
export function buildParks(context: RegionContext, inputs: ParkInputs, seed: number): Feature<Polygonal>[] {
  const random = createRandom(deriveSeed(seed, "parks"));
  const urbanIndex = new SegmentIndex(projectRings(inputs.urban, context.projection));
  const redIndexes = inputs.redLineLand.map((geometry) => new SegmentIndex(projectRings(geometry, context.projection)));
  const placed: Placed[] = [];
  const features: Feature<Polygonal>[] = [];
  const isFree = (center: PlanarPoint, radiusM: number) =>
    placed.every((other) => Math.hypot(center[0] - other.center[0], center[1] - other.center[1]) > radiusM + other.radiusM + 30);
  for (const park of NAMED_PARKS) {
    const center = context.projection.forward(namedCenter(park));
    const areaM2 = park.areaHa * 10_000;
    const major = Math.sqrt((areaM2 * park.aspect) / Math.PI);
    const ring = blobRing(
      { center: namedCenter(park), semiMajorM: major, semiMinorM: areaM2 / (Math.PI * major), rotationDeg: park.rotationDeg, wobble: 0.08, vertices: 40 },
      context.projection,
      random,
    );
    const radiusM = radiusOf(ring, center);
    let geometry: Polygonal | null = { type: "Polygon", coordinates: [toPositions(ring, context.projection)] };
    if (!fitsInside(ring, [context.landIndex], [])) geometry = intersectPolygons(geometry, clipToNeighbourhood(context.land.geometry, geometry));
    const neighbours = features.filter(
      (_, index) =>
        !isFree(center, radiusM) &&
        placed[index] &&
        Math.hypot(center[0] - (placed[index] as Placed).center[0], center[1] - (placed[index] as Placed).center[1]) <=
          radiusM + (placed[index] as Placed).radiusM + 30,
    );
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
  const riverIndex = new SegmentIndex(riverPaths);
  const parcels = buildResidential(context, { urban: inputs.urban, parks: features, redLineLand: inputs.redLineLand, rivers: inputs.rivers }, seed);
  const demand = new ResidentialDemand(parcels, context.projection.forward);
  for (const feature of features) {
    for (const part of partsOf(feature.geometry))
      demand.servePark((part.coordinates[0] ?? []).map(context.projection.forward), Number(feature.properties?.areaM2));
  }
  const host = {
    context,
    urbanIndex,
    allowed: (ring: PlanarPoint[]) => fitsInside(ring, [context.landIndex, urbanIndex], redIndexes) && !riverIndex.ringCrosses(ring),
    isFree,
    add: (ring: PlanarPoint[], center: PlanarPoint, radiusM: number, type: ParkType) => {
      const feature = toFeature({ type: "Polygon", coordinates: [toPositions(ring, context.projection)] }, { id: "", type });
      if (!feature) return false;
      placed.push({ center, radiusM });
      features.push(feature);
      return true;
    },
  };
  seedNeighbourhoodParks(host, parcels, demand, createRandom(deriveSeed(seed, "neighbourhood-parks")));
  console.log(
    `[schematic] parks: estimated coverage ${(demand.overallShare() * 100).toFixed(1)} % (300 m ${(demand.share(1) * 100).toFixed(1)} %, 500 m ${(demand.share(2) * 100).toFixed(1)} %) of ${parcels.length} provisional parcels`,
  );
  features.forEach((feature, index) => feature.properties && (feature.properties.id = `park-${String(index + 1).padStart(4, "0")}`));
  return features;
}
