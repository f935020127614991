import * as turf from "@turf/turf";
import type { Feature } from "geojson";
import { RED_LINE_SITES, type RedLineSite } from "./definitions/red-line-sites";
import { ellipsoidalAreaM2 } from "./geometry-tools";
import { clipToNeighbourhood, intersectPolygons, keepLargeParts, subtractPolygons, unionPolygons, type Polygonal } from "./polygon-ops";
import { createRandom, deriveSeed } from "./prng";
import type { RegionContext } from "./region-context";
import { blobRing, toPositions } from "./shapes";

/** Official figures (青岛市国土空间总体规划 2021–2035, approved 2024-11-13) the totals are calibrated to. */
export const RED_LINE_TARGETS_KM2 = { land: 745, sea: 1000 } as const;

function sitePolygon(site: RedLineSite, scale: number, context: RegionContext, seed: number): Polygonal | null {
  const random = createRandom(deriveSeed(seed, site.name));
  const ring = blobRing(
    {
      center: site.center,
      semiMajorM: site.semiMajorKm * 1000 * scale,
      semiMinorM: site.semiMinorKm * 1000 * scale,
      rotationDeg: site.rotationDeg,
      wobble: 0.12,
      vertices: 72,
    },
    context.projection,
    random,
  );
  const blob: Polygonal = { type: "Polygon", coordinates: [toPositions(ring, context.projection)] };
  if (site.zone === "land") return intersectPolygons(blob, clipToNeighbourhood(context.municipality.geometry, blob));
  const inBox = intersectPolygons(blob, turf.bboxPolygon(context.bbox).geometry);
  return inBox && subtractPolygons(inBox, clipToNeighbourhood(context.land.geometry, inBox));
}

function buildZone(zone: "land" | "sea", scale: number, context: RegionContext, seed: number): Feature<Polygonal>[] {
  const features: Feature<Polygonal>[] = [];
  for (const site of RED_LINE_SITES.filter((candidate) => candidate.zone === zone)) {
    let geometry = sitePolygon(site, scale, context, seed);
    const previous = unionPolygons(features.map((feature) => feature.geometry));
    if (geometry && previous) geometry = subtractPolygons(geometry, previous);
    const cleaned = keepLargeParts(geometry, 20_000);
    if (!cleaned) continue;
    features.push({
      type: "Feature",
      properties: {
        id: "",
        name: site.name,
        zone,
        category: site.category,
        areaM2: Math.round(ellipsoidalAreaM2(cleaned)),
        basis: site.basis,
        schematic: true,
      },
      geometry: cleaned,
    });
  }
  return features;
}

function zoneAreaKm2(features: Feature<Polygonal>[]): number {
  return features.reduce((sum, feature) => sum + Number(feature.properties?.areaM2), 0) / 1e6;
}

/** Land and marine red-line patches, each zone scaled (3 passes) until its total meets its target. */
export function buildRedLine(context: RegionContext, seed: number): Feature<Polygonal>[] {
  const output: Feature<Polygonal>[] = [];
  for (const zone of ["land", "sea"] as const) {
    let scale = 1;
    let features = buildZone(zone, scale, context, seed);
    for (let pass = 0; pass < 3; pass += 1) {
      scale *= Math.sqrt(RED_LINE_TARGETS_KM2[zone] / zoneAreaKm2(features));
      features = buildZone(zone, scale, context, seed);
    }
    output.push(...features);
  }
  output.forEach((feature, index) => {
    if (feature.properties) feature.properties.id = `red-line-${String(index + 1).padStart(2, "0")}`;
  });
  return output;
}
