/**
 * The walking network as a graph: each walkable way split at every OSM node it shares with another walkable
 * way (the same node id) and at the ends of pieces cut by missing nodes; one LineString per edge with its
 * geodesic `lengthM` and end node ids.
 */
import type { Feature, LineString, Position } from "geojson";
import type { NodeLocations, OsmWay } from "./osm-data";
import { lineLengthM } from "./osm-geodesic";
import { osmProperties } from "./osm-properties";

/**
 * Edges of the walking network (ways in the map's order) and how many of its ways lost nodes to the extract's
 * edge. Empties `ways`: each way is released once its edges are made. A way with a line in `knownLines` (all its
 * nodes' positions, by way id) takes its positions from there.
 */
export function networkEdges(
  ways: Map<number, OsmWay>,
  nodes: NodeLocations,
  knownLines: ReadonlyMap<number, readonly Position[]>,
): { edges: Feature<LineString>[]; incompleteWays: Set<number> } {
  const uses = new Uint8Array(nodes.size);
  for (const way of ways.values())
    for (const ref of way.refs) {
      const i = nodes.indexOf(ref);
      if (i >= 0 && uses[i]! < 255) uses[i]!++;
    }
  const edges: Feature<LineString>[] = [];
  const incompleteWays = new Set<number>();
  for (const way of ways.values()) {
    ways.delete(way.id);
    const known = knownLines.get(way.id);
    const line: Position[] = [];
    let from = 0;
    let last = 0;
    const flush = () => {
      if (line.length >= 2) {
        const properties = {
          ...osmProperties(way.tags, "way", way.id),
          highway: way.tags.highway ?? null,
          lengthM: lineLengthM(line),
          fromNodeId: from,
          toNodeId: last,
        };
        // An exact-length copy: `line` is reused and keeps the capacity its pushes grew.
        edges.push({ type: "Feature", properties, geometry: { type: "LineString", coordinates: line.slice() } });
      }
      line.length = 0;
    };
    for (let i = 0; i < way.refs.length; i++) {
      const ref = way.refs[i]!;
      const index = nodes.indexOf(ref);
      const position = index < 0 ? undefined : (known?.[i] ?? nodes.at(index));
      if (!position) {
        incompleteWays.add(way.id);
        flush();
        continue;
      }
      if (line.length === 0) from = ref;
      line.push(position);
      last = ref;
      if (line.length >= 2 && i < way.refs.length - 1 && uses[index]! >= 2) {
        flush();
        line.push(position);
        from = ref;
      }
    }
    flush();
  }
  return { edges, incompleteWays };
}
