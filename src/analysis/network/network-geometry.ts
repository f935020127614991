import { Clipper, FillRule, type Paths64 } from "clipper2-ts";
import type { Feature, MultiPolygon } from "geojson";
import { bufferShape, intersectionPaths, pathsAreaM2, unionPaths } from "../geometry/clip";
import type { LocalProjection } from "../geometry/local-projection";
import { pathsToMultiPolygon } from "../geometry/paths-to-geojson";
import type { ProjectedShape } from "../geometry/projected-shape";
import type { NetworkParkFacts } from "../../domain/metrics-report";
import { parkRadiusM } from "../rules/park-radius";
import { edgePieces } from "./edge-pieces";
import type { NetworkCoverage } from "./network-coverage";
import { reachNetwork, type ReachedEdges } from "./network-reach";

/** The reached stretches buffered by `walkBufferM` and dissolved (Clipper2 NonZero), in centimetres. */
function serviceAreaPaths(coverage: NetworkCoverage, reached: ReachedEdges, bufferM: number): { paths: Paths64; pieces: ProjectedShape[] } {
  const pieces: ProjectedShape[] = [];
  for (const [e, stretches] of reached) {
    const edge = coverage.graph.edges[e];
    const shape = edge && edgePieces(edge, stretches);
    if (shape) pieces.push(shape);
  }
  return { paths: unionPaths(pieces.flatMap((shape) => bufferShape(shape, bufferM))), pieces };
}

/**
 * Walking service areas (步行服务范围): the reached network ⊕ `walkBufferM`, dissolved; the first feature is every park
 * at its own radius ("overall"), then one per rule-set class. WGS84.
 */
export function networkServiceAreaFeatures(
  coverage: NetworkCoverage, projection: LocalProjection,
): Feature<MultiPolygon, { scope: string; radiusM?: number }>[] {
  const bufferM = bufferMetres(coverage, projection);
  const scopes = [{ scope: "overall" }, ...coverage.ruleSet.classes.map((c) => ({ scope: String(c.radiusM), radiusM: c.radiusM }))];
  return scopes
    .map((properties, l) => ({ properties, paths: serviceAreaPaths(coverage, coverage.reachedOf(l), bufferM).paths }))
    .filter(({ paths }) => paths.length > 0)
    .map(({ properties, paths }) => ({ type: "Feature", properties, geometry: pathsToMultiPolygon(paths, projection) }));
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
      const [lon, lat] = projection.inverse(point[0], point[1]);
      const key = `${lon.toFixed(7)},${lat.toFixed(7)}`;
      if (!seen.has(key)) { seen.add(key); accessPoints.push([Number(lon.toFixed(7)), Number(lat.toFixed(7))]); }
    }
  }
  const facts: NetworkParkFacts = { ...(radiusM !== undefined ? { radiusM } : {}), accessPoints, noNetworkNearby: access.intervals.length === 0, servedAreaM2: 0, aloneServedAreaM2: 0 };
  if (radiusM === undefined || access.intervals.length === 0) return facts;
  const bufferM = bufferMetres(coverage, projection);
  const own = serviceAreaPaths(coverage, reachNetwork(coverage.graph, coverage.seeds(new Map([[index, radiusM]]))), bufferM).paths;
  if (own.length === 0) return facts;
  facts.serviceArea = pathsToMultiPolygon(own, projection);
  const others = new Map(coverage.layerBudgets()[0]);
  others.delete(index);
  const otherPaths = serviceAreaPaths(coverage, reachNetwork(coverage.graph, coverage.seeds(others)), bufferM).paths;
  const alone: Paths64 = [];
  for (const unit of coverage.units) {
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

function bufferMetres(coverage: NetworkCoverage, projection: LocalProjection): number {
  return coverage.settings.walkBufferM * projection.scaleAt(coverage.units[0]?.cx ?? 0);
}
