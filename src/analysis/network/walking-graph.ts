import type { Feature, Position } from "geojson";
import { geodesicDistanceM } from "../geometry/ellipsoidal";
import type { LocalProjection } from "../geometry/local-projection";
import { valueAt } from "../value-at";

/** One graph edge: a piece of a network line between two graph nodes. */
export interface WalkingEdge {
  from: number;
  to: number;
  /** Ellipsoidal length (GeographicLib), in m. */
  lengthM: number;
  /** Projected x,y vertices (local metres), from `from` to `to`. */
  xy: Float64Array;
  /** Cumulative planar length at each vertex (projected metres); the last is the planar length. */
  cumulative: Float64Array;
  /** Which input line (feature index) the edge comes from. */
  line: number;
}

/** An undirected walking graph with adjacency in compressed rows (built by `indexAdjacency`). */
export interface WalkingGraph {
  nodeCount: number;
  edges: (WalkingEdge | undefined)[];
  /** Node key (`n<osm id>` or `x,y` of the lon/lat) → node index. */
  nodeKeys: Map<string, number>;
  /** Adjacency: `adjacencyStart[n]..adjacencyStart[n+1]` index into `adjacencyEdge`. */
  adjacencyStart: Int32Array;
  adjacencyEdge: Int32Array;
}

const coordinateKey = (p: Position) => `${p[0]},${p[1]}`;

/**
 * Builds the walking graph (步行网络图) of network lines: every LineString/MultiLineString is split at the vertices
 * it shares with another line or with itself (identical coordinates), and OSM edges (properties `fromNodeId`,
 * `toNodeId`) are joined by their node ids. Lines that cross without a shared vertex (a bridge over a street)
 * are not connected. Edge length is ellipsoidal (GeographicLib geodesics between vertices, or the OSM `lengthM`).
 * @returns the graph, undirected
 */
export function buildWalkingGraph(lines: readonly (Feature | undefined)[], projection: LocalProjection): WalkingGraph {
  const graph: WalkingGraph = { nodeCount: 0, edges: [], nodeKeys: new Map(), adjacencyStart: new Int32Array(1), adjacencyEdge: new Int32Array(0) };
  const counts = vertexCounts(lines);
  lines.forEach((feature, line) => addLine(graph, feature, line, counts, projection));
  indexAdjacency(graph);
  return graph;
}

/**
 * Adds one line (a candidate path) to a built graph; it joins the network where its vertices coincide with network
 * vertices or line ends, and is itself split where network lines end on it.
 * @returns the indices of the new edges
 */
export function addWalkingLine(graph: WalkingGraph, feature: Feature, line: number, projection: LocalProjection): number[] {
  const first = graph.edges.length;
  addLine(graph, feature, line, vertexCounts([feature]), projection, true);
  indexAdjacency(graph);
  return Array.from({ length: graph.edges.length - first }, (_, i) => first + i);
}

/** Removes the edges of line `line` (their slots stay empty so edge indices are stable). */
export function removeWalkingLine(graph: WalkingGraph, line: number): number[] {
  const removed: number[] = [];
  graph.edges.forEach((edge, e) => {
    if (edge?.line === line) {
      graph.edges[e] = undefined;
      removed.push(e);
    }
  });
  indexAdjacency(graph);
  return removed;
}

function linesOf(feature: Feature | undefined): Position[][] {
  const geometry = feature?.geometry;
  if (!geometry) return [];
  if (geometry.type === "LineString") return [geometry.coordinates];
  if (geometry.type === "MultiLineString") return geometry.coordinates;
  return [];
}

/** How many line vertices (line ends counted too) fall on each coordinate. */
function vertexCounts(lines: readonly (Feature | undefined)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const feature of lines) {
    // An OSM edge is never split inside: only its ends can be shared with other lines.
    const osm = isOsmEdge(feature);
    for (const coordinates of linesOf(feature)) {
      coordinates.forEach((p, i) => {
        const end = i === 0 || i === coordinates.length - 1;
        if (osm && !end) return;
        const key = coordinateKey(p);
        counts.set(key, (counts.get(key) ?? 0) + (end ? 2 : 1));
      });
    }
  }
  return counts;
}

const known = (id: unknown) => id !== undefined && id !== null && id !== "";

/** A single line with an OSM node id at one end or both (an edge cut at a clip boundary keeps one id; that end joins by coordinate). */
function isOsmEdge(feature: Feature | undefined): boolean {
  const properties = feature?.properties ?? {};
  return (known(properties.fromNodeId) || known(properties.toNodeId)) && linesOf(feature).length === 1;
}

