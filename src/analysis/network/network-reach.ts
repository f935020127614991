import FlatQueue from "flatqueue";
import type { AccessInterval } from "./access-zones";
import type { WalkingGraph } from "./walking-graph";

/** Where walking starts: a stretch of an edge inside an access zone, with the walking budget (radius) of its park. */
export interface ReachSeed extends AccessInterval {
  budgetM: number;
}

/** Reached stretches per edge: edge index → sorted, disjoint [startM, endM] pairs (ellipsoidal metres from `from`). */
export type ReachedEdges = Map<number, number[]>;

/**
 * Multi-source Dijkstra over the undirected walking graph from access-zone seeds, each with its own budget
 * (a park's radius): a point of an edge is reached when its walking distance from some seed is at most that
 * seed's budget; stretches of edges are interpolated linearly along the edge (partial edges count).
 * Node labels are `walk − budget` (reached when ≤ 0), so seeds with different budgets share one search.
 * @returns the reached stretches of every touched edge
 */
export function reachNetwork(graph: WalkingGraph, seeds: readonly ReachSeed[]): ReachedEdges {
  const label = new Float64Array(graph.nodeCount).fill(Infinity);
  const queue = new FlatQueue<number>();
  const relax = (node: number, value: number) => {
    if (value <= 0 && value < label[node]) {
      label[node] = value;
      queue.push(node, value);
    }
  };
  const stretches = new Map<number, number[]>();
  const addStretch = (e: number, start: number, end: number) => {
    if (!(end > start)) return;
    const list = stretches.get(e);
    if (list) list.push(start, end);
    else stretches.set(e, [start, end]);
  };
  for (const seed of seeds) {
    const edge = graph.edges[seed.edge];
    if (!edge) continue;
    relax(edge.from, seed.startM - seed.budgetM);
    relax(edge.to, edge.lengthM - seed.endM - seed.budgetM);
    addStretch(seed.edge, Math.max(0, seed.startM - seed.budgetM), Math.min(edge.lengthM, seed.endM + seed.budgetM));
  }
  const settled: number[] = [];
  while (queue.length > 0) {
    const value = queue.peekValue() as number;
    const node = queue.pop() as number;
    if (value > label[node]) continue;
    settled.push(node);
    for (let k = graph.adjacencyStart[node]; k < graph.adjacencyStart[node + 1]; k++) {
      const edge = graph.edges[graph.adjacencyEdge[k]];
      if (!edge) continue;
      relax(edge.from === node ? edge.to : edge.from, value + edge.lengthM);
    }
  }
  for (const node of settled) {
    const value = label[node];
    for (let k = graph.adjacencyStart[node]; k < graph.adjacencyStart[node + 1]; k++) {
      const e = graph.adjacencyEdge[k];
      const edge = graph.edges[e];
      if (!edge) continue;
      if (edge.from === node) addStretch(e, 0, Math.min(edge.lengthM, -value));
      if (edge.to === node) addStretch(e, Math.max(0, edge.lengthM + value), edge.lengthM);
    }
  }
  for (const [e, list] of stretches) stretches.set(e, mergeStretches(list));
  return stretches;
}

/** Sorts and merges overlapping [start, end] pairs. */
function mergeStretches(list: number[]): number[] {
  if (list.length === 2) return list;
  const pairs: [number, number][] = [];
  for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [start, end] of pairs) {
    const n = out.length;
    if (n > 0 && start <= out[n - 1]) out[n - 1] = Math.max(out[n - 1], end);
    else out.push(start, end);
  }
  return out;
}
