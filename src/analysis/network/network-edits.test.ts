import { afterAll, describe, expect, it } from "vitest";
import { createLocalProjection } from "../geometry/local-projection";
import { MetricsSession } from "../metrics-session";
import { seededRandom } from "../synthetic/seeded-random";
import { collection, line, rect } from "./network-test-scene";

/** A random scene: a jittered street grid with gaps, parks and residential blocks in a 1.2 km square. */
function randomScene(seed: number) {
  const random = seededRandom(seed);
  const streets = [];
  for (let i = 0; i <= 6; i++) {
    const at = i * 200;
    const vertices = (vertical: boolean) => Array.from({ length: 7 }, (_, k) => (vertical ? [at, k * 200] : [k * 200, at]) as [number, number]);
    if (random() < 0.8) streets.push(line(vertices(false)));
    if (random() < 0.8) streets.push(line(vertices(true)));
  }
  const block = () => {
    const x = random() * 1100,
      y = random() * 1100;
    return rect(x, y, x + 20 + random() * 80, y + 20 + random() * 80);
  };
  const parks = Array.from({ length: 3 }, block);
  const homes = Array.from({ length: 25 }, block);
  return { random, streets, parks, homes, block };
}

const frame = createLocalProjection(120.3, 36.07);
const centreMetres = (ring: number[][]): [number, number] => {
  const [x0, y0] = frame.forward(ring[0]![0]!, ring[0]![1]!),
    [x1, y1] = frame.forward(ring[2]![0]!, ring[2]![1]!);
  return [(x0 + x1) / 2, (y0 + y1) / 2];
};

describe("walking-network edits (incremental, never shrinking)", () => {
  const gains: number[] = [];
  afterAll(() => expect(gains.some((gain) => gain > 0.001)).toBe(true)); // the paths do change coverage somewhere
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`seed ${seed}: adding a park or a path never shrinks coverage, and the edit equals a full run`, () => {
      const { random, streets, parks, homes, block } = randomScene(seed);
      const ruleSetId = "custom:400=150,5000=300";
      const input = { residential: collection(homes), parks: collection(parks), walkingNetwork: collection(streets) };
      const session = new MetricsSession(input, { ruleSetId });
      const before = session.report().networkCoverage!;
      const newPark = block();
      const afterPark = session.setPark(parks.length, newPark).networkCoverage!;
      // A path from the grid vertex nearest to a home into its middle (a path through a block).
      const target = homes[Math.floor(random() * homes.length)]!.geometry.coordinates[0]!;
      const [cx, cy] = centreMetres(target);
      const path = line([
        [Math.round(cx / 200) * 200, Math.round(cy / 200) * 200],
        [cx, cy],
      ]);
      const afterPath = session.setPath(0, path).networkCoverage!;
      expect(afterPark.ratio).toBeGreaterThanOrEqual(before.ratio - 1e-12);
      expect(afterPath.ratio).toBeGreaterThanOrEqual(afterPark.ratio - 1e-12);
      afterPath.byClass.forEach((c, i) => expect(c.ratio).toBeGreaterThanOrEqual(before.byClass[i]!.ratio - 1e-12));
      const full = new MetricsSession(
        { ...input, parks: collection([...parks, newPark]), walkingNetwork: collection([...streets, path]) },
        { ruleSetId },
      ).report().networkCoverage!;
      expect(afterPath.coveredAreaM2).toBeCloseTo(full.coveredAreaM2, 3);
      expect(afterPath.radiusOnlyAreaM2).toBeCloseTo(full.radiusOnlyAreaM2, 3);
      gains.push(afterPath.ratio - afterPark.ratio);
      // Moving the path to another home (its nodes searched again from their neighbours) equals a full run too.
      const [mx, my] = centreMetres(
        homes[(homes.indexOf(homes.find((home) => home.geometry.coordinates[0] === target)!) + 1) % homes.length]!.geometry.coordinates[0]!,
      );
      const movedPath = line([
        [Math.round(mx / 200) * 200, Math.round(my / 200) * 200],
        [mx, my],
      ]);
      const afterPathMove = session.setPath(0, movedPath).networkCoverage!;
      const pathMovedFull = new MetricsSession(
        { ...input, parks: collection([...parks, newPark]), walkingNetwork: collection([...streets, movedPath]) },
        { ruleSetId },
      ).report().networkCoverage!;
      expect(afterPathMove.coveredAreaM2).toBeCloseTo(pathMovedFull.coveredAreaM2, 3);
      expect(afterPathMove.byClass.map((c) => c.coveredAreaM2)).toEqual(pathMovedFull.byClass.map((c) => expect.closeTo(c.coveredAreaM2, 3)));
      const removed = session.setPath(0, null).networkCoverage!;
      expect(removed.coveredAreaM2).toBeCloseTo(afterPark.coveredAreaM2, 3);
      // Moving the new park elsewhere and then removing it equal full runs too.
      const moved = block();
      const afterMove = session.setPark(parks.length, moved).networkCoverage!;
      const movedFull = new MetricsSession({ ...input, parks: collection([...parks, moved]) }, { ruleSetId }).report().networkCoverage!;
      expect(afterMove.coveredAreaM2).toBeCloseTo(movedFull.coveredAreaM2, 3);
      expect(session.setPark(parks.length, null).networkCoverage!.coveredAreaM2).toBeCloseTo(before.coveredAreaM2, 3);
      // Removing a park of the baseline (its nodes searched again from their neighbours) equals a full run without it.
      const withoutFirst = session.setPark(0, null).networkCoverage!;
      const withoutFirstFull = new MetricsSession({ ...input, parks: collection(parks.slice(1)) }, { ruleSetId }).report().networkCoverage!;
      expect(withoutFirst.coveredAreaM2).toBeCloseTo(withoutFirstFull.coveredAreaM2, 3);
      expect(withoutFirst.byClass.map((c) => c.coveredAreaM2)).toEqual(withoutFirstFull.byClass.map((c) => expect.closeTo(c.coveredAreaM2, 3)));
    });
  }

  it("removing a path that led a park onto a street takes back the reach beyond it", () => {
    const street = line([
      [0, 0],
      [1000, 0],
    ]);
    const park = rect(-200, 100, -150, 150); // 150 m from the street: no access without a path
    const homes = rect(150, -40, 250, -20); // 150–250 m along the street, inside its 50 m walk buffer
    const session = new MetricsSession(
      { residential: collection([homes]), parks: collection([park]), walkingNetwork: collection([street]) },
      { ruleSetId: "custom:1=500" },
    );
    expect(session.report().networkCoverage!.coveredAreaM2).toBe(0);
    const path = line([
      [-175, 125],
      [0, 0],
    ]);
    expect(session.setPath(0, path).networkCoverage!.ratio).toBeCloseTo(1, 6);
    expect(session.setPath(0, null).networkCoverage!.coveredAreaM2).toBeCloseTo(0, 6);
    // Moved to end short of the street, the path no longer leads anywhere.
    const short = line([
      [-175, 125],
      [-100, 60],
    ]);
    expect(session.setPath(0, path).networkCoverage!.ratio).toBeCloseTo(1, 6);
    expect(session.setPath(0, short).networkCoverage!.coveredAreaM2).toBeCloseTo(0, 6);
  });
});
