import type { Feature, LineString, MultiLineString, Position } from "geojson";
import type { LocalProjection } from "./projection";

const key = (position: Position) => `${position[0]},${position[1]}`;

/** Joins line pieces whose end equals the next one's start (the base layer cuts the coast into ≤2 km pieces). */
export function chainLines(lines: Position[][]): Position[][] {
  const byStart = new Map<string, number>();
  lines.forEach((line, index) => byStart.set(key(line[0] as Position), index));
  const hasPredecessor = new Set<number>();
  lines.forEach((line) => {
    const next = byStart.get(key(line.at(-1) as Position));
    if (next !== undefined) hasPredecessor.add(next);
  });
  const used = new Set<number>();
  const chains: Position[][] = [];
  const follow = (start: number) => {
    const chain: Position[] = [];
    let current: number | undefined = start;
    while (current !== undefined && !used.has(current)) {
      used.add(current);
      const line = lines[current] as Position[];
      chain.push(...(chain.length === 0 ? line : line.slice(1)));
      current = byStart.get(key(line.at(-1) as Position));
    }
    chains.push(chain);
  };
  lines.forEach((_, index) => !hasPredecessor.has(index) && follow(index));
  lines.forEach((_, index) => !used.has(index) && follow(index));
  return chains;
}

/** The mainland shore as continuous paths (lines marked `coast: "island"` are left out). */
export function mainlandPaths(shoreline: Feature<LineString | MultiLineString>[]): Position[][] {
  const lines = shoreline
    .filter((feature) => feature.properties?.coast !== "island")
    .flatMap((feature) => (feature.geometry.type === "LineString" ? [feature.geometry.coordinates] : feature.geometry.coordinates));
  return chainLines(lines);
}

/** Index of the path and vertex nearest to `target` (planar distance). */
export function nearestVertex(paths: Position[][], target: Position, projection: LocalProjection): { path: number; vertex: number; distanceM: number } {
  const [tx, ty] = projection.forward(target);
  let best = { path: -1, vertex: -1, distanceM: Number.POSITIVE_INFINITY };
  paths.forEach((path, pathIndex) =>
    path.forEach((position, vertexIndex) => {
      if (Math.abs((position[0] ?? 0) - (target[0] ?? 0)) > 0.2 || Math.abs((position[1] ?? 0) - (target[1] ?? 0)) > 0.2) return;
      const [x, y] = projection.forward(position);
      const distanceM = Math.hypot(x - tx, y - ty);
      if (distanceM < best.distanceM) best = { path: pathIndex, vertex: vertexIndex, distanceM };
    }),
  );
  return best;
}

/** The real shore between the vertices nearest to `from` and `to` (same path), in the order from → to. */
export function shoreBetween(paths: Position[][], from: Position, to: Position, projection: LocalProjection): Position[] {
  const start = nearestVertex(paths, from, projection);
  const end = nearestVertex(paths, to, projection);
  if (start.path < 0 || start.path !== end.path) throw new Error(`shore points ${from} and ${to} are not on one mainland path`);
  const path = paths[start.path] as Position[];
  return start.vertex <= end.vertex ? path.slice(start.vertex, end.vertex + 1) : path.slice(end.vertex, start.vertex + 1).reverse();
}
