/**
 * Self-intersection check and repair for polygons. Detection checks each ring
 * with `ringCrossesItself` (Flatbush-indexed segment tests); repair uses
 * `@turf/unkink-polygon` (the simplepolygon algorithm: splits a ring at its
 * self-intersections into simple polygons, keeping the even-odd area), and is
 * applied only to polygons without holes, where the result is unambiguous.
 * Repair is attempted up to `MAX_REPAIRED_VERTICES` (unkink is O(n²)).
 */
import { ringCrossesItself } from "./find-ring-crossings";
import type { Geometry, Polygon, Position } from "geojson";
import { createRepairCounts, repairRing } from "./repair-rings";

const MAX_REPAIRED_VERTICES = 5000;

export type SelfIntersectionOutcome = { status: "simple" } | { status: "repaired"; geometry: Geometry } | { status: "unrepaired" };

function vertexCount(polygons: Position[][][]): number {
  return polygons.reduce((sum, rings) => sum + rings.reduce((ringSum, ring) => ringSum + ring.length, 0), 0);
}

function hasKinks(polygon: Polygon): boolean {
  return polygon.coordinates.some((ring) => ringCrossesItself(ring));
}

type Unkink = (polygon: Polygon) => { features: { geometry: Polygon }[] };

let unkinkModule: Promise<Unkink> | undefined;
/** Loads @turf/turf's unkinkPolygon on first need (rare), keeping imports light. */
function loadUnkink(): Promise<Unkink> {
  unkinkModule ??= import("@turf/turf").then((turf) => turf.unkinkPolygon as Unkink);
  return unkinkModule;
}

function unkink(polygon: Polygon, unkinkPolygon: Unkink): Position[][][] | undefined {
  if (polygon.coordinates.length > 1 || vertexCount([polygon.coordinates]) > MAX_REPAIRED_VERTICES) return undefined;
  try {
    const pieces = unkinkPolygon(polygon).features.map((piece) => piece.geometry.coordinates);
    const counts = createRepairCounts();
    const repaired = pieces
      .map((rings) => (rings[0] ? repairRing(rings[0], true, counts) : undefined))
      .filter((ring) => ring !== undefined)
      .map((ring) => [ring]);
    return repaired.length > 0 ? repaired : undefined;
  } catch {
    return undefined;
  }
}

/** Checks a (ring-repaired) Polygon/MultiPolygon for self-intersections and repairs them when safe. */
export async function checkSelfIntersections(geometry: Geometry): Promise<SelfIntersectionOutcome> {
  if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") return { status: "simple" };
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let kinked = false;
  const output: Position[][][] = [];
  for (const rings of polygons) {
    const polygon: Polygon = { type: "Polygon", coordinates: rings };
    if (!hasKinks(polygon)) {
      output.push(rings);
      continue;
    }
    kinked = true;
    const pieces = unkink(polygon, await loadUnkink());
    if (!pieces) return { status: "unrepaired" };
    output.push(...pieces);
  }
  if (!kinked) return { status: "simple" };
  const repaired: Geometry = output.length === 1 ? { type: "Polygon", coordinates: output[0]! } : { type: "MultiPolygon", coordinates: output };
  return { status: "repaired", geometry: repaired };
}
