import { describe, expect, it } from "vitest";
import { shorelineRunsOfRing, splitLineByLength } from "./shoreline-split";

const BOX: [number, number, number, number] = [0, 0, 1, 1];

describe("shoreline runs of a clipped land ring", () => {
  it("keeps an island ring whole", () => {
    const island = [
      [0.2, 0.2],
      [0.3, 0.2],
      [0.3, 0.3],
      [0.2, 0.2],
    ];
    expect(shorelineRunsOfRing(island, BOX)).toEqual([island]);
  });

  it("removes the box-edge part of a ring cut by the box", () => {
    // Land in the west of the box: the coast runs from (0, 0.8) via (0.5, 0.5) to (0, 0.2); the rest is box edge.
    const ring = [
      [0, 0.2],
      [0.5, 0.5],
      [0, 0.8],
      [0, 1],
      [0, 0],
      [0, 0.2],
    ];
    expect(shorelineRunsOfRing(ring, BOX)).toEqual([
      [
        [0, 0.2],
        [0.5, 0.5],
        [0, 0.8],
      ],
    ]);
  });

  it("does not split a coast run at the ring's start vertex", () => {
    const ring = [
      [0.5, 0.5],
      [0, 0.8],
      [0, 0.2],
      [0.5, 0.5],
    ];
    expect(shorelineRunsOfRing(ring, BOX)).toEqual([
      [
        [0, 0.2],
        [0.5, 0.5],
        [0, 0.8],
      ],
    ]);
  });
});

describe("splitLineByLength", () => {
  const line = Array.from({ length: 11 }, (_, i) => [120 + i * 0.01, 36]); // about 9 km along a parallel

  it("cuts at vertices into pieces of about equal length sharing end points", () => {
    const pieces = splitLineByLength(line, 2);
    expect(pieces.length).toBeGreaterThanOrEqual(5);
    expect(pieces[0]?.[0]).toEqual(line[0]);
    expect(pieces[pieces.length - 1]?.at(-1)).toEqual(line[10]);
    for (let i = 1; i < pieces.length; i += 1) expect(pieces[i]?.[0]).toEqual(pieces[i - 1]?.at(-1));
  });

  it("leaves a short line alone", () => {
    expect(splitLineByLength(line.slice(0, 2), 2)).toEqual([line.slice(0, 2)]);
  });
});
