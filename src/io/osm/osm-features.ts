/**
 * Role layers from parsed OSM elements: closed ways and multipolygon/boundary relations become polygons for
 * the area roles, ways and route relations lines for the line roles; the walking network is split into edges.
 * Areas missing a node or member are dropped, lines missing nodes are cut into their complete pieces; both are
 * counted.
 */
import type { Feature, Geometry, Position } from "geojson";
import type { CooperativeYield, OsmData, OsmRelation, OsmTags, OsmWay } from "./osm-data";
import { matchingRoles } from "./osm-mapping";
import { networkEdges } from "./osm-network";
import type { OsmMapping, OsmRole } from "./osm-types";
import { osmProperties } from "./osm-properties";
import { joinRings, nestRings } from "./osm-rings";

const AREA_ROLES = new Set<OsmRole>(["park", "green-other", "residential", "water", "protected-area", "district"]);
const AREA_RELATION_TYPES = new Set(["multipolygon", "boundary"]);

export interface RoleFeatures {
  features: Record<OsmRole, Feature[]>;
  incompleteWays: number;
  incompleteRelations: number;
}

/** Positions of node ids (an array of their exact length), or null when any node is missing from the file. */
function positionsOf(refs: readonly number[], data: OsmData): Position[] | null {
  const positions = new Array<Position>(refs.length);
  for (let i = 0; i < refs.length; i++) {
    const position = data.nodes.get(refs[i]!);
    if (!position) return null;
    positions[i] = position;
  }
  return positions;
}

/**
 * The complete pieces (≥ 2 nodes) of a way whose nodes may be missing, each an array of its exact length. A
 * walkable way with all its nodes leaves its line in `walkableLines` (by way id), where later calls and the
 * network's edges take their positions from, so a greenway and the network share them.
 */
function wayPieces(way: OsmWay, data: OsmData, walkable: boolean, walkableLines: Map<number, Position[]>): { pieces: Position[][]; cut: boolean } {
  const known = walkableLines.get(way.id);
  if (known) return { pieces: [known.slice()], cut: false };
  const pieces: Position[][] = [];
  const piece: Position[] = [];
  let cut = false;
  for (const ref of way.refs) {
    const position = data.nodes.get(ref);
    if (position) piece.push(position);
    else {
      cut = true;
      if (piece.length >= 2) pieces.push(piece.slice());
      piece.length = 0;
    }
  }
  if (piece.length >= 2) pieces.push(piece.slice());
  if (walkable && !cut && pieces.length === 1) walkableLines.set(way.id, pieces[0]!);
  return { pieces, cut };
}

/**
 * The polygons of a multipolygon or boundary relation from its way members with role outer, inner or none
 * (nesting decides which ring is a hole); null when a member or node is missing or a ring does not close.
 */
export function relationPolygons(relation: OsmRelation, data: OsmData): Position[][][] | null {
  const paths: number[][] = [];
  for (const member of relation.members) {
    if (member.type !== "way" || (member.role !== "outer" && member.role !== "inner" && member.role !== "")) continue;
    const way = data.ways.get(member.ref);
    if (!way) return null;
    paths.push(way.refs);
  }
  const rings = joinRings(paths);
  if (!rings || rings.length === 0) return null;
  const coordinates: Position[][] = [];
  for (const ring of rings) {
    const positions = positionsOf(ring, data);
    if (!positions) return null;
    coordinates.push(positions);
  }
  const polygons = nestRings(coordinates);
  return polygons.length > 0 ? polygons : null;
}

function polygonGeometry(polygons: Position[][][]): Geometry {
  return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
}

function lineGeometry(pieces: Position[][]): Geometry {
  return pieces.length === 1 ? { type: "LineString", coordinates: pieces[0]! } : { type: "MultiLineString", coordinates: pieces };
}

function feature(geometry: Geometry, tags: OsmTags, osmType: "way" | "relation", id: number): Feature {
  return { type: "Feature", properties: osmProperties(tags, osmType, id), geometry };
}

