import { Clipper, EndType, JoinType, type Path64, type Paths64 } from "clipper2-ts";

/** Clipper2's InflatePaths with the signature of clipper2-ts `Clipper.inflatePaths` (centimetre paths in and out). */
type InflatePaths = (paths: Paths64, delta: number, joinType: JoinType, endType: EndType, miterLimit: number, arcTolerance: number) => Paths64;

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

let wasmInflate: InflatePaths | undefined;

/**
 * The InflatePaths in use: Clipper2 C++ compiled to WebAssembly once `loadWasmOffsetKernel` has succeeded in this
 * thread, else clipper2-ts (the same algorithm in TypeScript). Both give the same rings to within one centimetre
 * grid step (`offset-kernel.test.ts`); the WebAssembly one is 3–4× faster on street buffers and leaves no garbage.
 */
export function inflatePaths(paths: Paths64, delta: number, joinType: JoinType, endType: EndType, miterLimit: number, arcTolerance: number): Paths64 {
  return (wasmInflate ?? Clipper.inflatePaths)(paths, delta, joinType, endType, miterLimit, arcTolerance);
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
 * the integer paths go in divided by 100 with `GRID_DECIMALS` = 2, so the module works on the very same integers.
 * Every embind object made here is deleted before returning.
 */
function wasmInflatePaths(module: ClipperWasmModule): InflatePaths {
  return (paths, delta, joinType, endType, miterLimit, arcTolerance) => {
    const joinName = (JOIN_NAMES as Partial<Record<JoinType, keyof ClipperWasmModule["JoinType"]>>)[joinType];
    if (!joinName) return Clipper.inflatePaths(paths, delta, joinType, endType, miterLimit, arcTolerance);
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
        const result: Paths64 = [];
        for (let p = 0; p < output.size(); p++) {
          const wasmPath = output.get(p);
          const view = wasmPath.view();
          const path: Path64 = new Array(view.length / 3);
          for (let k = 0, j = 0; k < view.length; k += 3, j++) path[j] = { x: Math.round(view[k] * GRID_SCALE), y: Math.round(view[k + 1] * GRID_SCALE) };
          wasmPath.delete();
          result.push(path);
        }
        return result;
      } finally {
        output.delete();
      }
    } finally {
      input.delete();
    }
  };
}
