import { describe, expect, it } from "vitest";
import { createFromWgs84 } from "./crs-registry";
import { detectCrsCandidates } from "./detect-crs";

/** A few WGS84 points in Qingdao (Zhongshan Park to Fushan). */
const QINGDAO: [number, number][] = [
  [120.345, 36.061],
  [120.43, 36.095],
  [120.38, 36.06],
];

function projected(crs: string): [number, number][] {
  const forward = createFromWgs84(crs)!;
  return QINGDAO.map((position) => forward(position));
}

describe("detectCrsCandidates", () => {
  it("ranks WGS84 first for degrees and offers GCJ-02/BD-09 as alternatives in China", () => {
    const candidates = detectCrsCandidates(QINGDAO).map((candidate) => candidate.crs);
    expect(candidates[0]).toBe("EPSG:4326");
    expect(candidates).toContain("GCJ-02");
    expect(candidates).toContain("BD-09");
  });

  it("reads the zone number 40 from prefixed eastings and prefers CGCS2000 (EPSG:4528)", () => {
    const candidates = detectCrsCandidates(projected("EPSG:4528"));
    expect(candidates[0]!.crs).toBe("EPSG:4528");
    expect(candidates.map((candidate) => candidate.crs)).toEqual(expect.arrayContaining(["EPSG:2364", "EPSG:2416"]));
  });

  it("finds central meridian 120°E for eastings without prefix (EPSG:4549), since other meridians land outside Qingdao/Yantai", () => {
    const candidates = detectCrsCandidates(projected("EPSG:4549"));
    expect(candidates[0]!.crs).toBe("EPSG:4549");
    expect(candidates.some((candidate) => candidate.crs === "EPSG:4548" || candidate.crs === "EPSG:4550")).toBe(false);
  });

  it("recognises Web Mercator metres", () => {
    expect(detectCrsCandidates(projected("EPSG:3857"))[0]!.crs).toBe("EPSG:3857");
  });

  it("recognises 6° zone 21 eastings with prefix (EPSG:4499)", () => {
    expect(detectCrsCandidates(projected("EPSG:4499"))[0]!.crs).toBe("EPSG:4499");
  });

  it("offers nothing for metres that no supported CRS puts in Qingdao or Yantai", () => {
    expect(
      detectCrsCandidates([
        [3_500_000, 5_800_000],
        [3_510_000, 5_810_000],
      ]),
    ).toEqual([]);
  });
});
