import { Clipper, FillRule, type Paths64 } from "clipper2-ts";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../synthetic/seeded-random";
import { intersectionAreaM2 } from "./clip";
import { packedHoldsBox, packedToPaths, packPaths, packRings, ringsMeetingBox } from "./packed-rings";
import { makeShape } from "./projected-shape";

/** A star-shaped ring around (cx, cy) in metres, counter-clockwise, or clockwise (a hole) with `hole`. */
function starRing(next: () => number, cx: number, cy: number, radiusM: number, hole = false): Float64Array {
  const vertices = 5 + Math.floor(next() * 40);
  const ring = new Float64Array(vertices * 2);
  for (let k = 0; k < vertices; k++) {
    const angle = ((hole ? -1 : 1) * 2 * Math.PI * k) / vertices;
    const r = radiusM * (0.3 + 0.7 * next());
    ring[2 * k] = Math.round((cx + r * Math.cos(angle)) * 100) / 100;
    ring[2 * k + 1] = Math.round((cy + r * Math.sin(angle)) * 100) / 100;
  }
  return ring;
}

/** 1 to `maxStars` star rings within `spreadM`, half of them with a hole a fifth of their size shifted ≤ `shiftM`. */
function starsWithHoles(next: () => number, maxStars: number, spreadM: number, maxRadiusM: number, shiftM: number): Float64Array[] {
  const rings: Float64Array[] = [];
  for (let k = 0; k < 1 + Math.floor(next() * maxStars); k++) {
    const cx = next() * spreadM,
      cy = next() * spreadM,
      r = 20 + next() * maxRadiusM;
    rings.push(starRing(next, cx, cy, r));
    if (next() < 0.5) rings.push(starRing(next, cx + next() * shiftM, cy + next() * shiftM, r * 0.2, true));
  }
  return rings;
}

const perimeterM = (ring: Float64Array) => {
  let sum = 0;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2)
    sum += Math.hypot((ring[i] as number) - (ring[j] as number), (ring[i + 1] as number) - (ring[j + 1] as number));
  return sum;
};

const boxRing = (minX: number, minY: number, maxX: number, maxY: number) => new Float64Array([minX, minY, maxX, minY, maxX, maxY, minX, maxY]);

describe("packed rings", () => {
  it("keep Clipper paths exactly (centimetre grid)", () => {
    const paths: Paths64 = [
      [
        { x: 0, y: 0 },
        { x: 12345, y: -7 },
        { x: 99999999, y: 31 },
      ],
      [
        { x: -3, y: -4 },
        { x: 5, y: 6 },
        { x: 7, y: -8 },
        { x: 1, y: 1 },
      ],
    ];
    expect(packedToPaths(packPaths(paths))).toEqual(paths);
  });

  it("record each ring's bounds and drop rings under three vertices", () => {
    const packed = packRings([new Float64Array([0, 0, 4, 1, 2, 3]), new Float64Array([9, 9, 10, 10]), new Float64Array([-1, -2, 5, -2, 5, 7, -1, 7])]);
    expect([...packed.starts]).toEqual([0, 6, 14]);
    expect([...packed.boxes]).toEqual([0, 0, 4, 3, -1, -2, 5, 7]);
  });

  it("as a clip, give the area an exact intersection with every ring gives", () => {
    const next = seededRandom(11);
    for (let c = 0; c < 200; c++) {
      const rings = starsWithHoles(next, 4, 400, 200, 0);
      const subject = makeShape([starRing(next, 50 + next() * 300, 50 + next() * 300, 5 + next() * 100)], true);
      const packed = packRings(rings);
      const exactM2 = Clipper.areaPaths(Clipper.intersect(subject.paths, packedToPaths(packed), FillRule.NonZero)) / 1e4;
      console.log(c, intersectionAreaM2(subject, [packed]), intersectionAreaM2(subject, [packedToPaths(packed)]), exactM2);
      // Clipper rounds each intersection vertex to the centimetre grid, whichever the clip's vertices are.
      const toleranceM2 = 0.01 * perimeterM(subject.rings[0] as Float64Array);
      expect(Math.abs(intersectionAreaM2(subject, [packed]) - exactM2), `case ${c}`).toBeLessThanOrEqual(toleranceM2);
    }
  });

  it("keep a box corner that a ring encloses", () => {
    // A positively wound ring around most of the box, one corner included: the case RectClip alone loses.
    const ring = new Float64Array([-10, -10, 8, -10, 8, 4, 6, 4, 6, 20, -10, 20]);
    expect(intersectionAreaM2(makeShape([boxRing(0, 0, 10, 10)], true), [packRings([ring])])).toBeCloseTo(8 * 4 + 6 * 6, 6);
  });

  it("meet a box: rings whose bounds miss it are skipped, rings inside it marked so", () => {
    const inside = new Float64Array([1, 1, 2, 1, 2, 2]);
    const far = new Float64Array([50, 50, 60, 50, 60, 60]);
    const crossing = new Float64Array([5, 5, 15, 5, 15, 15]);
    const met = [...ringsMeetingBox(packRings([inside, far, crossing]), [0, 0, 10, 10])];
    expect(met.map(({ ring, inside }) => [[...ring], inside])).toEqual([
      [[...inside], true],
      [[...crossing], false],
    ]);
  });

  it("hold a box only when every point of it is inside", () => {
    const next = seededRandom(5);
    let held = 0;
    for (let c = 0; c < 400; c++) {
      const rings = starsWithHoles(next, 3, 200, 150, 10);
      const minX = 50 + next() * 100,
        minY = 50 + next() * 100;
      const bounds = [minX, minY, minX + 1 + next() * 30, minY + 1 + next() * 30] as const;
      if (!packedHoldsBox(packRings(rings), bounds)) continue;
      held++;
      const box = makeShape([boxRing(...bounds)], true);
      // The box on the centimetre grid, as the clip sees it.
      const boxAreaM2 = Clipper.areaPaths(box.paths) / 1e4;
      expect(intersectionAreaM2(box, [packRings(rings)]), `case ${c}`).toBeCloseTo(boxAreaM2, 4);
    }
    expect(held).toBeGreaterThan(50);
  });

  it("do not hold a box that a hole or an outline meets", () => {
    const outer = new Float64Array([0, 0, 100, 0, 100, 100, 0, 100]);
    const box = [40, 40, 60, 60] as const;
    expect(packedHoldsBox(packRings([outer]), box)).toBe(true);
    expect(packedHoldsBox(packRings([outer, new Float64Array([45, 45, 45, 50, 50, 50, 50, 45])]), box)).toBe(false);
    expect(packedHoldsBox(packRings([outer, new Float64Array([10, 10, 10, 90, 90, 90, 90, 10])]), box)).toBe(false);
    expect(packedHoldsBox(packRings([new Float64Array([0, 0, 50, 0, 50, 100, 0, 100])]), box)).toBe(false);
    // Two rings that cover the box only together: not known, so not held.
    const halves = [new Float64Array([0, 0, 50, 0, 50, 100, 0, 100]), new Float64Array([50, 0, 100, 0, 100, 100, 50, 100])];
    expect(packedHoldsBox(packRings(halves), box)).toBe(false);
  });
});
