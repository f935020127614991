import { Clipper, FillRule, type Path64 } from "clipper2-ts";
import { describe, expect, it } from "vitest";
import corner from "../../../tests/fixtures/geometry/rectclip-corner.json";
import { differencePaths, intersectionAreaM2, pathsAreaM2 } from "./clip";
import { convexBuffer } from "./convex-buffer";
import { edgeChunkBoxes } from "./convex-clip";
import { UNITS_PER_METRE, makeShape, ringToPath } from "./projected-shape";

const clip: Path64 = corner.path;
const { left, top, right, bottom } = corner.rect;
/** The parcel: the fixture's box less the 1 cm margin the clip adds around a subject's box. */
const parcel = makeShape(
  [Float64Array.from([left + 1, top + 1, right - 1, top + 1, right - 1, bottom - 1, left + 1, bottom - 1].map((value) => value / UNITS_PER_METRE))],
  true,
);

describe("clipping a buffer to a parcel", () => {
  it("measures a buffer that encloses most of the parcel's box (Clipper2's RectClip drops a corner there)", () => {
    const trueAreaM2 = pathsAreaM2(Clipper.intersect(parcel.paths, [clip], FillRule.NonZero));
    expect(trueAreaM2).toBeGreaterThan(27_000);
    expect(pathsAreaM2(Clipper.rectClip(corner.rect, clip))).toBeLessThan(trueAreaM2 * 0.6);
    // Within 0.1 m² (cutting by the box first rounds a few vertices to the centimetre grid).
    expect(Math.abs(intersectionAreaM2(parcel, [[clip]]) - trueAreaM2)).toBeLessThan(0.1);
    expect(Math.abs(pathsAreaM2(differencePaths(parcel, [[clip]])) - (pathsAreaM2(parcel.paths) - trueAreaM2))).toBeLessThan(0.1);
  });

  it("cuts a convex buffer ring to the parcel's box without Clipper and measures what Clipper measures", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const square = (x: number, y: number, sizeM: number) => makeShape([Float64Array.from([x, y, x + sizeM, y, x + sizeM, y + sizeM, x, y + sizeM])], true);
    // Parks near, over, around and far from parcels: boxes wholly inside the buffer, cut by it, and missed.
    for (let trial = 0; trial < 60; trial++) {
      const park = square(random() * 400, random() * 400, 20 + random() * 80);
      const parcel = square(random() * 900 - 200, random() * 900 - 200, 10 + random() * 200);
      const ring = convexBuffer(park, 100 + random() * 300);
      const asRing = { convexRing: ring, chunks: edgeChunkBoxes(ring) };
      const asPaths = [ringToPath(ring)];
      const parcelM2 = pathsAreaM2(parcel.paths);
      const wantedM2 = intersectionAreaM2(parcel, [asPaths]);
      expect(Math.abs(intersectionAreaM2(parcel, [asRing]) - wantedM2)).toBeLessThan(0.05);
      expect(Math.abs(pathsAreaM2(differencePaths(parcel, [asRing])) - (parcelM2 - wantedM2))).toBeLessThan(0.05);
      expect(Math.abs(pathsAreaM2(differencePaths(parcel, [asRing, asPaths])) - (parcelM2 - wantedM2))).toBeLessThan(0.05);
    }
  });
});
