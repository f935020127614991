import { describe, expect, it } from "vitest";
import { chainPieces } from "./chain-pieces";

const piece = (...xy: number[]) => Float64Array.from(xy);
const asLists = (lines: Float64Array[]) => lines.map((line) => Array.from(line));

describe("chainPieces", () => {
  it("joins pieces that meet end to end, whichever way they run", () => {
    const lines = chainPieces([piece(10, 0, 20, 0), piece(0, 0, 10, 0), piece(30, 5, 20, 0)]);
    expect(lines).toHaveLength(1);
    const [line] = asLists(lines);
    // One polyline through all five distinct vertices, in either direction.
    const forward = [0, 0, 10, 0, 20, 0, 30, 5];
    const backward = [30, 5, 20, 0, 10, 0, 0, 0];
    expect([forward, backward]).toContainEqual(line);
  });

  it("goes straight through a crossing: four arms become two lines", () => {
    const lines = asLists(chainPieces([piece(0, 0, 10, 0), piece(0, 0, 0, 10), piece(-10, 0, 0, 0), piece(0, -10, 0, 0)]));
    expect(lines).toHaveLength(2);
    const horizontal = lines.find((line) => line.every((v, i) => i % 2 === 0 || v === 0));
    const vertical = lines.find((line) => line.every((v, i) => i % 2 === 1 || v === 0));
    expect(horizontal).toHaveLength(6);
    expect(vertical).toHaveLength(6);
  });

  it("keeps pieces that meet nothing, and one piece as it is", () => {
    expect(asLists(chainPieces([piece(0, 0, 1, 1), piece(5, 5, 6, 6)]))).toEqual([
      [0, 0, 1, 1],
      [5, 5, 6, 6],
    ]);
    expect(asLists(chainPieces([piece(0, 0, 1, 1)]))).toEqual([[0, 0, 1, 1]]);
  });
});
