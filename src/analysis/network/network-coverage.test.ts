import { describe, expect, it } from "vitest";
import { MetricsSession } from "../metrics-session";
import { createLocalProjection } from "../geometry/local-projection";
import { createAnalysisHost } from "../session-host";
import { collection, line, rect } from "./network-test-scene";
import { buildWalkingGraph } from "./walking-graph";
import { WALK_BUFFER_SEGMENTS } from "./network-coverage";
import { accessZone, edgeInsideIntervals } from "./access-zones";
import { reachNetwork } from "./network-reach";
import { projectPolygonal } from "../geometry/projected-shape";

/** Half-width of a 100 m square park's 30 m access zone where a street 20 m away crosses it: √(30² − 20²). */
const HALF_CHORD_M = Math.sqrt(30 * 30 - 20 * 20);

const park = rect(0, 0, 100, 100, { name: "P" });
/** A main street 20 m south of the park, with a vertex where the side street leaves it southwards. */
const mainStreet = line([
  [-1000, -20],
  [250, -20],
  [1000, -20],
]);
const sideStreet = line([
  [250, -20],
  [250, -400],
]);

function session(
  features: { residential: ReturnType<typeof rect>[]; parks?: ReturnType<typeof rect>[]; network: ReturnType<typeof line>[] },
  ruleSetId = "custom:1=300",
) {
  return new MetricsSession(
    { residential: collection(features.residential), parks: collection(features.parks ?? [park]), walkingNetwork: collection(features.network) },
    { ruleSetId, networkGeometry: true },
  );
}

