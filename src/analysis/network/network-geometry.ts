import { Clipper, FillRule, type Paths64 } from "clipper2-ts";
import type { Feature, MultiPolygon } from "geojson";
import { bufferShape, intersectionPaths, pathsAreaM2, unionPaths } from "../geometry/clip";
import type { LocalProjection } from "../geometry/local-projection";
import { pathsToMultiPolygon } from "../geometry/paths-to-geojson";
import { makeShape, UNITS_PER_METRE } from "../geometry/projected-shape";
import type { NetworkParkFacts } from "../../domain/metrics-report";
import { parkRadiusM } from "../rules/park-radius";
import { chainPieces } from "./chain-pieces";
import { valueAt } from "../value-at";
import { dissolveInCells } from "./cell-union";
import { clipPolyline, edgePieces } from "./edge-pieces";
import { WALK_BUFFER_SEGMENTS, type NetworkCoverage } from "./network-coverage";
import { reachNetwork, type ReachedEdges } from "./network-reach";

/**
 * The reached stretches buffered by `bufferM` (Clipper2, round joins and ends), in centimetres: the pieces are
 * joined end to end and offset once; with `box`, only the pieces' parts inside it are buffered.
 */
function reachedBuffer(coverage: NetworkCoverage, reached: ReachedEdges, bufferM: number, box?: Box): Paths64 {
  const pieces: Float64Array[] = [];
  for (const [e, stretches] of reached) {
    const edge = coverage.graph.edges[e];
    const rings = (edge && edgePieces(edge, stretches)?.rings) ?? [];
    for (const ring of rings) pieces.push(...(box ? clipPolyline(ring, box) : [ring]));
  }
  return pieces.length === 0 ? [] : bufferShape(makeShape(chainPieces(pieces), false), bufferM, WALK_BUFFER_SEGMENTS);
}

/**
 * Walking service areas (步行服务范围): the reached network ⊕ `walkBufferM` — the coverage layers' own tile buffers,
 * dissolved cell by cell (`dissolveInCells`, so a polygon may be split along the 1 km cell lines); the first
 * feature is every park at its own radius ("overall"), then, `withClasses`, one per rule-set class. WGS84.
 * The map draws the overall area only; each class costs as much to dissolve and to send as the overall one.
 */
export function networkServiceAreaFeatures(
  coverage: NetworkCoverage,
  projection: LocalProjection,
  withClasses = true,
): Feature<MultiPolygon, { scope: string; radiusM?: number }>[] {
  const classes = withClasses ? coverage.ruleSet.classes : [];
  const scopes = [{ scope: "overall" }, ...classes.map((c) => ({ scope: String(c.radiusM), radiusM: c.radiusM }))];
  return scopes
    .map((properties, l) => {
      const layer = coverage.layers[l];
      const buffers: Paths64[] = [];
      layer?.sources.forEach((source, i) => {
        if (source) buffers.push(layer.buffer(i));
      });
      return { properties, cells: dissolveInCells(buffers) };
    })
    .filter(({ cells }) => cells.length > 0)
    .map(({ properties, cells }) => ({
      type: "Feature",
      properties,
      geometry: { type: "MultiPolygon", coordinates: cells.flatMap((paths) => pathsToMultiPolygon(paths, projection).coordinates) },
    }));
}

/**
 * One park's walking facts: where the network leaves its access zone (access points), its own walking service
 * area at its radius, the residential land in it, and the part of that land no other counted park reaches on foot.
 */
export function networkParkFacts(coverage: NetworkCoverage, index: number, projection: LocalProjection): NetworkParkFacts | undefined {
  const park = coverage.parks[index];
  const access = coverage.parkAccessOf(index);
  if (!park || !access) return undefined;
  const radiusM = parkRadiusM(coverage.ruleSet, park.areaM2);
  const accessPoints: [number, number][] = [];
  const seen = new Set<string>();
  for (const interval of access.intervals) {
    const edge = coverage.graph.edges[interval.edge];
    if (!edge) continue;
    for (const at of [interval.startM, interval.endM]) {
      if (at <= 1e-9 || at >= edge.lengthM - 1e-9) continue;
      const point = edgePieces(edge, [at, at + 1e-6])?.rings[0];
      if (!point) continue;
      const [lon, lat] = projection.inverse(valueAt(point, 0), valueAt(point, 1));
      const key = `${lon.toFixed(7)},${lat.toFixed(7)}`;
      if (!seen.has(key)) {
        seen.add(key);
        accessPoints.push([Number(lon.toFixed(7)), Number(lat.toFixed(7))]);
      }
    }
  }
  const facts: NetworkParkFacts = {
    ...(radiusM !== undefined ? { radiusM } : {}),
    accessPoints,
    noNetworkNearby: access.intervals.length === 0,
    servedAreaM2: 0,
    aloneServedAreaM2: 0,
  };
  if (radiusM === undefined || access.intervals.length === 0) return facts;
  const bufferM = bufferMetres(coverage, projection);
  const own = reachedBuffer(coverage, reachNetwork(coverage.graph, coverage.seeds(new Map([[index, radiusM]]))), bufferM);
  if (own.length === 0) return facts;
  facts.serviceArea = pathsToMultiPolygon(own, projection);
  const others = new Map(coverage.layerBudgets()[0]);
  others.delete(index);
  // Only the other parks' reach near this park's area matters: their pieces within its box ⊕ the walk buffer.
  const bounds = Clipper.getBoundsPaths(own);
  const margin = bufferM + 1;
  const near = {
    minX: bounds.left / UNITS_PER_METRE - margin,
    minY: bounds.top / UNITS_PER_METRE - margin,
    maxX: bounds.right / UNITS_PER_METRE + margin,
    maxY: bounds.bottom / UNITS_PER_METRE + margin,
  };
  const otherPaths = reachedBuffer(coverage, reachNetwork(coverage.graph, coverage.seeds(others)), bufferM, near);
  const alone: Paths64 = [];
  for (const unit of coverage.units) {
    const { shape } = unit;
    if (shape.maxX < near.minX || shape.minX > near.maxX || shape.maxY < near.minY || shape.minY > near.maxY) continue;
    const served = intersectionPaths(unit.shape, [own]);
    if (served.length === 0) continue;
    const k2 = projection.scaleAt(unit.cx) ** 2;
    facts.servedAreaM2 += pathsAreaM2(served) / k2;
    const only = otherPaths.length > 0 ? Clipper.difference(served, otherPaths, FillRule.NonZero) : served;
    facts.aloneServedAreaM2 += pathsAreaM2(only) / k2;
    alone.push(...only);
  }
  if (alone.length > 0) facts.aloneServed = pathsToMultiPolygon(unionPaths(alone), projection);
  return facts;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function bufferMetres(coverage: NetworkCoverage, projection: LocalProjection): number {
  return coverage.settings.walkBufferM * projection.scaleAt(coverage.units[0]?.cx ?? 0);
}
