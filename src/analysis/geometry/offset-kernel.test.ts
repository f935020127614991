import { Clipper, EndType, FillRule, JoinType, type Paths64 } from "clipper2-ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MetricsSession } from "../metrics-session";
import { collection, line, rect } from "../network/network-test-scene";
import { seededRandom } from "../synthetic/seeded-random";
import { inflatePaths, loadWasmOffsetKernel, useTypeScriptOffsetKernel } from "./offset-kernel";

/** A winding street of 5–10 m steps (centimetres), the input that makes a 50 m buffer fold on its inner side. */
function windingStreet(next: () => number): Paths64[number] {
  let x = next() * 1e5,
    y = next() * 1e5,
    heading = next() * 2 * Math.PI;
  const path = [{ x: Math.round(x), y: Math.round(y) }];
  for (let i = 0; i < 40; i++) {
    heading += (next() - 0.5) * 0.8;
    const stepCm = 500 + next() * 500;
    x += Math.cos(heading) * stepCm;
    y += Math.sin(heading) * stepCm;
    path.push({ x: Math.round(x), y: Math.round(y) });
  }
  return path;
}

const area = (paths: Paths64) => Clipper.areaPaths(paths);

describe("offset kernel: Clipper2 WebAssembly against clipper2-ts", () => {
  beforeAll(async () => {
    expect(await loadWasmOffsetKernel()).toBe(true);
  });
  afterAll(() => useTypeScriptOffsetKernel());

  it("buffers streets and polygons to the same rings (within the centimetre grid)", () => {
    const next = seededRandom(7);
    for (let c = 0; c < 40; c++) {
      const streets = Array.from({ length: 1 + Math.floor(next() * 4) }, () => windingStreet(next));
      const closed = c % 4 === 3;
      const delta = closed ? 3000 : 5000;
      const arcTolerance = delta * (1 - Math.cos(Math.PI / 64));
      const endType = closed ? EndType.Polygon : EndType.Round;
      const wasm = inflatePaths(streets, delta, JoinType.Round, endType, 2, arcTolerance);
      const typescript = Clipper.inflatePaths(streets, delta, JoinType.Round, endType, 2, arcTolerance);
      expect(wasm.length, `case ${c}: rings`).toBe(typescript.length);
      expect(Math.abs(area(wasm) - area(typescript)), `case ${c}: area`).toBeLessThanOrEqual(1e-6 * Math.abs(area(typescript)) + 100);
      // What one has and the other lacks is at most a sliver along the outline.
      const xor = Clipper.xor(wasm, typescript, FillRule.NonZero);
      expect(area(xor), `case ${c}: symmetric difference`).toBeLessThanOrEqual(1e-6 * Math.abs(area(typescript)) + 100);
    }
  });

  it("gives the walking-network coverage clipper2-ts gives", () => {
    const network = [
      line([
        [-1000, -20],
        [250, -20],
        [1000, -20],
      ]),
      line([
        [250, -20],
        [250, -400],
      ]),
      line([
        [250, -400],
        [300, -380],
        [320, -330],
        [360, -310],
        [420, -300],
      ]),
    ];
    const residential = [rect(200, -60, 300, -30), rect(220, -350, 400, -250), rect(500, -60, 600, -30)];
    const ratioWith = () =>
      new MetricsSession(
        { residential: collection(residential), parks: collection([rect(0, 0, 100, 100)]), walkingNetwork: collection(network) },
        { ruleSetId: "custom:1=500" },
      ).report().networkCoverage?.ratio ?? NaN;
    const wasmRatio = ratioWith();
    useTypeScriptOffsetKernel();
    const typescriptRatio = ratioWith();
    expect(wasmRatio).toBeGreaterThan(0);
    expect(Math.abs(wasmRatio - typescriptRatio)).toBeLessThan(1e-9);
  });
});