describe("walking-network coverage: golden cases computable by hand", () => {
  it("a block beside the street within the walk is covered; beyond the walk, and beyond 50 m of the street, it is not", () => {
    const nearStreet = rect(200, -60, 300, -30); // ≤ 40 m from the street, reached (walk ends at x = 422.4)
    const farAlong = rect(500, -60, 600, -30); // street reached only up to x = 122.4 + 300
    const offStreet = rect(120, -150, 200, -100); // inside the 300 m radius, 80 m from any street
    const report = session({ residential: [nearStreet, farAlong, offStreet], network: [mainStreet] }).report();
    const network = report.networkCoverage!;
    expect(network.residentialAreaM2).toBeCloseTo(3000 + 3000 + 4000, -1);
    expect(network.coveredAreaM2 / 3000).toBeCloseTo(1, 4);
    expect(network.ratio).toBeCloseTo(0.3, 4);
    // The radius rule covers the near block and the off-street block in full, the far block not at all.
    expect(report.parkCoverage!.coveredAreaM2 / 7000).toBeCloseTo(1, 4);
    expect(network.ratioToRadius).toBeCloseTo(3 / 7, 4);
    expect(network.radiusOnlyAreaM2 / 4000).toBeCloseTo(1, 4);
    expect(report.radiusOnlyLand).toHaveLength(1);
  });

  it("the side street carries the walk: 127.6 m to the junction, then the rest of 300 m southwards, ⊕ 50 m", () => {
    const block = rect(230, -260, 270, -220); // below the side street's reached end
    const report = session({ residential: [block], network: [mainStreet, sideStreet] }).report();
    const reachedEndY = -20 - (300 - (250 - (100 + HALF_CHORD_M)));
    // Covered part of the block = the part of the 50 m round cap around the reached end, integrated by hand.
    let coveredM2 = 0;
    const steps = 40_000,
      dx = 40 / steps;
    for (let i = 0; i < steps; i++) {
      const x = 230 + (i + 0.5) * dx;
      const h = Math.sqrt(Math.max(0, 2500 - (x - 250) ** 2));
      coveredM2 += Math.max(0, -220 - Math.max(-260, reachedEndY - h)) * dx;
    }
    expect(coveredM2).toBeGreaterThan(100);
    // The buffer's arcs are polygons of WALK_BUFFER_SEGMENTS per circle: a disc loses 1 − sin(2π/n)·n/(2π) of its area.
    const n = WALK_BUFFER_SEGMENTS,
      deficit = 1 - (Math.sin((2 * Math.PI) / n) * n) / (2 * Math.PI);
    const engineM2 = report.networkCoverage!.coveredAreaM2;
    expect(engineM2).toBeLessThanOrEqual(coveredM2 + 0.5);
    expect(engineM2).toBeGreaterThanOrEqual(coveredM2 * (1 - deficit) - 0.5);
  });

  it("an edge that leaves the access zone twice is entered from both crossings", () => {
    const projection = createLocalProjection(120.3, 36.07);
    // 140 m along the street, a 60 m dip south, 20 m across, 60 m back up, 140 m on: one edge, 420 m.
    const dip = line([
      [-100, -20],
      [40, -20],
      [40, -80],
      [60, -80],
      [60, -20],
      [200, -20],
    ]);
    const graph = buildWalkingGraph([dip], projection);
    expect(graph.edges).toHaveLength(1);
    const zone = accessZone(projectPolygonal(park.geometry, projection)!, 30)!;
    const inside = edgeInsideIntervals(graph.edges[0]!, 0, zone);
    expect(inside).toHaveLength(2); // from x = −22.4 down to y = −30, and from y = −30 on the way up to x = 122.4
    const reached = reachNetwork(
      graph,
      inside.map((interval) => ({ ...interval, budgetM: 40 })),
    );
    const stretches = reached.get(0)!;
    let reachedM = 0;
    for (let i = 0; i < stretches.length; i += 2) reachedM += (stretches[i + 1] ?? NaN) - (stretches[i] ?? NaN);
    // Unreached: 40 m at the bottom of the dip (10 + 20 + 10) and 100 − 22.4 − 40 = 37.6 m at each end.
    const unreachedM = 40 + 2 * (100 - HALF_CHORD_M - 40);
    expect(graph.edges[0]!.lengthM).toBeCloseTo(420, 2);
    expect(reachedM).toBeCloseTo(420 - unreachedM, 2);
    expect(stretches).toHaveLength(4);
  });

  it("a park with no street near it serves nobody on foot, and says so", () => {
    const lonely = rect(0, 3000, 100, 3100, { name: "lonely" });
    const homes = rect(0, 3120, 100, 3160);
    const s = session({ residential: [homes], parks: [lonely], network: [mainStreet] });
    const report = s.report();
    expect(report.parkCoverage!.ratio).toBeCloseTo(1, 6);
    expect(report.networkCoverage!.ratio).toBe(0);
    expect(report.networkCoverage!.parksWithoutNetworkCount).toBe(1);
    expect(s.networkParkFacts(0)).toMatchObject({ noNetworkNearby: true, accessPoints: [], servedAreaM2: 0 });
  });

  it("a bridge crossing a street without a shared vertex does not connect to it", () => {
    const homes = rect(280, -330, 320, -290); // beside the far end of the bridge, 270 m below the street
    const bridge = line([
      [300, 200],
      [300, -340],
    ]);
    const joined = line([
      [300, 200],
      [300, -20],
      [300, -340],
    ]); // the same line with a vertex on the street
    const crossing = session(
      {
        residential: [homes],
        network: [
          line([
            [-1000, -20],
            [1000, -20],
          ]),
          bridge,
        ],
      },
      "custom:1=600",
    ).report();
    const connected = session(
      {
        residential: [homes],
        network: [
          line([
            [-1000, -20],
            [300, -20],
            [1000, -20],
          ]),
          joined,
        ],
      },
      "custom:1=600",
    ).report();
    expect(crossing.networkCoverage!.ratio).toBe(0);
    expect(connected.networkCoverage!.ratio).toBeCloseTo(1, 6); // 177.6 m to the crossing, then 310 m south < 600 m
    expect(crossing.networkCoverage!.network.edgeCount).toBe(2);
    expect(connected.networkCoverage!.network.edgeCount).toBe(4);
  });

  it("two parks whose walking areas meet cover the strip between them together; each alone serves less", () => {
    const second = rect(700, 0, 800, 100, { name: "Q" });
    const strip = rect(0, -60, 800, -30);
    const s = session({ residential: [strip], parks: [park, second], network: [mainStreet] });
    const report = s.report();
    expect(report.networkCoverage!.ratio).toBeCloseTo(1, 6);
    const [a, b] = [s.networkParkFacts(0)!, s.networkParkFacts(1)!];
    expect(a.accessPoints).toHaveLength(2);
    expect(a.servedAreaM2 + b.servedAreaM2).toBeGreaterThan(24_000);
    // Overlap = served by both; alone = served − overlap, so the two alone areas plus the overlap make the strip
    // (to Clipper's centimetre grid: ≤ 0.5 cm along 1.7 km of outline).
    const overlap = a.servedAreaM2 - a.aloneServedAreaM2;
    expect(Math.abs(b.servedAreaM2 - b.aloneServedAreaM2 - overlap)).toBeLessThan(10);
    expect((a.aloneServedAreaM2 + b.aloneServedAreaM2 + overlap) / report.networkCoverage!.residentialAreaM2).toBeCloseTo(1, 3);
    expect(a.aloneServedAreaM2).toBeLessThan(a.servedAreaM2 - 1000);
    expect(overlap).toBeGreaterThan(0);
    expect(report.networkServiceAreas?.[0]?.properties.scope).toBe("overall");
    // The map's view holds the overall area only, the same polygons as the export's first feature.
    const exported = s.networkGeometry().networkServiceAreas ?? [];
    const drawn = s.networkGeometry(false).networkServiceAreas ?? [];
    expect(exported.map((feature) => feature.properties.scope)).toEqual(["overall", ...s.ruleSet.classes.map((c) => String(c.radiusM))]);
    expect(drawn.map((feature) => feature.properties.scope)).toEqual(["overall"]);
    expect(drawn[0]?.geometry).toEqual(exported[0]?.geometry);
  });

  it("OSM edges join by node id, and the settings change the result", () => {
    const homes = rect(200, -90, 300, -60); // 40–70 m from the street: fully inside a 70 m walk buffer only
    const osm = [
      line(
        [
          [-1000, -20],
          [0, -20],
        ],
        { fromNodeId: 1, toNodeId: 2, lengthM: 1000 },
      ),
      line(
        [
          [0, -20],
          [1000, -20],
        ],
        { fromNodeId: 2, toNodeId: 3, lengthM: 1000 },
      ),
    ];
    const input = { residential: collection([homes]), parks: collection([park]), walkingNetwork: collection(osm) };
    const narrow = new MetricsSession(input, { ruleSetId: "custom:1=300" }).report().networkCoverage!;
    const wide = new MetricsSession(input, { ruleSetId: "custom:1=300", network: { walkBufferM: 70 } }).report().networkCoverage!;
    expect(narrow.network.edgeCount).toBe(2);
    expect(narrow.ratio).toBeGreaterThan(0.3);
    expect(narrow.ratio).toBeLessThan(0.4); // only the 10 m of 30 m depth within 50 m of the street
    expect(wide.ratio).toBeCloseTo(1, 6);
    expect(wide.settings).toEqual({ accessM: 30, walkBufferM: 70 });
  });

  it("the host answers park edits with both columns", () => {
    const host = createAnalysisHost();
    const homes = rect(200, -60, 300, -30);
    host.computeMetrics(
      { residential: collection([homes]), parks: collection([rect(2000, 2000, 2100, 2100)]), walkingNetwork: collection([mainStreet]) },
      { ruleSetId: "custom:1=300" },
    );
    const edited = host.setPark(1, park);
    expect(edited.parkCoverage?.ratio).toBeCloseTo(1, 6);
    expect(edited.networkCoverage?.ratio).toBeCloseTo(1, 4);
  });
});
