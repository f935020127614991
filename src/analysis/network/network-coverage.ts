import Flatbush from "flatbush";
import type { Feature } from "geojson";
import type { LocalProjection } from "../geometry/local-projection";
import { makeShape, type ProjectedShape } from "../geometry/projected-shape";
import type { RuleSet } from "../../domain/rule-sets";
import type { NetworkSettings, ParkCoverageResult } from "../../domain/metrics-report";
import { parkRadiusM } from "../rules/park-radius";
import { type BufferCache, CoverageLayer, makeSource, type CoverageSource } from "../service-coverage/coverage-layer";
import type { ParkRecord } from "../service-coverage/park-records";
import type { ResidentialUnit } from "../service-coverage/residential-units";
import { hasMonotoneRadii, summarizeCoverage } from "../service-coverage/summarize-coverage";
import { coveredFraction, evaluateLayers, indexUnits } from "../service-coverage/unit-coverage";
import { accessZone, edgeInsideIntervals, type AccessInterval } from "./access-zones";
import { chainPieces } from "./chain-pieces";
import { edgePieces } from "./edge-pieces";
import { NetworkReach, type ReachSeed, type ReachedEdges } from "./network-reach";
import { addWalkingLine, buildWalkingGraph, removeWalkingLine, type WalkingGraph } from "./walking-graph";
import { valueAt } from "../value-at";

/** One park's access zone and the network stretches inside it. */
interface ParkAccess {
  zone: ProjectedShape;
  intervals: AccessInterval[];
}

/**
 * 步行可达覆盖率 (walking-network coverage): residential land within `walkBufferM` of the network a park reaches
 * within its radius, walking from the park's access zone (park ⊕ `accessM`), ÷ residential land. The method:
 * graph of network lines split at shared vertices (`buildWalkingGraph`); access zones; multi-source Dijkstra
 * from the zones with each park's radius under the rule set as its budget (`reachNetwork`), partial edges
 * interpolated; the reached stretches buffered by `walkBufferM` and intersected with the residential units by the
 * same code as the radius coverage (`CoverageLayer`, `coveredFraction`, `summarizeCoverage`). Layer 0 is every
 * park at its own radius, layer 1 + c rule-set class c. An added park or path continues the searches (labels only
 * fall), a removed or moved park resets only the nodes it reached first (`NetworkReach.removePark`), a removed or
 * moved path only the nodes of the parks whose search crossed it (`NetworkReach.removeEdges`); either way only units
 * near edges whose reached stretches changed are re-evaluated.
 */
export class NetworkCoverage {
  readonly layers: CoverageLayer[];
  readonly fractions: Float64Array[];
  readonly graph: WalkingGraph;
  private readonly access: (ParkAccess | undefined)[];
  private reached: ReachedEdges[];
  /** One search per layer, continued by additions and rebuilt by removals. */
  private reaches: NetworkReach[];
  private readonly edgeIndex: Flatbush | undefined;
  private readonly baseEdgeCount: number;
  private readonly unitIndex: Flatbush | undefined;
  private readonly bufferCache: BufferCache = new Map();
  /**
   * Tile sources by buffer key (tile, hash of the reached stretches, a suffix on a collision) with the stretches they
   * were built from: layers with the same reach in a tile share one source.
   */
  private readonly sourceByKey = new Map<string, { source: CoverageSource; content: Float64Array }>();
  /** Buffer key → small id, for the signatures of `evaluate` (cleared with the stale buffers). */
  private readonly keyIds = new Map<string, number>();
  private readonly monotone: boolean;
  private readonly bufferM: number;
  private staleKeys = 0;
  /** Edges grouped by square tiles of `TILE_M` (by their first vertex): one coverage source per tile and layer. */
  private readonly tileEdges: number[][] = [];
  private readonly tileOf = new Map<string, number>();
  private edgeTile: number[] = [];
  /** Bounding box of every edge ever added (minX, minY, maxX, maxY), kept for removed edges too. */
  private readonly edgeBoxes: number[] = [];

