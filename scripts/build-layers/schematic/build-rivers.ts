import type { Feature, LineString, Position } from "geojson";
import { RIVER_DEFINITIONS, type RiverDefinition } from "./definitions/rivers";
import { ellipsoidalLengthM, round6 } from "./geometry-tools";
import { createRandom, deriveSeed } from "./prng";
import type { PlanarPoint } from "./projection";
import type { RegionContext } from "./region-context";
import { SegmentIndex } from "./segment-index";
import { meander, toPositions } from "./shapes";

function isClean(path: PlanarPoint[], context: RegionContext): boolean {
  for (let i = 0; i + 1 < path.length; i += 1) {
    if (!context.landIndex.contains(path[i] as PlanarPoint)) return false;
    if (i + 2 < path.length && context.shorelineIndex.crosses(path[i] as PlanarPoint, path[i + 1] as PlanarPoint)) return false;
  }
  return true;
}

function course(definition: RiverDefinition, end: PlanarPoint, context: RegionContext, seed: number): PlanarPoint[] {
  const base = definition.waypoints.slice(0, -1).map(context.projection.forward);
  base.push(end);
  const random = createRandom(deriveSeed(seed, definition.name));
  for (let amplitudeM = definition.order === 1 ? 260 : 160; amplitudeM >= 10; amplitudeM /= 2) {
    const candidate = meander(base, 350, amplitudeM, random);
    if (isClean(candidate, context)) return candidate;
  }
  return base;
}

/**
 * Schematic river centre lines: waypoints along the courses the plans and gazetteer describe,
 * meandered with seeded noise, order-1 rivers ending exactly on the real shoreline, tributaries on
 * their main river.
 */
export function buildRivers(context: RegionContext, seed: number): Feature<LineString>[] {
  const built = new Map<string, PlanarPoint[]>();
  const features: Feature<LineString>[] = [];
  for (const definition of RIVER_DEFINITIONS) {
    const last = context.projection.forward(definition.waypoints.at(-1) as Position);
    const previous = context.projection.forward(definition.waypoints.at(-2) as Position);
    const target = definition.order === 1 ? context.shorelineIndex : new SegmentIndex([built.get(definition.joins ?? "") ?? []]);
    const beyond: PlanarPoint = [last[0] + (last[0] - previous[0]) * 0.5, last[1] + (last[1] - previous[1]) * 0.5];
    const end = target.firstCrossing(previous, beyond) ?? target.nearest(last, 20_000)?.point;
    if (!end) throw new Error(`river ${definition.name}: no ${definition.order === 1 ? "shoreline" : definition.joins} near its mouth`);
    const path = course(definition, end, context, seed);
    built.set(definition.name, path);
    const coordinates = toPositions(path, context.projection).map((p) => [round6(p[0] ?? 0), round6(p[1] ?? 0)]);
    features.push({
      type: "Feature",
      properties: {
        id: `river-${String(features.length + 1).padStart(2, "0")}`,
        name: definition.name,
        nameEn: definition.nameEn,
        system: definition.system,
        order: definition.order,
        ...(definition.joins ? { joins: definition.joins } : { outlet: definition.outlet }),
        lengthKm: Math.round(ellipsoidalLengthM(coordinates) / 100) / 10,
        basis: definition.basis,
        schematic: true,
      },
      geometry: { type: "LineString", coordinates },
    });
  }
  return features;
}
