import type { FeatureCollection } from "geojson";
import Flatbush from "flatbush";
import { createLocalProjection } from "../geometry/local-projection";
import { buildWalkingGraph, type WalkingGraph } from "../network/walking-graph";
import type { CoverageProvider, SitingPoint } from "./point-coverage";

/** A point on the network: at a vertex of an edge, `fromM` along it from its `from` node and `toM` to its `to` node. */
interface NetworkPlace {
  readonly edge: number;
  readonly fromM: number;
  readonly toM: number;
  /** Straight step between the point and the vertex, metres. */
  readonly snapM: number;
}

/** Every vertex of the graph's edges, indexed for the nearest-vertex search, with its edge and offset. */
interface VertexIndex {
  readonly index: Flatbush;
  readonly edge: Int32Array;
  /** Distance from the edge's `from` node, metres (the ellipsoidal edge length shared out by planar length). */
  readonly fromM: Float64Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

function indexVertices(graph: WalkingGraph): VertexIndex {
  const edges: number[] = [];
  const offsets: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  graph.edges.forEach((edge, e) => {
    if (!edge) return;
    const planarM = edge.cumulative[edge.cumulative.length - 1] ?? 0;
    for (let i = 0; i < edge.cumulative.length; i += 1) {
      edges.push(e);
      offsets.push(planarM > 0 ? (edge.lengthM * (edge.cumulative[i] ?? 0)) / planarM : 0);
      xs.push(edge.xy[2 * i] ?? 0);
      ys.push(edge.xy[2 * i + 1] ?? 0);
    }
  });
  const index = new Flatbush(Math.max(1, edges.length));
  xs.forEach((x, i) => index.add(x, ys[i] ?? 0, x, ys[i] ?? 0));
  if (edges.length === 0) index.add(Infinity, Infinity, Infinity, Infinity);
  index.finish();
  return { index, edge: Int32Array.from(edges), fromM: Float64Array.from(offsets), x: Float64Array.from(xs), y: Float64Array.from(ys) };
}

/** The network vertex nearest a point within `maxSnapM`, as a place on its edge, or undefined. */
function place(graph: WalkingGraph, vertices: VertexIndex, x: number, y: number, maxSnapM: number): NetworkPlace | undefined {
  const [vertex] = vertices.index.neighbors(x, y, 1, maxSnapM);
  if (vertex === undefined || vertex >= vertices.edge.length) return undefined;
  const edge = vertices.edge[vertex] as number;
  const fromM = vertices.fromM[vertex] ?? 0;
  const snapM = Math.hypot((vertices.x[vertex] ?? 0) - x, (vertices.y[vertex] ?? 0) - y);
  return { edge, fromM, toM: Math.max(0, (graph.edges[edge]?.lengthM ?? 0) - fromM), snapM };
}

/** Dijkstra (1959) over the graph's nodes from seeded start distances, up to `limitM`. */
function reachable(graph: WalkingGraph, seeds: readonly [number, number][], limitM: number): Map<number, number> {
  const best = new Map<number, number>();
  const heap: [number, number][] = [];
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
  for (const [node, distanceM] of seeds) {
    if (distanceM <= limitM && distanceM < (best.get(node) ?? Infinity)) {
      best.set(node, distanceM);
      push([distanceM, node]);
    }
  }
  for (let item = pop(); item; item = pop()) {
    const [distanceM, node] = item;
    if (distanceM > (best.get(node) ?? Infinity)) continue;
    for (let slot = graph.adjacencyStart[node] ?? 0; slot < (graph.adjacencyStart[node + 1] ?? 0); slot += 1) {
      const edge = graph.edges[graph.adjacencyEdge[slot] ?? -1];
      if (!edge) continue;
      const other = edge.from === node ? edge.to : edge.from;
      const next = distanceM + edge.lengthM;
      if (next <= limitM && next < (best.get(other) ?? Infinity)) {
        best.set(other, next);
        push([next, other]);
      }
    }
  }
  return best;
}

/**
 * Coverage by walking distance over a line network (footways, streets: the OSM reader's `network` role), on the
 * walking graph of `analysis/network` (`buildWalkingGraph`: lines split where they share a vertex, OSM edges joined
 * by node id, ellipsoidal edge lengths): a candidate serves a demand point when straight to the nearest network
 * vertex from the candidate, along the network (Dijkstra, 1959) and straight from the network vertex nearest the
 * demand point adds up to at most `radiusM`. Points farther than `maxSnapM` from every vertex are served by no one
 * (candidates) or by no one's walk (demand). Lines that cross without a shared vertex are not joined.
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
    const graph = buildWalkingGraph(network.features, projection);
    const vertices = indexVertices(graph);
    const locate = (point: SitingPoint) => {
      const [x, y] = projection.forward(point.lon, point.lat);
      return place(graph, vertices, x, y, maxSnapM);
    };
    const demandOn = new Map<number, { unit: number; at: NetworkPlace }[]>();
    demand.forEach((point, unit) => {
      const at = locate(point);
      if (!at) return;
      const list = demandOn.get(at.edge) ?? [];
      list.push({ unit, at });
      demandOn.set(at.edge, list);
    });
    return candidates.map((candidate) => {
      const start = locate(candidate);
      if (!start || start.snapM > radiusM) return new Int32Array(0);
      const edgeOf = graph.edges[start.edge];
      if (!edgeOf) return new Int32Array(0);
      const reached = reachable(
        graph,
        [
          [edgeOf.from, start.snapM + start.fromM],
          [edgeOf.to, start.snapM + start.toM],
        ],
        radiusM,
      );
      const units = new Set<number>();
      const visit = (edge: number) => {
        const ends = graph.edges[edge];
        if (!ends) return;
        for (const { unit, at } of demandOn.get(edge) ?? []) {
          const viaFrom = (reached.get(ends.from) ?? Infinity) + at.fromM;
          const viaTo = (reached.get(ends.to) ?? Infinity) + at.toM;
          const along = edge === start.edge ? start.snapM + Math.abs(start.fromM - at.fromM) : Infinity;
          if (Math.min(viaFrom, viaTo, along) + at.snapM <= radiusM) units.add(unit);
        }
      };
      visit(start.edge);
      for (const node of reached.keys())
        for (let slot = graph.adjacencyStart[node] ?? 0; slot < (graph.adjacencyStart[node + 1] ?? 0); slot += 1) visit(graph.adjacencyEdge[slot] ?? -1);
      return Int32Array.from(units).sort();
    });
  };
}