  constructor(
    readonly units: readonly ResidentialUnit[],
    readonly districtNames: readonly string[] | undefined,
    readonly parks: (ParkRecord | undefined)[],
    readonly ruleSet: RuleSet,
    private readonly projection: LocalProjection,
    lines: readonly (Feature | undefined)[],
    readonly settings: NetworkSettings,
  ) {
    this.monotone = hasMonotoneRadii(ruleSet);
    this.graph = buildWalkingGraph(lines, projection);
    this.baseEdgeCount = this.graph.edges.length;
    this.edgeIndex = indexEdges(this.graph);
    const k = projection.scaleAt(units[0]?.cx ?? 0);
    this.bufferM = settings.walkBufferM * k;
    this.access = parks.map((park) => this.parkAccess(park));
    this.reaches = this.layerBudgets().map((budgets) => new NetworkReach(this.graph, this.seeds(budgets)));
    this.reached = this.reaches.map((reach) => reach.all());
    this.graph.edges.forEach((_, e) => this.assignTile(e));
    this.layers = this.reached.map((reached) => {
      const sources = this.tileEdges.map((_, t) => this.sourceFor(t, reached));
      return new CoverageLayer(sources, this.bufferCache);
    });
    this.fractions = this.layers.map(() => new Float64Array(units.length));
    this.unitIndex = indexUnits(units);
    for (let u = 0; u < units.length; u++) this.evaluate(u);
  }

  /** The aggregated result, the same figures as the radius coverage. */
  result(): ParkCoverageResult {
    return summarizeCoverage(this.units, this.fractions, this.ruleSet, this.districtNames);
  }

  /** Counted parks (reaching the smallest class) whose access zone holds no network. */
  parksWithoutNetworkCount(): number {
    const minimum = this.ruleSet.classes[0]?.minAreaM2 ?? Infinity;
    return this.parks.filter((park, p) => park && park.areaM2 >= minimum && (this.access[p]?.intervals.length ?? 0) === 0).length;
  }

  /** A park's access zone and the stretches inside it (undefined for a removed or unusable park). */
  parkAccessOf(index: number): ParkAccess | undefined {
    return this.access[index];
  }

  /** Reached stretches of layer `layer` (0 = overall). */
  reachedOf(layer: number): ReachedEdges {
    return this.reached[layer] ?? new Map();
  }

  /** Seeds of the given parks with their budgets (park index → radius in m). */
  seeds(budgets: ReadonlyMap<number, number>): ReachSeed[] {
    const seeds: ReachSeed[] = [];
    for (const [p, budgetM] of budgets) {
      for (const interval of this.access[p]?.intervals ?? []) seeds.push({ ...interval, budgetM, park: p });
    }
    return seeds;
  }

  /** Total ellipsoidal length of the live edges, in m. */
  lengthM(): number {
    return this.graph.edges.reduce((sum, edge) => sum + (edge?.lengthM ?? 0), 0);
  }

  /**
   * Adds (`index` = parks.length), moves or removes one park, re-runs the search and re-evaluates the units near
   * edges whose reach changed. @returns number of units re-evaluated
   */
  setPark(index: number, park: ParkRecord | undefined): number {
    const before = this.layerBudgets();
    this.parks[index] = park;
    this.access[index] = this.parkAccess(park);
    const after = this.layerBudgets();
    return this.refresh(
      after.map((budget, l) => {
        const reach = valueAt(this.reaches, l);
        // A park that was there leaves its search first (decremental), then the new one's seeds continue it.
        const touched = before[l]?.has(index) ? reach.removePark(index) : new Set<number>();
        const radiusM = budget.get(index);
        if (radiusM !== undefined) for (const e of reach.addSeeds(this.seeds(new Map([[index, radiusM]])))) touched.add(e);
        return touched;
      }),
    );
  }

  /** Adds or replaces (`feature`) or removes (null) walking-network line `line`. @returns units re-evaluated */
  setLine(line: number, feature: Feature | null): number {
    const ends: number[] = [];
    for (const edge of this.graph.edges) if (edge?.line === line) ends.push(edge.from, edge.to);
    const removed = removeWalkingLine(this.graph, line);
    const added = feature ? addWalkingLine(this.graph, feature, line, this.projection) : [];
    const changed = new Set([...removed, ...added]);
    const newIntervals: (AccessInterval[] | undefined)[] = this.access.map((access) => {
      if (!access) return undefined;
      access.intervals = access.intervals.filter((interval) => !changed.has(interval.edge));
      const fresh: AccessInterval[] = [];
      for (const e of added) {
        const edge = this.graph.edges[e];
        if (edge) fresh.push(...edgeInsideIntervals(edge, e, access.zone));
      }
      access.intervals.push(...fresh);
      return fresh;
    });
    return this.refresh(
      this.layerBudgets().map((budgets, l) => {
        const reach = valueAt(this.reaches, l);
        const seeds: ReachSeed[] = [];
        for (const [p, budgetM] of budgets) for (const interval of newIntervals[p] ?? []) seeds.push({ ...interval, budgetM, park: p });
        const touched = removed.length > 0 ? reach.removeEdges(removed, ends) : new Set<number>();
        for (const e of reach.addEdges(added)) touched.add(e);
        for (const e of reach.addSeeds(seeds)) touched.add(e);
        return touched;
      }),
    );
  }

