import type { FeatureCollection } from "geojson";
import { distance, pointToLineDistance, polygonToLine } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { resolveRuleSet } from "../../domain/rule-sets";
import { greenProximity } from "./green-proximity";
import { nearestFeature, projectAround } from "./nearest-feature";

/** A square park of `sideM` metres (approximately) whose west edge is at `lon`, centred on 36°N. */
function squarePark(name: string, lon: number, sideM: number) {
  const dLat = sideM / 111_000;
  const dLon = sideM / 90_160;
  return {
    type: "Feature" as const,
    properties: { name },
    geometry: {
      type: "Polygon" as const,
      coordinates: [
        [
          [lon, 36],
          [lon + dLon, 36],
          [lon + dLon, 36 + dLat],
          [lon, 36 + dLat],
          [lon, 36],
        ],
      ],
    },
  };
}

const parks = (): FeatureCollection => ({
  type: "FeatureCollection",
  features: [
    squarePark("小游园", 120.0025, 30), // ~900 m², west edge ~225 m east of the place
    squarePark("大公园", 120.0055, 150), // ~2.25 ha, west edge ~495 m east
  ],
});

const here: [number, number] = [120, 36.0001];

describe("nearestFeature", () => {
  it("measures straight-line distance to the boundary and the bearing", () => {
    const nearest = nearestFeature(projectAround(here, parks()));
    expect(nearest?.feature.properties?.name).toBe("小游园");
    expect(nearest?.distanceM).toBeGreaterThan(215);
    expect(nearest?.distanceM).toBeLessThan(235);
    expect(nearest?.bearingDeg).toBeGreaterThan(80);
    expect(nearest?.bearingDeg).toBeLessThan(100);
  });

  it("is zero inside a polygon", () => {
    expect(nearestFeature(projectAround([120.0026, 36.0001], parks()))?.distanceM).toBe(0);
  });

  it("returns null when nothing qualifies", () => {
    expect(nearestFeature(projectAround(here, parks()), () => false)).toBeNull();
  });
});

describe("greenProximity", () => {
  it("gives the nearest park's boundary point nearest to the place, on the park's edge", () => {
    const answer = greenProximity(here, parks(), { type: "FeatureCollection", features: [] }, resolveRuleSet("qingdao-300-500"));
    const point = answer.nearestParkLonLat;
    if (!point) throw new Error("no nearest point");
    const edge = polygonToLine(squarePark("小游园", 120.0025, 30));
    if (edge.type !== "Feature" || edge.geometry.type !== "LineString") throw new Error("unexpected outline");
    expect(pointToLineDistance(point, edge as Parameters<typeof pointToLineDistance>[1], { units: "meters" })).toBeLessThan(0.5);
    // turf measures on a sphere, the engine on the ellipsoid: they agree within 1 %.
    const distanceM = answer.nearestPark?.distanceM ?? 0;
    expect(Math.abs(distance(here, point, { units: "meters" }) - distanceM)).toBeLessThan(distanceM * 0.01);
  });

  it("gives the place itself as the nearest point when it is inside the park", () => {
    const inside: [number, number] = [120.0026, 36.0001];
    const answer = greenProximity(inside, parks(), { type: "FeatureCollection", features: [] }, resolveRuleSet("qingdao-300-500"));
    expect(distance(inside, answer.nearestParkLonLat ?? [0, 0], { units: "meters" })).toBeLessThan(0.01);
  });

  it("answers 300米见绿 with the small garden and 500米见园 with the 1 ha park", () => {
    const answer = greenProximity(here, parks(), { type: "FeatureCollection", features: [] }, resolveRuleSet("qingdao-300-500"));
    expect(answer.classes.map((item) => [item.radiusM, item.nearest?.feature.properties?.name, item.isWithin])).toEqual([
      [300, "小游园", true],
      [500, "大公园", true],
    ]);
    expect(answer.nearestGreenway).toBeNull();
  });

  it("does not count a park too small for the class", () => {
    const answer = greenProximity(here, parks(), { type: "FeatureCollection", features: [] }, resolveRuleSet("who-2016"));
    expect(answer.classes[0]?.nearest?.feature.properties?.name).toBe("大公园");
    expect(answer.classes[0]?.isWithin).toBe(false);
  });
});
