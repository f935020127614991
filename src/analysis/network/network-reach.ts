import FlatQueue from "flatqueue";
import type { AccessInterval } from "./access-zones";
import type { WalkingGraph } from "./walking-graph";
import { valueAt } from "../value-at";

/** Where walking starts: a stretch of an edge inside an access zone, with the walking budget (radius) of its park. */
export interface ReachSeed extends AccessInterval {
  budgetM: number;
  /** The park the seed belongs to (for `removePark`); none when absent. */
  park?: number;
}

/** Reached stretches per edge: edge index → sorted, disjoint [startM, endM] pairs (ellipsoidal metres from `from`). */
export type ReachedEdges = Map<number, number[]>;

/**
 * Multi-source Dijkstra over the undirected walking graph from access-zone seeds, each with its own budget
 * (a park's radius): a point of an edge is reached when its walking distance from some seed is at most that
 * seed's budget; stretches of edges are interpolated linearly along the edge (partial edges count).
 * Node labels are `walk − budget` (reached when ≤ 0), so seeds with different budgets share one search, and
 * added seeds or edges (a new park, a new path) only lower labels: the search continues from where they improve.
 * Each node remembers the park its label comes from, so removing a park — or an edge some park's search crossed —
 * resets only the nodes that park owned and searches again from their neighbours (decremental Dijkstra).
 */
export class NetworkReach {
  private label: Float64Array;
  /** The park whose seed gives each node's label (-1: none). */
  private owner: Int32Array;
  private readonly seedsByEdge = new Map<number, ReachSeed[]>();
  private readonly queue = new FlatQueue<number>();

  constructor(
    private readonly graph: WalkingGraph,
    seeds: readonly ReachSeed[],
  ) {
    this.label = new Float64Array(graph.nodeCount).fill(Infinity);
    this.owner = new Int32Array(graph.nodeCount).fill(-1);
    this.addSeeds(seeds);
  }

  /** Adds seeds and continues the search. @returns the edges whose reach may have changed */
  addSeeds(seeds: readonly ReachSeed[]): Set<number> {
    this.grow();
    const touched = new Set<number>();
    for (const seed of seeds) {
      const edge = this.graph.edges[seed.edge];
      if (!edge) continue;
      const list = this.seedsByEdge.get(seed.edge);
      if (list) list.push(seed);
      else this.seedsByEdge.set(seed.edge, [seed]);
      touched.add(seed.edge);
      this.relax(edge.from, seed.startM - seed.budgetM, seed.park ?? -1);
      this.relax(edge.to, edge.lengthM - seed.endM - seed.budgetM, seed.park ?? -1);
    }
    this.run(touched);
    return touched;
  }

  /** Continues the search over newly added edges. @returns the edges whose reach may have changed */
  addEdges(edges: readonly number[]): Set<number> {
    this.grow();
    const touched = new Set<number>(edges);
    for (const e of edges) {
      const edge = this.graph.edges[e];
      if (!edge) continue;
      this.relax(edge.to, valueAt(this.label, edge.from) + edge.lengthM, valueAt(this.owner, edge.from));
      this.relax(edge.from, valueAt(this.label, edge.to) + edge.lengthM, valueAt(this.owner, edge.to));
    }
    this.run(touched);
    return touched;
  }

  /**
   * Removes park `park`'s seeds: the nodes whose label it gave are reset and labelled again from their other
   * neighbours and the remaining seeds on their edges. @returns the edges whose reach may have changed
   */
  removePark(park: number): Set<number> {
    const touched = new Set<number>();
    for (const [e, list] of this.seedsByEdge) {
      if (!list.some((seed) => seed.park === park)) continue;
      touched.add(e);
      const kept = list.filter((seed) => seed.park !== park);
      if (kept.length > 0) this.seedsByEdge.set(e, kept);
      else this.seedsByEdge.delete(e);
    }
    this.relabelOwnedBy(new Set([park]), touched);
    return touched;
  }

  /**
   * Takes edges already removed from the graph out of the search (a removed or moved path): their seeds are
   * dropped, and every node labelled by a park whose search reached an end of them (`ends`, their end nodes) is
   * reset and labelled again, as `removePark` does — a label that came across a removed edge belongs to the park
   * that owns the edge's far end. @returns the edges whose reach may have changed, the removed ones included
   */
  removeEdges(edges: readonly number[], ends: readonly number[]): Set<number> {
    this.grow();
    const touched = new Set<number>(edges);
    for (const e of edges) this.seedsByEdge.delete(e);
    const parks = new Set<number>();
    for (const node of ends) if (valueAt(this.label, node) <= 0) parks.add(valueAt(this.owner, node));
    this.relabelOwnedBy(parks, touched);
    return touched;
  }