  /** The per-layer budgets: park index → walking radius (m). */
  layerBudgets(): Map<number, number>[] {
    const overall = new Map<number, number>();
    const classes = this.ruleSet.classes.map(() => new Map<number, number>());
    this.parks.forEach((park, p) => {
      if (!park) return;
      const radiusM = parkRadiusM(this.ruleSet, park.areaM2);
      if (radiusM !== undefined) overall.set(p, radiusM);
      this.ruleSet.classes.forEach((radiusClass, c) => {
        if (park.areaM2 >= radiusClass.minAreaM2) valueAt(classes, c).set(p, radiusClass.radiusM);
      });
    });
    return [overall, ...classes];
  }

  /**
   * Brings the reached stretches, the tile sources and the units up to date: `touched` holds per layer the edges an
   * edit may have changed, and only those are compared.
   * @returns number of units re-evaluated
   */
  private refresh(touched: Set<number>[]): number {
    for (let e = this.edgeTile.length; e < this.graph.edges.length; e++) this.assignTile(e);
    const boxes: number[] = [];
    touched.forEach((edges, l) => {
      const reached = valueAt(this.reached, l);
      const reach = valueAt(this.reaches, l);
      const dirty = new Set<number>();
      for (const e of edges) {
        const after = reach.stretches(e);
        if (sameStretches(reached.get(e), after)) continue;
        if (after) reached.set(e, after);
        else reached.delete(e);
        dirty.add(valueAt(this.edgeTile, e));
        boxes.push(...this.edgeBoxes.slice(4 * e, 4 * e + 4));
      }
      const layer = valueAt(this.layers, l);
      for (let t = layer.sources.length; t < this.tileEdges.length; t++) dirty.add(t);
      // Only land within the walk buffer of an edge whose reached stretches changed can change coverage.
      for (const t of dirty) {
        if (layer.sources[t]) this.staleKeys++;
        layer.setSource(t, this.sourceFor(t, reached));
      }
    });
    if (this.staleKeys > 4 * this.tileEdges.length) this.pruneBuffers();
    const affected = new Set<number>();
    if (this.unitIndex) {
      const r = this.bufferM * 1.001;
      for (let i = 0; i < boxes.length; i += 4) {
        for (const u of this.unitIndex.search(valueAt(boxes, i) - r, valueAt(boxes, i + 1) - r, valueAt(boxes, i + 2) + r, valueAt(boxes, i + 3) + r))
          affected.add(u);
      }
    }
    for (const u of affected) this.evaluate(u);
    return affected.size;
  }

  private assignTile(e: number): void {
    const edge = this.graph.edges[e];
    const key = edge ? `${Math.floor(valueAt(edge.xy, 0) / TILE_M)},${Math.floor(valueAt(edge.xy, 1) / TILE_M)}` : "none";
    let tile = this.tileOf.get(key);
    if (tile === undefined) {
      tile = this.tileEdges.push([]) - 1;
      this.tileOf.set(key, tile);
    }
    this.tileEdges[tile]?.push(e);
    this.edgeTile[e] = tile;
    this.edgeBoxes.push(...polylineBox(edge?.xy ?? new Float64Array(2)));
  }

  private parkAccess(park: ParkRecord | undefined): ParkAccess | undefined {
    if (!park) return undefined;
    const k = this.projection.scaleAt((park.shape.minX + park.shape.maxX) / 2);
    const zone = accessZone(park.shape, this.settings.accessM * k);
    if (!zone) return undefined;
    const intervals: AccessInterval[] = [];
    const visit = (e: number) => {
      const edge = this.graph.edges[e];
      if (edge) intervals.push(...edgeInsideIntervals(edge, e, zone));
    };
    for (const e of this.edgeIndex?.search(zone.minX, zone.minY, zone.maxX, zone.maxY) ?? []) visit(e);
    for (let e = this.baseEdgeCount; e < this.graph.edges.length; e++) visit(e);
    return { zone, intervals };
  }

