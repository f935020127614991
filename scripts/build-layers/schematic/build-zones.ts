import type { Feature } from "geojson";
import { RED_LINE_SITES } from "./definitions/red-line-sites";
import { URBAN_CLUSTERS } from "./definitions/urban-clusters";
import { ellipsoidalAreaM2 } from "./geometry-tools";
import { clipToNeighbourhood, intersectPolygons, keepLargeParts, subtractPolygons, unionPolygons, type Polygonal } from "./polygon-ops";
import { createRandom, deriveSeed } from "./prng";
import type { RegionContext } from "./region-context";
import { blobRing, toPositions } from "./shapes";

/** 城镇开发边界 ≤ 2,027.69 km² (青岛市国土空间总体规划 2021–2035); the schematic boundary aims just below it. */
export const URBAN_TARGET_KM2 = 1950;

function blob(center: number[], majorKm: number, minorKm: number, rotationDeg: number, context: RegionContext, seed: number, label: string): Polygonal {
  const ring = blobRing(
    { center, semiMajorM: majorKm * 1000, semiMinorM: minorKm * 1000, rotationDeg, wobble: 0.15, vertices: 64 },
    context.projection,
    createRandom(deriveSeed(seed, label)),
  );
  return { type: "Polygon", coordinates: [toPositions(ring, context.projection)] };
}

function urbanArea(scale: number, redLineLand: Polygonal | null, context: RegionContext, seed: number): Polygonal | null {
  const blobs = URBAN_CLUSTERS.map((cluster) =>
    blob(cluster.center, cluster.semiMajorKm * scale, cluster.semiMinorKm * scale, cluster.rotationDeg, context, seed, cluster.name),
  );
  const union = unionPolygons(blobs);
  let urban = union && intersectPolygons(union, clipToNeighbourhood(context.municipality.geometry, union));
  if (urban && redLineLand) urban = subtractPolygons(urban, redLineLand);
  return keepLargeParts(urban, 200_000);
}

/**
 * 城乡分区: the urban development boundary (cluster blobs ∩ municipality − land red line, scaled to the
 * target), ecological space (land red line plus a margin around the mountain and wetland sites) and
 * agricultural space (the rest of the municipality's land).
 */
export function buildZones(context: RegionContext, redLine: Feature<Polygonal>[], seed: number): Feature<Polygonal>[] {
  const redLineLand = unionPolygons(redLine.filter((feature) => feature.properties?.zone === "land").map((feature) => feature.geometry));
  let scale = 1;
  let urban = urbanArea(scale, redLineLand, context, seed);
  for (let pass = 0; pass < 2 && urban; pass += 1) {
    scale *= Math.sqrt(URBAN_TARGET_KM2 / (ellipsoidalAreaM2(urban) / 1e6));
    urban = urbanArea(scale, redLineLand, context, seed);
  }
  if (!urban) throw new Error("empty urban development boundary");
  const margins = RED_LINE_SITES.filter((site) => site.zone === "land").map((site) =>
    blob(site.center, site.semiMajorKm * 1.7, site.semiMinorKm * 1.7, site.rotationDeg, context, seed, `eco-${site.name}`),
  );
  const ecologicalRaw = unionPolygons([...(redLineLand ? [redLineLand] : []), ...margins]);
  let ecological = ecologicalRaw && intersectPolygons(ecologicalRaw, context.municipality.geometry);
  if (ecological) ecological = subtractPolygons(ecological, urban);
  ecological = keepLargeParts(ecological, 100_000);
  const used = unionPolygons([urban, ...(ecological ? [ecological] : [])]);
  const agricultural = keepLargeParts(used ? subtractPolygons(context.municipality.geometry, used) : context.municipality.geometry, 100_000);
  const zones: [string, string, string, Polygonal | null][] = [
    ["urban-development", "城镇开发边界", "Urban development boundary", urban],
    ["agricultural", "农业空间", "Agricultural space", agricultural],
    ["ecological", "生态空间", "Ecological space", ecological],
  ];
  return zones
    .filter((zone): zone is [string, string, string, Polygonal] => zone[3] !== null)
    .map(([zone, name, nameEn, geometry], index) => ({
      type: "Feature",
      properties: { id: `zone-${index + 1}`, zone, name, nameEn, areaM2: Math.round(ellipsoidalAreaM2(geometry)), schematic: true },
      geometry,
    }));
}
