import Flatbush from "flatbush";
import type { Paths64 } from "clipper2-ts";
import { type BoxClip, bufferRings } from "../geometry/clip";
import { type PackedRings, packedHoldsBox, packedToPaths } from "../geometry/packed-rings";
import { ringToPath } from "../geometry/projected-shape";
import { convexBuffer } from "../geometry/convex-buffer";
import { edgeChunkBoxes } from "../geometry/convex-clip";
import type { ProjectedShape } from "../geometry/projected-shape";
import { isConvexShape } from "../geometry/shape-distance";
import { valueAt } from "../value-at";

/** A service source (a park, or a piece of greenway) with its radius in projected metres. */
export interface CoverageSource {
  shape: ProjectedShape;
  radiusM: number;
  /** Key into the shared buffer cache, e.g. `park:12:500`; equal keys must mean equal buffers. */
  bufferKey: string;
  convex: boolean;
  /** Arc segments per full circle of the buffer (default `SEGMENTS_PER_CIRCLE`, 256). */
  segmentsPerCircle?: number;
}

/** Creates a source, precomputing whether its shape is convex. */
export function makeSource(shape: ProjectedShape, radiusM: number, bufferKey: string): CoverageSource {
  return { shape, radiusM, bufferKey, convex: isConvexShape(shape) };
}

const REBUILD_AFTER_EDITS = 128;

/**
 * Buffers shared by the layers of one coverage question, by key: packed rings (`bufferKey`), convex rings
 * (`bufferKey:ring`) and their edge chunks (`bufferKey:chunks`).
 */
export type BufferCache = Map<string, PackedRings | Float64Array>;

/**
 * The sources of one coverage question (e.g. "parks ≥ 1 ha within 500 m"), indexed with flatbush by their
 * bounding boxes grown by their radii. Sources can be replaced one at a time (incremental edits): edited
 * sources go to a small linear-scan list until the index is rebuilt.
 */
export class CoverageLayer {
  readonly sources: (CoverageSource | undefined)[];
  private readonly bufferCache: BufferCache;
  private index: Flatbush | undefined;
  /** Flatbush item number → source index. */
  private indexOrder = new Int32Array(0);
  private edited = new Set<number>();

  constructor(sources: (CoverageSource | undefined)[], bufferCache: BufferCache) {
    this.sources = sources;
    this.bufferCache = bufferCache;
    this.rebuild();
  }

  /** Indices of sources whose grown bounding box touches the given box. */
  candidates(minX: number, minY: number, maxX: number, maxY: number): number[] {
    const found: number[] = [];
    if (this.index) {
      for (const k of this.index.search(minX, minY, maxX, maxY)) {
        const i = valueAt(this.indexOrder, k);
        if (!this.edited.has(i)) found.push(i);
      }
    }
    for (const i of this.edited) {
      const source = this.sources[i];
      if (!source) continue;
      const r = source.radiusM;
      const s = source.shape;
      if (s.minX - r <= maxX && s.maxX + r >= minX && s.minY - r <= maxY && s.maxY + r >= minY) found.push(i);
    }
    return found;
  }

  /** The cached buffer of convex source `i` as a counter-clockwise x,y ring in metres. */
  convexRing(i: number): Float64Array {
    const source = this.liveSource(i);
    const key = `${source.bufferKey}:ring`;
    let ring = this.bufferCache.get(key) as Float64Array | undefined;
    if (!ring) {
      ring = convexBuffer(source.shape, source.radiusM);
      this.bufferCache.set(key, ring);
      this.bufferCache.set(`${source.bufferKey}:chunks`, edgeChunkBoxes(ring));
    }
    return ring;
  }

  /** Edge-run bounding boxes of `convexRing(i)` (see `edgeChunkBoxes`). */
  convexChunks(i: number): Float64Array {
    const source = this.liveSource(i);
    this.convexRing(i);
    return this.bufferCache.get(`${source.bufferKey}:chunks`) as Float64Array;
  }

  /** The buffer of source `i` as Clipper paths (centimetres), for dissolving and export. */
  buffer(i: number): Paths64 {
    const source = this.sources[i];
    if (!source) return [];
    return source.convex ? [ringToPath(this.convexRing(i))] : packedToPaths(this.packedBuffer(source));
  }

  /** Source `i` as a clip of a unit: its convex buffer ring with edge chunks when convex, else its packed buffer. */
  boxClip(i: number): BoxClip {
    const source = this.sources[i];
    if (!source) return [];
    if (!source.convex) return this.packedBuffer(source);
    return { convexRing: this.convexRing(i), chunks: this.convexChunks(i) };
  }

  /** The cached buffer of a non-convex source as packed metre rings. */
  private packedBuffer(source: CoverageSource): PackedRings {
    let packed = this.bufferCache.get(source.bufferKey) as PackedRings | undefined;
    if (!packed) {
      packed = bufferRings(source.shape, source.radiusM, source.segmentsPerCircle);
      this.bufferCache.set(source.bufferKey, packed);
    }
    return packed;
  }

  /**
   * True when source `i`'s buffer certainly holds the whole box (minX, minY, maxX, maxY; `packedHoldsBox`); convex
   * sources answer false (their vertex-distance test decides them).
   */
  holdsBox(i: number, bounds: readonly [number, number, number, number]): boolean {
    const source = this.sources[i];
    return source !== undefined && !source.convex && packedHoldsBox(this.packedBuffer(source), bounds);
  }

  /** Replaces (or removes with `undefined`, or appends when `i` = length) one source. */
  setSource(i: number, source: CoverageSource | undefined): void {
    this.sources[i] = source;
    this.edited.add(i);
    if (this.edited.size > REBUILD_AFTER_EDITS) this.rebuild();
  }

  private liveSource(i: number): CoverageSource {
    const source = this.sources[i];
    if (!source) throw new Error(`coverage source ${i} was removed; only live sources have buffers`);
    return source;
  }

  private rebuild(): void {
    const live: number[] = [];
    this.sources.forEach((source, i) => {
      if (source) live.push(i);
    });
    this.edited = new Set();
    this.indexOrder = Int32Array.from(live);
    if (live.length === 0) {
      this.index = undefined;
      return;
    }
    const index = new Flatbush(live.length);
    for (const source of this.sources) {
      if (!source) continue;
      const { shape, radiusM } = source;
      index.add(shape.minX - radiusM, shape.minY - radiusM, shape.maxX + radiusM, shape.maxY + radiusM);
    }
    index.finish();
    this.index = index;
  }
}