  /**
   * The reached stretches of a tile's edges as one open shape, buffered (dissolved) as one source. The buffer key
   * is the tile and its stretches, so layers (and edits) with the same reach in a tile share one buffer.
   */
  private sourceFor(tile: number, reached: ReachedEdges): CoverageSource | undefined {
    // What the tile's buffer depends on: each live edge's reached stretches, to the micrometre.
    const content: number[] = [];
    for (const e of this.tileEdges[tile] ?? []) {
      const stretches = reached.get(e);
      if (!this.graph.edges[e] || !stretches) continue;
      content.push(e, stretches.length);
      for (const v of stretches) content.push(Math.round(v * 1e6));
    }
    if (content.length === 0) return undefined;
    const base = `net:${tile}:${contentHash(content).toString(36)}`;
    let key = base;
    for (let k = 1; ; k++) {
      const known = this.sourceByKey.get(key);
      if (!known) break;
      if (sameContent(known.content, content)) return known.source;
      key = `${base}#${k}`;
    }
    const pieces: Float64Array[] = [];
    for (const e of this.tileEdges[tile] ?? []) {
      const edge = this.graph.edges[e];
      const stretches = reached.get(e);
      if (edge && stretches) pieces.push(...(edgePieces(edge, stretches)?.rings ?? []));
    }
    if (pieces.length === 0) return undefined;
    const lines = chainPieces(pieces);
    const source = { ...makeSource(makeShape(lines, false), this.bufferM, key), segmentsPerCircle: WALK_BUFFER_SEGMENTS };
    this.sourceByKey.set(key, { source, content: Float64Array.from(content) });
    return source;
  }

  /** Drops cached buffers no layer uses any more. */
  private pruneBuffers(): void {
    const live = new Set<string>();
    for (const layer of this.layers) for (const source of layer.sources) if (source) live.add(source.bufferKey);
    for (const key of this.bufferCache.keys()) if (!live.has(key.replace(/:(ring|chunks)$/, ""))) this.bufferCache.delete(key);
    for (const key of this.sourceByKey.keys()) if (!live.has(key)) this.sourceByKey.delete(key);
    this.staleKeys = 0;
    this.keyIds.clear();
  }

  /**
   * Evaluates unit `u` in every layer; a layer whose candidate sources near the unit are the same buffers as an
   * earlier layer's (same keys) has the same covered fraction and is not clipped again.
   */
  private evaluate(u: number): void {
    const unit = valueAt(this.units, u);
    const { minX, minY, maxX, maxY } = unit.shape;
    const known = new Map<string, number>();
    const fractionIn = (l: number): number => {
      const layer = valueAt(this.layers, l);
      const ids = layer.candidates(minX, minY, maxX, maxY).map((i) => this.keyId(layer.sources[i]?.bufferKey));
      const signature = ids.sort((p, q) => p - q).join(",");
      let fraction = known.get(signature);
      if (fraction === undefined) known.set(signature, (fraction = signature === "" ? 0 : coveredFraction(unit, layer)));
      return fraction;
    };
    evaluateLayers(fractionIn, u, this.fractions, this.monotone);
  }

  /** A small number for a buffer key (keys are long: a tile's stretches), so signatures are short to build and hash. */
  private keyId(key: string | undefined): number {
    if (key === undefined) return -1;
    let id = this.keyIds.get(key);
    if (id === undefined) this.keyIds.set(key, (id = this.keyIds.size));
    return id;
  }
}

/**
 * Arc segments per circle of the walk buffer: 64 (PostGIS `quad_segs=16`); over a 50 m radius the arcs lie within
 * 6 cm of the true circle, and they are a small part of a street buffer's outline.
 */
export const WALK_BUFFER_SEGMENTS = 64;

/** Side of the square tiles edges are grouped in (projected metres). */
const TILE_M = 250;

function sameStretches(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((value, i) => Math.abs(value - valueAt(b, i)) < 1e-9);
}

function indexEdges(graph: WalkingGraph): Flatbush | undefined {
  if (graph.edges.length === 0) return undefined;
  const index = new Flatbush(graph.edges.length);
  for (const edge of graph.edges) index.add(...polylineBox(edge?.xy ?? new Float64Array(2)));
  index.finish();
  return index;
}

/** The bounding box [minX, minY, maxX, maxY] of an x,y polyline. */
function polylineBox(xy: Float64Array): [number, number, number, number] {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    const x = valueAt(xy, i),
      y = valueAt(xy, i + 1);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

/** FNV-1a over the low and high 32 bits of each integer: the bucket of a tile's content (equality is checked). */
function contentHash(content: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const value of content) {
    hash = Math.imul(hash ^ (value >>> 0), 0x01000193);
    hash = Math.imul(hash ^ Math.floor(value / 0x100000000), 0x01000193);
  }
  return hash >>> 0;
}

function sameContent(known: Float64Array, content: readonly number[]): boolean {
  if (known.length !== content.length) return false;
  for (let i = 0; i < known.length; i++) if (known[i] !== content[i]) return false;
  return true;
}