function emptyRoles(): Record<OsmRole, Feature[]> {
  return { park: [], "green-other": [], residential: [], network: [], greenway: [], river: [], water: [], district: [], "protected-area": [], shoreline: [] };
}

/** The ids of the ways that relations name as members. */
function memberWayIds(relations: Iterable<OsmRelation>): Set<number> {
  const ids = new Set<number>();
  for (const relation of relations) for (const member of relation.members) if (member.type === "way") ids.add(member.ref);
  return ids;
}

/**
 * Maps every way and relation of `data` to role features by `mapping` (districts at `districtAdminLevel`).
 * Empties `data.ways` and `data.relations` on the way: each element is released once no later step needs it
 * (a way after its own features unless a relation names it or it is walkable, the walkable ways as their edges
 * are made), so the parsed elements are freed while the features are built.
 */
export async function roleFeatures(data: OsmData, mapping: OsmMapping, districtAdminLevel: number | null, pause: CooperativeYield): Promise<RoleFeatures> {
  const features = emptyRoles();
  const incompleteWays = new Set<number>();
  const incompleteRelations = new Set<number>();
  const walkable = new Map<number, OsmWay>();
  const walkableLines = new Map<number, Position[]>();
  const members = memberWayIds(data.relations.values());
  let visited = 0;
  for (const way of data.ways.values()) {
    if ((++visited & 4095) === 0) await pause.maybeYield();
    const roles = matchingRoles(mapping, way.tags);
    if (!members.has(way.id)) data.ways.delete(way.id);
    if (roles.length === 0) continue;
    const closed = way.refs.length >= 4 && way.refs[0] === way.refs[way.refs.length - 1];
    for (const role of roles) {
      if (role === "network") walkable.set(way.id, way);
      else if (role === "district") continue;
      else if (AREA_ROLES.has(role)) {
        if (!closed || way.tags.area === "no") continue;
        const ring = positionsOf(way.refs, data);
        if (!ring) incompleteWays.add(way.id);
        else features[role].push(feature(polygonGeometry(nestRings([ring])), way.tags, "way", way.id));
      } else {
        const { pieces, cut } = wayPieces(way, data, roles.includes("network"), walkableLines);
        if (cut) incompleteWays.add(way.id);
        if (pieces.length > 0) features[role].push(feature(lineGeometry(pieces), way.tags, "way", way.id));
      }
    }
  }
  for (const relation of data.relations.values()) {
    if ((++visited & 4095) === 0) await pause.maybeYield();
    const roles = matchingRoles(mapping, relation.tags);
    for (const role of roles) {
      if (AREA_ROLES.has(role)) {
        if (!AREA_RELATION_TYPES.has(relation.tags.type ?? "")) continue;
        if (role === "district" && districtAdminLevel !== null && Number(relation.tags.admin_level) !== districtAdminLevel) continue;
        const polygons = relationPolygons(relation, data);
        if (!polygons) incompleteRelations.add(relation.id);
        else features[role].push(feature(polygonGeometry(polygons), relation.tags, "relation", relation.id));
      } else if (role === "greenway" && relation.tags.type === "route") {
        const pieces: Position[][] = [];
        let missing = false;
        for (const member of relation.members) {
          if (member.type !== "way") continue;
          const way = data.ways.get(member.ref);
          if (!way) {
            missing = true;
            continue;
          }
          const cut = wayPieces(way, data, walkable.has(way.id), walkableLines);
          missing ||= cut.cut;
          pieces.push(...cut.pieces);
        }
        if (missing) incompleteRelations.add(relation.id);
        if (pieces.length > 0) features.greenway.push(feature(lineGeometry(pieces), relation.tags, "relation", relation.id));
      }
    }
    data.relations.delete(relation.id);
  }
  data.ways.clear();
  const network = networkEdges(walkable, data.nodes, walkableLines);
  features.network = network.edges;
  for (const id of network.incompleteWays) incompleteWays.add(id);
  return { features, incompleteWays: incompleteWays.size, incompleteRelations: incompleteRelations.size };
}
