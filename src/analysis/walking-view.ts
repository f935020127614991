import { Clipper, FillRule, type Paths64 } from "clipper2-ts";
import type { Feature, MultiPolygon } from "geojson";
import { bufferShape } from "./geometry/clip";
import type { LocalProjection } from "./geometry/local-projection";
import { pathsToMultiPolygon } from "./geometry/paths-to-geojson";
import { UNITS_PER_METRE } from "./geometry/projected-shape";
import { edgePieces } from "./network/edge-pieces";
import type { NetworkCoverage } from "./network/network-coverage";

/** Side of the square cells within which the drawn service area is dissolved, in projected metres. */
const CELL_M = 1000;
/** Arc segments per full circle of the drawn buffers (a map drawing, not a measured area: the figures use 256). */
const VIEW_SEGMENTS_PER_CIRCLE = 32;

/**
 * The walking service areas as drawn and exported (步行服务区): every reached stretch of the network buffered by
 * `walkBufferM` (round ends, 32 segments per circle) and dissolved cell by cell — the buffers touching a 1 km cell
 * are united (Clipper2 NonZero union) and the union cut to the cell (Clipper2 RectClip) — so the pieces of
 * neighbouring cells meet along cell edges without overlapping, and no union ever spans the whole city (one
 * dissolve of every buffer of the Qingdao network took minutes). The first feature is every park at its own radius
 * ("overall"), then one per rule-set class. WGS84; the coverage figures do not depend on it.
 */
export function walkingServiceAreaFeatures(coverage: NetworkCoverage, projection: LocalProjection): Feature<MultiPolygon, { scope: string; radiusM?: number }>[] {
  const bufferM = coverage.settings.walkBufferM * projection.scaleAt(coverage.units[0]?.cx ?? 0);
  const scopes = [{ scope: "overall" }, ...coverage.ruleSet.classes.map((c) => ({ scope: String(c.radiusM), radiusM: c.radiusM }))];
  const features: Feature<MultiPolygon, { scope: string; radiusM?: number }>[] = [];
  scopes.forEach((properties, layer) => {
    const buffers: Paths64[] = [];
    for (const [e, stretches] of coverage.reachedOf(layer)) {
      const edge = coverage.graph.edges[e];
      const shape = edge && edgePieces(edge, stretches);
      if (shape) buffers.push(bufferShape(shape, bufferM, VIEW_SEGMENTS_PER_CIRCLE));
    }
    const polygons = dissolveByCell(buffers).flatMap((cellPaths) => pathsToMultiPolygon(cellPaths, projection).coordinates);
    if (polygons.length > 0) features.push({ type: "Feature", properties, geometry: { type: "MultiPolygon", coordinates: polygons } });
  });
  return features;
}

/** Unites polygon paths (centimetres) cell by cell, each cell's union cut to the cell; one list of paths per cell. */
function dissolveByCell(buffers: readonly Paths64[]): Paths64[] {
  const cellUnits = CELL_M * UNITS_PER_METRE;
  const cells = new Map<string, { column: number; row: number; paths: Paths64 }>();
  for (const paths of buffers) {
    const bounds = Clipper.getBoundsPaths(paths);
    for (let column = Math.floor(bounds.left / cellUnits); column <= Math.floor(bounds.right / cellUnits); column += 1) {
      for (let row = Math.floor(bounds.top / cellUnits); row <= Math.floor(bounds.bottom / cellUnits); row += 1) {
        const key = `${column}:${row}`;
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = { column, row, paths: [] }));
        cell.paths.push(...paths);
      }
    }
  }
  const out: Paths64[] = [];
  for (const { column, row, paths } of cells.values()) {
    const rect = { left: column * cellUnits, top: row * cellUnits, right: (column + 1) * cellUnits, bottom: (row + 1) * cellUnits };
    const clipped = Clipper.rectClip(rect as never, Clipper.union(paths, FillRule.NonZero)).filter((path) => path.length >= 3);
    if (clipped.length > 0) out.push(clipped);
  }
  return out;
}