function nodeFor(graph: WalkingGraph, key: string, alias?: string): number {
  let node = graph.nodeKeys.get(key) ?? (alias === undefined ? undefined : graph.nodeKeys.get(alias));
  if (node === undefined) node = graph.nodeCount++;
  graph.nodeKeys.set(key, node);
  if (alias !== undefined && !graph.nodeKeys.has(alias)) graph.nodeKeys.set(alias, node);
  return node;
}

function addLine(
  graph: WalkingGraph,
  feature: Feature | undefined,
  line: number,
  counts: Map<string, number>,
  projection: LocalProjection,
  joinExisting = false,
): void {
  const properties = feature?.properties ?? {};
  const osmFrom = properties.fromNodeId,
    osmTo = properties.toNodeId;
  const osm = isOsmEdge(feature);
  for (const raw of linesOf(feature)) {
    const coordinates = raw.filter(
      (p, i) => Number.isFinite(p[0]) && Number.isFinite(p[1]) && (i === 0 || p[0] !== valueAt(raw, i - 1)[0] || p[1] !== valueAt(raw, i - 1)[1]),
    );
    if (coordinates.length < 2) continue;
    if (osm) {
      const first = coordinateKey(valueAt(coordinates, 0)),
        last = coordinateKey(valueAt(coordinates, coordinates.length - 1));
      const from = known(osmFrom) ? nodeFor(graph, `n${osmFrom}`, first) : nodeFor(graph, first);
      const to = known(osmTo) ? nodeFor(graph, `n${osmTo}`, last) : nodeFor(graph, last);
      const declared = Number(properties.lengthM);
      pushEdge(graph, coordinates, from, to, line, projection, Number.isFinite(declared) && declared > 0 ? declared : undefined);
      continue;
    }
    let start = 0;
    for (let i = 1; i < coordinates.length; i++) {
      const key = coordinateKey(valueAt(coordinates, i));
      const shared = (counts.get(key) ?? 0) > 1 || (joinExisting && graph.nodeKeys.has(key));
      if (i === coordinates.length - 1 || shared) {
        const piece = coordinates.slice(start, i + 1);
        pushEdge(graph, piece, nodeFor(graph, coordinateKey(valueAt(piece, 0))), nodeFor(graph, key), line, projection);
        start = i;
      }
    }
  }
}

function pushEdge(
  graph: WalkingGraph,
  coordinates: Position[],
  from: number,
  to: number,
  line: number,
  projection: LocalProjection,
  declaredLengthM?: number,
): void {
  const xy = new Float64Array(coordinates.length * 2);
  const cumulative = new Float64Array(coordinates.length);
  let lengthM = 0;
  let previousLon = 0,
    previousLat = 0;
  coordinates.forEach((p, i) => {
    const lon = valueAt(p, 0),
      lat = valueAt(p, 1);
    const [x, y] = projection.forward(lon, lat);
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
    if (i > 0) {
      cumulative[i] = valueAt(cumulative, i - 1) + Math.hypot(x - valueAt(xy, 2 * i - 2), y - valueAt(xy, 2 * i - 1));
      if (declaredLengthM === undefined) lengthM += geodesicDistanceM(previousLon, previousLat, lon, lat);
    }
    previousLon = lon;
    previousLat = lat;
  });
  graph.edges.push({ from, to, lengthM: declaredLengthM ?? lengthM, xy, cumulative, line });
}

/** Rebuilds the compressed adjacency rows from the live edges. */
function indexAdjacency(graph: WalkingGraph): void {
  const start = new Int32Array(graph.nodeCount + 1);
  for (const edge of graph.edges) {
    if (!edge) continue;
    start[edge.from + 1] = valueAt(start, edge.from + 1) + 1;
    if (edge.to !== edge.from) start[edge.to + 1] = valueAt(start, edge.to + 1) + 1;
  }
  for (let n = 0; n < graph.nodeCount; n++) start[n + 1] = valueAt(start, n + 1) + valueAt(start, n);
  const fill = start.slice(0, graph.nodeCount);
  const adjacency = new Int32Array(valueAt(start, graph.nodeCount));
  graph.edges.forEach((edge, e) => {
    if (!edge) return;
    const slot = valueAt(fill, edge.from);
    adjacency[slot] = e;
    fill[edge.from] = slot + 1;
    if (edge.to !== edge.from) {
      const other = valueAt(fill, edge.to);
      adjacency[other] = e;
      fill[edge.to] = other + 1;
    }
  });
  graph.adjacencyStart = start;
  graph.adjacencyEdge = adjacency;
}
