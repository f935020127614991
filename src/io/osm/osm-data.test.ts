import { describe, expect, it } from "vitest";
import { NodeLocations } from "./osm-data";

describe("NodeLocations", () => {
  it("gives back every added coordinate to the bit, whether 1e-7° units hold it or not, in any id order", () => {
    const nodes = new NodeLocations();
    const added = new Map<number, [number, number]>();
    const count = 200_000;
    for (let i = 0; i < count; i++) {
      // Every id once, out of order; more than one chunk of nodes.
      const id = 9_000_000_000 + ((i * 7919) % count);
      const units = ((i * 104_729) % 3_600_000_000) - 1_800_000_000;
      const position: [number, number] =
        i % 3 === 0
          ? [(units * 100) / 1e9, (units * 50) / 1e9] // as the PBF reader computes them (granularity 100)
          : i % 3 === 1
            ? [Number((units / 1e7).toFixed(7)), Number((units / 2e7).toFixed(7))] // as text with 7 decimals
            : [units / 1e7 + 1e-9 * (i % 7), units / 2e7 - Math.PI * 1e-10]; // finer than 1e-7°
      nodes.add(id, position[0], position[1]);
      added.set(id, position);
    }
    nodes.add(1, -180, 90);
    added.set(1, [-180, 90]);
    expect(nodes.size).toBe(count + 1);
    for (const [id, position] of added) expect(nodes.get(id)).toEqual(position);
    expect(nodes.get(2)).toBeUndefined();
  });
});
