import type { FeatureCollection, Position } from "geojson";
import Flatbush from "flatbush";
import { createLocalProjection } from "../geometry/local-projection";
import type { CoverageProvider, SitingPoint } from "./point-coverage";

/** A walking network as an undirected graph in local metres: node positions and adjacency with edge lengths. */
interface Graph {
  readonly xy: Float64Array;
  readonly adjacency: { to: number; lengthM: number }[][];
  readonly index: Flatbush;
}

function buildGraph(network: FeatureCollection, project: (lon: number, lat: number) => [number, number]): Graph {
  const nodeOf = new Map<string, number>();
  const xy: number[] = [];
  const adjacency: { to: number; lengthM: number }[][] = [];
  const node = ([lon = 0, lat = 0]: Position): number => {
    // Vertices at the same position (to 1e-7°, ≈ 1 cm) are one node, so lines that share a vertex connect.
    const key = `${lon.toFixed(7)},${lat.toFixed(7)}`;
    let id = nodeOf.get(key);
    if (id === undefined) {
      id = adjacency.length;
      nodeOf.set(key, id);
      xy.push(...project(lon, lat));
      adjacency.push([]);
    }
    return id;
  };
  for (const feature of network.features) {
    const geometry = feature.geometry;
    const lines = geometry?.type === "LineString" ? [geometry.coordinates] : geometry?.type === "MultiLineString" ? geometry.coordinates : [];
    for (const line of lines) {
      for (let index = 1; index < line.length; index += 1) {
        const a = node(line[index - 1] as Position);
        const b = node(line[index] as Position);
        if (a === b) continue;
        const lengthM = Math.hypot((xy[2 * a] ?? 0) - (xy[2 * b] ?? 0), (xy[2 * a + 1] ?? 0) - (xy[2 * b + 1] ?? 0));
        adjacency[a]?.push({ to: b, lengthM });
        adjacency[b]?.push({ to: a, lengthM });
      }
    }
  }
  const index = new Flatbush(Math.max(1, adjacency.length));
  for (let id = 0; id < adjacency.length; id += 1) index.add(xy[2 * id] ?? 0, xy[2 * id + 1] ?? 0, xy[2 * id] ?? 0, xy[2 * id + 1] ?? 0);
  if (adjacency.length === 0) index.add(Infinity, Infinity, Infinity, Infinity);
  index.finish();
  return { xy: Float64Array.from(xy), adjacency, index };
}

/** The nearest node within `maxSnapM` of a point and the straight distance to it, or undefined. */
function snap(graph: Graph, x: number, y: number, maxSnapM: number): { node: number; distanceM: number } | undefined {
  const [node] = graph.index.neighbors(x, y, 1, maxSnapM);
  if (node === undefined || node >= graph.adjacency.length) return undefined;
  return { node, distanceM: Math.hypot((graph.xy[2 * node] ?? 0) - x, (graph.xy[2 * node + 1] ?? 0) - y) };
}

/** Dijkstra from `source` (already `startM` away) up to `limitM`: distances of the nodes reached. */
function reachable(graph: Graph, source: number, startM: number, limitM: number): Map<number, number> {
  const best = new Map<number, number>([[source, startM]]);
  const heap: [number, number][] = [[startM, source]];
  const push = (item: [number, number]) => {
    heap.push(item);
    for (let child = heap.length - 1; child > 0; ) {
      const parent = (child - 1) >> 1;
      if ((heap[parent]?.[0] ?? 0) <= item[0]) break;
      [heap[parent], heap[child]] = [heap[child] as [number, number], heap[parent] as [number, number]];
      child = parent;
    }
  };
  const pop = (): [number, number] | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length && last) {
      heap[0] = last;
      for (let parent = 0; ; ) {
        const left = 2 * parent + 1,
          right = left + 1;
        let smallest = parent;
        if (left < heap.length && (heap[left]?.[0] ?? 0) < (heap[smallest]?.[0] ?? 0)) smallest = left;
        if (right < heap.length && (heap[right]?.[0] ?? 0) < (heap[smallest]?.[0] ?? 0)) smallest = right;
        if (smallest === parent) break;
        [heap[parent], heap[smallest]] = [heap[smallest] as [number, number], heap[parent] as [number, number]];
        parent = smallest;
      }
    }
    return top;
  };
  for (let item = pop(); item; item = pop()) {
    const [distanceM, node] = item;
    if (distanceM > (best.get(node) ?? Infinity)) continue;
    for (const edge of graph.adjacency[node] ?? []) {
      const next = distanceM + edge.lengthM;
      if (next <= limitM && next < (best.get(edge.to) ?? Infinity)) {
        best.set(edge.to, next);
        push([next, edge.to]);
      }
    }
  }
  return best;
}

/**
 * Coverage by walking distance over a line network (footways, streets: the OSM reader's `network` role): a
 * candidate serves a demand point when straight to the nearest network node from the candidate, along the network
 * (Dijkstra, 1959), and straight from the network node nearest the demand point adds up to at most `radiusM`.
 * Points farther than `maxSnapM` from the network are served by no one (candidates) or by no one's walk (demand).
 * Network vertices at the same position are joined; lines that cross without a shared vertex are not.
 * @param network - lines in WGS84
 * @param radiusM - walking distance of the park class, metres
 * @param maxSnapM - largest straight step on or off the network, metres
 * @returns a coverage provider
 * @example networkCoverage(footways, 500)(demand, candidates)
 */
export function networkCoverage(network: FeatureCollection, radiusM: number, maxSnapM = 100): CoverageProvider {
  return (demand: readonly SitingPoint[], candidates: readonly SitingPoint[]) => {
    const all = [...demand, ...candidates];
    const lons = all.map((point) => point.lon);
    const lats = all.map((point) => point.lat);
    const projection = createLocalProjection((Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2);
    const graph = buildGraph(network, (lon, lat) => projection.forward(lon, lat));
    const demandAt = new Map<number, { unit: number; distanceM: number }[]>();
    demand.forEach((point, unit) => {
      const [x, y] = projection.forward(point.lon, point.lat);
      const snapped = snap(graph, x, y, maxSnapM);
      if (!snapped) return;
      const list = demandAt.get(snapped.node) ?? [];
      list.push({ unit, distanceM: snapped.distanceM });
      demandAt.set(snapped.node, list);
    });
    return candidates.map((candidate) => {
      const [x, y] = projection.forward(candidate.lon, candidate.lat);
      const snapped = snap(graph, x, y, maxSnapM);
      if (!snapped || snapped.distanceM > radiusM) return new Int32Array(0);
      const units: number[] = [];
      for (const [node, distanceM] of reachable(graph, snapped.node, snapped.distanceM, radiusM)) {
        for (const entry of demandAt.get(node) ?? []) if (distanceM + entry.distanceM <= radiusM) units.push(entry.unit);
      }
      return Int32Array.from(units).sort();
    });
  };
}
