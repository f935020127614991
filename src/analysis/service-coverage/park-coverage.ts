import type Flatbush from "flatbush";
import type { LocalProjection } from "../geometry/local-projection";
import type { RuleSet } from "../../domain/rule-sets";
import { parkRadiusM } from "../rules/park-radius";
import type { ParkCoverageResult } from "../../domain/metrics-report";
import { type BufferCache, CoverageLayer, makeSource, type CoverageSource } from "./coverage-layer";
import { convexPieces } from "../geometry/convex-pieces";
import type { ProjectedShape } from "../geometry/projected-shape";
import type { ParkRecord } from "./park-records";
import type { ResidentialUnit } from "./residential-units";
import { hasMonotoneRadii, summarizeCoverage } from "./summarize-coverage";
import { valueAt } from "../value-at";
import { evaluateUnit, indexUnits, type DistanceMemo } from "./unit-coverage";

/**
 * 公园绿地服务半径覆盖率 (park service-radius coverage, GB 55014-2021 §2.1.3 indicator; radii from the chosen
 * rule set): residential land within the service radius of a counted park ÷ residential land, by Euclidean buffer
 * from the park boundary (interior counts). Keeps per-unit state so one park edit re-evaluates only nearby units.
 */
export class ParkCoverage {
  /** Layer 0 = overall (each park at its own class radius); layer 1 + c = class c. */
  readonly layers: CoverageLayer[];
  readonly fractions: Float64Array[];
  private readonly unitIndex: Flatbush | undefined;
  private readonly versions: number[];
  /** Source slots (one per convex piece) of each park; slot indices are the same in every layer. */
  private readonly parkSlots: number[][];
  private readonly bufferCache: BufferCache = new Map();
  /** True when class radii never shrink as the minimum area grows (then overall = union of the classes). */
  readonly monotone: boolean;
  private readonly memo: DistanceMemo = new Map();

  constructor(
    readonly units: readonly ResidentialUnit[],
    readonly districtNames: readonly string[] | undefined,
    readonly parks: (ParkRecord | undefined)[],
    readonly ruleSet: RuleSet,
    private readonly projection: LocalProjection,
  ) {
    this.versions = parks.map(() => 0);
    const classes = ruleSet.classes;
    this.monotone = hasMonotoneRadii(ruleSet);
    const slots: { park: number; piece: number; shape: ProjectedShape }[] = [];
    this.parkSlots = parks.map((park, i) => piecesOf(park).map((shape, piece) => slots.push({ park: i, piece, shape }) - 1));
    this.layers = [];
    for (let layer = 0; layer < 1 + classes.length; layer++) {
      const sources = slots.map((slot) => this.sourceFor(layer, slot.park, slot.piece, slot.shape));
      this.layers.push(new CoverageLayer(sources, this.bufferCache));
    }
    this.fractions = this.layers.map(() => new Float64Array(units.length));
    this.unitIndex = indexUnits(units);
    for (let u = 0; u < units.length; u++) this.evaluate(u);
  }

  /** The aggregated result (overall, per class, per district, population-weighted). */
  result(): ParkCoverageResult {
    return summarizeCoverage(this.units, this.fractions, this.ruleSet, this.districtNames);
  }

  /**
   * Adds, moves or removes one park (`index` = `parks.length` appends) and re-evaluates only the units within
   * the largest radius of its old and new position.
   * @returns number of units re-evaluated
   */
  setPark(index: number, park: ParkRecord | undefined): number {
    const old = this.parks[index];
    for (const slot of this.parkSlots[index] ?? []) {
      for (const layer of this.layers) {
        const key = layer.sources[slot]?.bufferKey;
        if (key) {
          this.bufferCache.delete(key);
          this.bufferCache.delete(`${key}:ring`);
          this.bufferCache.delete(`${key}:chunks`);
        }
        layer.setSource(slot, undefined);
      }
    }
    this.parks[index] = park;
    this.versions[index] = (this.versions[index] ?? 0) + 1;
    const firstSlot = valueAt(this.layers, 0).sources.length;
    this.parkSlots[index] = piecesOf(park).map((shape, piece) => {
      const slot = firstSlot + piece;
      this.layers.forEach((layer, l) => layer.setSource(slot, this.sourceFor(l, index, piece, shape)));
      return slot;
    });
    const affected = new Set<number>();
    for (const shape of [old?.shape, park?.shape]) {
      if (!shape || !this.unitIndex) continue;
      const r = this.maxRadiusM() * this.projection.scaleAt(shape.minX) * 1.001;
      for (const u of this.unitIndex.search(shape.minX - r, shape.minY - r, shape.maxX + r, shape.maxY + r)) affected.add(u);
    }
    for (const u of affected) this.evaluate(u);
    return affected.size;
  }

  /** For each source slot (same in every layer), the index of the park it is a piece of; −1 for a freed slot. */
  slotOwners(): Int32Array {
    const owners = new Int32Array(this.layers[0]?.sources.length ?? 0).fill(-1);
    this.parkSlots.forEach((slots, park) => {
      for (const slot of slots ?? []) owners[slot] = park;
    });
    return owners;
  }

  private evaluate(u: number): void {
    evaluateUnit(valueAt(this.units, u), u, this.layers, this.fractions, this.monotone, this.memo);
  }

  private sourceFor(layer: number, index: number, piece: number, shape: ProjectedShape): CoverageSource | undefined {
    const park = this.parks[index];
    if (!park) return undefined;
    let radiusM: number | undefined;
    if (layer === 0) radiusM = parkRadiusM(this.ruleSet, park.areaM2);
    else {
      const radiusClass = valueAt(this.ruleSet.classes, layer - 1);
      if (park.areaM2 >= radiusClass.minAreaM2) radiusM = radiusClass.radiusM;
    }
    if (radiusM === undefined) return undefined;
    const k = this.projection.scaleAt((park.shape.minX + park.shape.maxX) / 2);
    return makeSource(shape, radiusM * k, `${index}:${this.versions[index] ?? 0}:${piece}:${radiusM}`);
  }

  private maxRadiusM(): number {
    return Math.max(0, ...this.ruleSet.classes.map((c) => c.radiusM));
  }
}

/** Up to four convex pieces per park keep the exact fast path; other parks stay whole (general clipping). */
const MAX_PIECES = 4;

function piecesOf(park: ParkRecord | undefined): ProjectedShape[] {
  if (!park) return [];
  return convexPieces(park.shape, MAX_PIECES) ?? [park.shape];
}
