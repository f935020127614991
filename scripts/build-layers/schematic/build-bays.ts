import * as turf from "@turf/turf";
import type { Feature, Position } from "geojson";
import { BAY_DEFINITIONS, type BayDefinition } from "./definitions/bays";
import { ellipsoidalAreaM2 } from "./geometry-tools";
import { clipToNeighbourhood, intersectPolygons, keepLargeParts, subtractPolygons, unionPolygons, type Polygonal } from "./polygon-ops";
import type { RegionContext } from "./region-context";
import { shoreBetween } from "./shore-path";

function rawBay(definition: BayDefinition, context: RegionContext, coast: Position[][]): Polygonal | null {
  const first = definition.mouth[0] as Position;
  const last = definition.mouth.at(-1) as Position;
  const shore = shoreBetween(coast, first, last, context.projection);
  if (definition.shape === "band") {
    const line = turf.simplify(turf.lineString(shore), { tolerance: 0.001 });
    return turf.buffer(line, definition.widthKm ?? 3, { units: "kilometers", steps: 6 })?.geometry ?? null;
  }
  const ring = [...shore, ...definition.mouth.slice(1, -1).reverse(), shore[0] as Position];
  const polygon = turf.polygon([ring]);
  const pieces = turf.kinks(polygon).features.length > 0 ? turf.unkinkPolygon(polygon).features.map((feature) => feature.geometry) : [polygon.geometry];
  return unionPolygons(pieces);
}

/**
 * Bay polygons cut from the real sea: the shore path between two shore points closed by the mouth line
 * (or a coastal band), minus land (islands become holes), minus earlier bays, inside the region box.
 */
export function buildBays(contexts: RegionContext[], coast: Position[][]): Feature<Polygonal>[] {
  const features: Feature<Polygonal>[] = [];
  for (const definition of BAY_DEFINITIONS) {
    const context = contexts.find((candidate) => candidate.region === definition.region);
    if (!context) continue;
    let geometry = rawBay(definition, context, coast);
    if (geometry) geometry = intersectPolygons(geometry, turf.bboxPolygon(context.bbox).geometry);
    if (geometry) geometry = subtractPolygons(geometry, clipToNeighbourhood(context.land.geometry, geometry));
    const earlier = unionPolygons(features.filter((feature) => feature.properties?.region === definition.region).map((feature) => feature.geometry));
    if (geometry && earlier) geometry = subtractPolygons(geometry, earlier);
    const cleaned = keepLargeParts(geometry, 50_000);
    if (!cleaned) {
      console.warn(`[schematic] bay ${definition.name}: empty`);
      continue;
    }
    features.push({
      type: "Feature",
      properties: {
        id: `bay-${String(features.length + 1).padStart(2, "0")}`,
        name: definition.name,
        nameEn: definition.nameEn,
        region: definition.region,
        status: definition.status,
        targetYear: definition.targetYear,
        statusSource: definition.statusSource,
        areaM2: Math.round(ellipsoidalAreaM2(cleaned)),
        schematic: true,
      },
      geometry: cleaned,
    });
  }
  return features;
}
