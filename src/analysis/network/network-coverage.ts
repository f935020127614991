import Flatbush from "flatbush";
import type { Feature } from "geojson";
import type { Paths64 } from "clipper2-ts";
import type { LocalProjection } from "../geometry/local-projection";
import { makeShape, type ProjectedShape } from "../geometry/projected-shape";
import type { RuleSet } from "../../domain/rule-sets";
import type { NetworkSettings, ParkCoverageResult } from "../../domain/metrics-report";
import { parkRadiusM } from "../rules/park-radius";
import { CoverageLayer, makeSource } from "../service-coverage/coverage-layer";
import type { ParkRecord } from "../service-coverage/park-records";
import type { ResidentialUnit } from "../service-coverage/residential-units";
import { summarizeCoverage } from "../service-coverage/summarize-coverage";
import { evaluateUnit, indexUnits } from "../service-coverage/unit-coverage";
import { accessZone, edgeInsideIntervals, type AccessInterval } from "./access-zones";
import { edgePieces } from "./edge-pieces";
import { reachNetwork, type ReachSeed, type ReachedEdges } from "./network-reach";
import { addWalkingLine, buildWalkingGraph, removeWalkingLine, type WalkingGraph } from "./walking-graph";

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
 * park at its own radius, layer 1 + c rule-set class c. Park and path edits re-run the search (milliseconds) and
 * re-evaluate only the units near edges whose reached stretches changed.
 */
export class NetworkCoverage {
  readonly layers: CoverageLayer[];
  readonly fractions: Float64Array[];
  readonly graph: WalkingGraph;
  private readonly access: (ParkAccess | undefined)[];
  private reached: ReachedEdges[];
  private readonly edgeIndex: Flatbush | undefined;
  private readonly baseEdgeCount: number;
  private readonly unitIndex: Flatbush | undefined;
  private readonly bufferCache = new Map<string, Paths64 | Float64Array>();
  private readonly monotone: boolean;
  private readonly bufferM: number;
  private version = 0;
  /** Edges grouped by square tiles of `TILE_M` (by their first vertex): one coverage source per tile and layer. */
  private readonly tileEdges: number[][] = [];
  private readonly tileOf = new Map<string, number>();
  private edgeTile: number[] = [];