  /** Resets the nodes whose label one of `parks` gave and searches again from their neighbours and seeds. */
  private relabelOwnedBy(parks: ReadonlySet<number>, touched: Set<number>): void {
    this.grow();
    const { graph, label, owner } = this;
    const reset: number[] = [];
    for (let node = 0; node < owner.length; node++) {
      if (valueAt(label, node) > 0 || !parks.has(valueAt(owner, node))) continue;
      label[node] = Infinity;
      owner[node] = -1;
      reset.push(node);
    }
    for (const node of reset) {
      for (let k = valueAt(graph.adjacencyStart, node), end = valueAt(graph.adjacencyStart, node + 1); k < end; k++) {
        const e = valueAt(graph.adjacencyEdge, k);
        const edge = graph.edges[e];
        if (!edge) continue;
        touched.add(e);
        const other = edge.from === node ? edge.to : edge.from;
        this.relax(node, valueAt(label, other) + edge.lengthM, valueAt(owner, other));
        for (const seed of this.seedsByEdge.get(e) ?? []) {
          this.relax(node, (node === edge.from ? seed.startM : edge.lengthM - seed.endM) - seed.budgetM, seed.park ?? -1);
        }
      }
    }
    this.run(touched);
  }

  /** The reached stretches of edge `e` (sorted, disjoint pairs), or undefined when none has length. */
  stretches(e: number): number[] | undefined {
    const edge = this.graph.edges[e];
    if (!edge) return undefined;
    const list: number[] = [];
    const add = (start: number, end: number) => {
      if (end > start) list.push(start, end);
    };
    const from = valueAt(this.label, edge.from),
      to = valueAt(this.label, edge.to);
    if (from <= 0) add(0, Math.min(edge.lengthM, -from));
    if (to <= 0) add(Math.max(0, edge.lengthM + to), edge.lengthM);
    for (const seed of this.seedsByEdge.get(e) ?? []) add(Math.max(0, seed.startM - seed.budgetM), Math.min(edge.lengthM, seed.endM + seed.budgetM));
    return list.length === 0 ? undefined : mergeStretches(list);
  }

  /** Every edge with reached stretches. */
  all(): ReachedEdges {
    const out: ReachedEdges = new Map();
    this.graph.edges.forEach((_, e) => {
      const list = this.stretches(e);
      if (list) out.set(e, list);
    });
    return out;
  }

  /** Extends the labels to nodes the graph gained since (unreached), so every node of the graph has one. */
  private grow(): void {
    if (this.label.length >= this.graph.nodeCount) return;
    const label = new Float64Array(this.graph.nodeCount).fill(Infinity);
    label.set(this.label);
    this.label = label;
    const owner = new Int32Array(this.graph.nodeCount).fill(-1);
    owner.set(this.owner);
    this.owner = owner;
  }

  private relax(node: number, value: number, park: number): void {
    if (value <= 0 && value < valueAt(this.label, node)) {
      this.label[node] = value;
      this.owner[node] = park;
      this.queue.push(node, value);
    }
  }

  /** Runs the queued search; every edge at a node whose label fell is added to `touched`. */
  private run(touched: Set<number>): void {
    const { graph, queue } = this;
    while (queue.length > 0) {
      const value = queue.peekValue();
      const node = queue.pop();
      if (value === undefined || node === undefined) break;
      if (value > valueAt(this.label, node)) continue;
      for (let k = valueAt(graph.adjacencyStart, node), end = valueAt(graph.adjacencyStart, node + 1); k < end; k++) {
        const e = valueAt(graph.adjacencyEdge, k);
        const edge = graph.edges[e];
        if (!edge) continue;
        touched.add(e);
        this.relax(edge.from === node ? edge.to : edge.from, value + edge.lengthM, valueAt(this.owner, node));
      }
    }
  }
}

/** Reached stretches of every edge from the seeds (a fresh `NetworkReach`). */
export function reachNetwork(graph: WalkingGraph, seeds: readonly ReachSeed[]): ReachedEdges {
  return new NetworkReach(graph, seeds).all();
}

/** Sorts and merges overlapping [start, end] pairs. */
function mergeStretches(list: number[]): number[] {
  if (list.length === 2) return list;
  if (list.length === 4) {
    const first = valueAt(list, 0) <= valueAt(list, 2) ? 0 : 2,
      second = 2 - first;
    const s0 = valueAt(list, first),
      e0 = valueAt(list, first + 1),
      s1 = valueAt(list, second),
      e1 = valueAt(list, second + 1);
    return s1 <= e0 ? [s0, Math.max(e0, e1)] : [s0, e0, s1, e1];
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < list.length; i += 2) pairs.push([valueAt(list, i), valueAt(list, i + 1)]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [start, end] of pairs) {
    const n = out.length;
    if (n > 0 && start <= valueAt(out, n - 1)) out[n - 1] = Math.max(valueAt(out, n - 1), end);
    else out.push(start, end);
  }
  return out;
}
