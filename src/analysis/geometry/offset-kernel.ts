import { Clipper, EndType, JoinType, type Paths64 } from "clipper2-ts";
import { type PackedRings, packedToPaths, packPaths, ringBoxes } from "./packed-rings";

/** Clipper2's InflatePaths on clipper2-ts's arguments (centimetre paths and distances), the result as metre rings. */
type InflateToRings = (paths: Paths64, delta: number, joinType: JoinType, endType: EndType, miterLimit: number, arcTolerance: number) => PackedRings;

/** The parts of the clipper2-wasm module (Clipper2 C++ compiled to WebAssembly with embind) that the kernel calls. */
interface WasmPathD {
  /** x, y, z triplets. */
  assign(coordinates: Float64Array): void;
  view(): Float64Array;
  delete(): void;
}
interface WasmPathsD {
  push_back(path: WasmPathD): void;
  size(): number;
  get(index: number): WasmPathD;
  delete(): void;
}
interface WasmEnumValue {
  value: number;
}
interface ClipperWasmModule {
  PathD: new () => WasmPathD;
  PathsD: new () => WasmPathsD;
  JoinType: Record<"Square" | "Round" | "Miter", WasmEnumValue>;
  EndType: Record<"Polygon" | "Joined" | "Butt" | "Square" | "Round", WasmEnumValue>;
  /** Scales by 10^precision to integers, offsets as InflatePaths64 does, and scales back. */
  InflatePathsD(
    paths: WasmPathsD,
    delta: number,
    joinType: WasmEnumValue,
    endType: WasmEnumValue,
    miterLimit: number,
    precision: number,
    arcTolerance: number,
  ): WasmPathsD;
}

let wasmInflate: InflateToRings | undefined;

/**
 * The InflatePaths in use: Clipper2 C++ compiled to WebAssembly once `loadWasmOffsetKernel` has succeeded in this
 * thread, else clipper2-ts (the same algorithm in TypeScript). Both give the same rings to within one centimetre
 * grid step (`offset-kernel.test.ts`); the WebAssembly one is 3–4× faster on street buffers and leaves no garbage.
 */
export function inflatePaths(paths: Paths64, delta: number, joinType: JoinType, endType: EndType, miterLimit: number, arcTolerance: number): Paths64 {
  if (!wasmInflate) return Clipper.inflatePaths(paths, delta, joinType, endType, miterLimit, arcTolerance);
  return packedToPaths(wasmInflate(paths, delta, joinType, endType, miterLimit, arcTolerance));
}

/** `inflatePaths` with the result packed as metre rings (`PackedRings`), as the WebAssembly kernel gives it. */
export function inflateToRings(paths: Paths64, delta: number, joinType: JoinType, endType: EndType, miterLimit: number, arcTolerance: number): PackedRings {
  if (!wasmInflate) return packPaths(Clipper.inflatePaths(paths, delta, joinType, endType, miterLimit, arcTolerance));
  return wasmInflate(paths, delta, joinType, endType, miterLimit, arcTolerance);
}

/**
 * Loads clipper2-wasm and makes `inflatePaths` use it in this thread (HiGHS-style seam: the host says where the
 * `.wasm` file is, `locateFile`, e.g. a bundler's asset URL; without it the package finds its own file).
 * @returns true when the WebAssembly kernel is in use, false when it could not be loaded (clipper2-ts stays in use)
 */
export async function loadWasmOffsetKernel(locateFile?: (file: string) => string): Promise<boolean> {
  if (wasmInflate) return true;
  try {
    const factory = (await import("clipper2-wasm")).default as unknown as (settings: { locateFile?: (file: string) => string }) => Promise<ClipperWasmModule>;
    wasmInflate = wasmInflatePaths(await factory(locateFile ? { locateFile } : {}));
    return true;
  } catch {
    return false;
  }
}

/** Returns `inflatePaths` to clipper2-ts in this thread (tests compare the two kernels). */
export function useTypeScriptOffsetKernel(): void {
  wasmInflate = undefined;
}

const JOIN_NAMES = { [JoinType.Square]: "Square", [JoinType.Round]: "Round", [JoinType.Miter]: "Miter" } as const;
const END_NAMES = {
  [EndType.Polygon]: "Polygon",
  [EndType.Joined]: "Joined",
  [EndType.Butt]: "Butt",
  [EndType.Square]: "Square",
  [EndType.Round]: "Round",
} as const;

/** Decimal places of `InflatePathsD` that put the integer grid of clipper2-ts paths back on integers. */
const GRID_DECIMALS = 2;
const GRID_SCALE = 10 ** GRID_DECIMALS;

/**
 * InflatePaths on the WebAssembly module. Its double-precision entry is used (typed-array views both ways, no BigInt):
 * the integer paths go in divided by 100 with `GRID_DECIMALS` = 2, so the module works on the very same integers and
 * its output is in metres. Every embind object made here is deleted before returning.
 */
function wasmInflatePaths(module: ClipperWasmModule): InflateToRings {
  return (paths, delta, joinType, endType, miterLimit, arcTolerance) => {
    const joinName = (JOIN_NAMES as Partial<Record<JoinType, keyof ClipperWasmModule["JoinType"]>>)[joinType];
    if (!joinName) return packPaths(Clipper.inflatePaths(paths, delta, joinType, endType, miterLimit, arcTolerance));
    const input = new module.PathsD();
    try {
      for (const path of paths) {
        const flat = new Float64Array(path.length * 3);
        path.forEach((point, i) => {
          flat[3 * i] = point.x / GRID_SCALE;
          flat[3 * i + 1] = point.y / GRID_SCALE;
        });
        const wasmPath = new module.PathD();
        wasmPath.assign(flat);
        input.push_back(wasmPath);
        wasmPath.delete();
      }
      const joins = module.JoinType[joinName],
        ends = module.EndType[END_NAMES[endType]];
      const output = module.InflatePathsD(input, delta / GRID_SCALE, joins, ends, miterLimit, GRID_DECIMALS, arcTolerance / GRID_SCALE);
      try {
        return packOutput(output);
      } finally {
        output.delete();
      }
    } finally {
      input.delete();
    }
  };
}

/** The module's x,y,z paths as packed x,y rings (rings under three vertices dropped). */
function packOutput(output: WasmPathsD): PackedRings {
  const count = output.size();
  const lengths: number[] = [];
  for (let p = 0; p < count; p++) {
    const wasmPath = output.get(p);
    const vertices = wasmPath.view().length / 3;
    wasmPath.delete();
    if (vertices >= 3) lengths.push(p, vertices);
  }
  const starts = new Uint32Array(lengths.length / 2 + 1);
  for (let r = 0; r < lengths.length / 2; r++) starts[r + 1] = (starts[r] as number) + 2 * (lengths[2 * r + 1] as number);
  const coordinates = new Float64Array(starts[starts.length - 1] as number);
  for (let r = 0; r < lengths.length / 2; r++) {
    const wasmPath = output.get(lengths[2 * r] as number);
    const view = wasmPath.view();
    for (let k = 0, j = starts[r] as number; k < view.length; k += 3, j += 2) {
      coordinates[j] = Math.round((view[k] as number) * GRID_SCALE) / GRID_SCALE;
      coordinates[j + 1] = Math.round((view[k + 1] as number) * GRID_SCALE) / GRID_SCALE;
    }
    wasmPath.delete();
  }
  return { coordinates, starts, boxes: ringBoxes(coordinates, starts) };
}