  constructor(
    readonly units: readonly ResidentialUnit[],
    readonly districtNames: readonly string[] | undefined,
    readonly parks: (ParkRecord | undefined)[],
    readonly ruleSet: RuleSet,
    private readonly projection: LocalProjection,
    lines: readonly (Feature | undefined)[],
    readonly settings: NetworkSettings,
  ) {
    const classes = ruleSet.classes;
    this.monotone = classes.every((c, i) => i === 0 || c.radiusM >= classes[i - 1].radiusM);
    this.graph = buildWalkingGraph(lines, projection);
    this.baseEdgeCount = this.graph.edges.length;
    this.edgeIndex = indexEdges(this.graph);
    const k = projection.scaleAt((units[0]?.cx ?? 0));
    this.bufferM = settings.walkBufferM * k;
    this.access = parks.map((park) => this.parkAccess(park));
    this.reached = this.layerBudgets().map((budgets) => reachNetwork(this.graph, this.seeds(budgets)));
    this.graph.edges.forEach((_, e) => this.assignTile(e));
    this.layers = this.reached.map((reached, l) => {
      const sources = this.tileEdges.map((_, t) => this.sourceFor(l, t, reached));
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
      for (const interval of this.access[p]?.intervals ?? []) seeds.push({ ...interval, budgetM });
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
    this.parks[index] = park;
    this.access[index] = this.parkAccess(park);
    return this.refresh();
  }

  /** Adds or replaces (`feature`) or removes (null) walking-network line `line`. @returns units re-evaluated */
  setLine(line: number, feature: Feature | null): number {
    const removed = removeWalkingLine(this.graph, line);
    const added = feature ? addWalkingLine(this.graph, feature, line, this.projection) : [];
    const changed = new Set([...removed, ...added]);
    this.access.forEach((access) => {
      if (!access) return;
      access.intervals = access.intervals.filter((interval) => !changed.has(interval.edge));
      for (const e of added) {
        const edge = this.graph.edges[e];
        if (edge) access.intervals.push(...edgeInsideIntervals(edge, e, access.zone));
      }
    });
    return this.refresh();
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
        if (park.areaM2 >= radiusClass.minAreaM2) classes[c].set(p, radiusClass.radiusM);
      });
    });
    return [overall, ...classes];
  }

  private refresh(): number {
    const next = this.layerBudgets().map((budgets) => reachNetwork(this.graph, this.seeds(budgets)));
    for (let e = this.edgeTile.length; e < this.graph.edges.length; e++) this.assignTile(e);
    const boxes: number[] = [];
    next.forEach((reached, l) => {
      const previous = this.reached[l];
      const dirty = new Set<number>();
      for (const e of new Set([...previous.keys(), ...reached.keys()])) {
        if (!sameStretches(previous.get(e), reached.get(e)) || this.graph.edges[e] === undefined) dirty.add(this.edgeTile[e] as number);
      }
      const layer = this.layers[l];
      for (let t = layer.sources.length; t < this.tileEdges.length; t++) dirty.add(t);
      for (const t of dirty) {
        const old = layer.sources[t];
        if (old) {
          boxes.push(old.shape.minX, old.shape.minY, old.shape.maxX, old.shape.maxY);
          for (const suffix of ["", ":ring", ":chunks"]) this.bufferCache.delete(old.bufferKey + suffix);
        }
        const source = this.sourceFor(l, t, reached);
        layer.setSource(t, source);
        if (source) boxes.push(source.shape.minX, source.shape.minY, source.shape.maxX, source.shape.maxY);
      }
    });
    this.reached = next;
    const affected = new Set<number>();
    if (this.unitIndex) {
      const r = this.bufferM * 1.001;
      for (let i = 0; i < boxes.length; i += 4) {
        for (const u of this.unitIndex.search(boxes[i] - r, boxes[i + 1] - r, boxes[i + 2] + r, boxes[i + 3] + r)) affected.add(u);
      }
    }
    for (const u of affected) this.evaluate(u);
    return affected.size;
  }

  private assignTile(e: number): void {
    const edge = this.graph.edges[e];
    const key = edge ? `${Math.floor(edge.xy[0] / TILE_M)},${Math.floor(edge.xy[1] / TILE_M)}` : "none";
    let tile = this.tileOf.get(key);
    if (tile === undefined) {
      tile = this.tileEdges.push([]) - 1;
      this.tileOf.set(key, tile);
    }
    this.tileEdges[tile]?.push(e);
    this.edgeTile[e] = tile;
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

  /** The reached stretches of a tile's edges as one open shape, buffered (dissolved) as one source. */
  private sourceFor(layer: number, tile: number, reached: ReachedEdges) {
    const rings: Float64Array[] = [];
    for (const e of this.tileEdges[tile] ?? []) {
      const edge = this.graph.edges[e];
      const stretches = reached.get(e);
      if (edge && stretches) rings.push(...(edgePieces(edge, stretches)?.rings ?? []));
    }
    if (rings.length === 0) return undefined;
    return { ...makeSource(makeShape(rings, false), this.bufferM, `net:${layer}:${tile}:${++this.version}`), segmentsPerCircle: WALK_BUFFER_SEGMENTS };
  }

  private evaluate(u: number): void {
    evaluateUnit(this.units[u], u, this.layers, this.fractions, this.monotone);
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
  return a.length === b.length && a.every((value, i) => Math.abs(value - (b[i] as number)) < 1e-9);
}

function indexEdges(graph: WalkingGraph): Flatbush | undefined {
  if (graph.edges.length === 0) return undefined;
  const index = new Flatbush(graph.edges.length);
  for (const edge of graph.edges) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const xy = edge?.xy ?? new Float64Array(2);
    for (let i = 0; i < xy.length; i += 2) {
      minX = Math.min(minX, xy[i]); maxX = Math.max(maxX, xy[i]);
      minY = Math.min(minY, xy[i + 1]); maxY = Math.max(maxY, xy[i + 1]);
    }
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();
  return index;
}
