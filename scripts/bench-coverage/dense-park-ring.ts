/**
 * Times park service-radius coverage for one park whose boundary ring has N vertices, among 400 residential
 * parcels on a 20 × 20 grid of 90 m cells around it (the outer ones partly covered), rule set qingdao-300-500 — the engine the app's worker
 * and the CLI run. Two rings: "circle" (a 400 m circle, convex) and "star" (an eight-pointed star, 250–400 m,
 * densified along its edges with ±2 mm survey noise, not convex).
 *
 * Usage: node --import tsx scripts/bench-coverage/dense-park-ring.ts [N …]   (default 1000 10000 100000 1000000)
 */
import type { Feature, FeatureCollection, Position } from "geojson";
import { MetricsSession } from "../../src/analysis/index";

const CENTRE: Position = [120.38, 36.07];
const METRES_PER_DEGREE_LAT = 110_574;
const METRES_PER_DEGREE_LON = 111_320 * Math.cos((CENTRE[1]! * Math.PI) / 180);

function offset(eastM: number, northM: number): Position {
  return [CENTRE[0]! + eastM / METRES_PER_DEGREE_LON, CENTRE[1]! + northM / METRES_PER_DEGREE_LAT];
}

/** The dense park: N vertices, counter-clockwise, closed. */
export function denseParkRing(vertices: number, kind: "circle" | "star"): Feature {
  const ring: Position[] = [];
  let seed = 12345;
  const noise = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 0.004;
  const corner = (k: number): [number, number] => {
    const angle = (Math.PI * k) / 8,
      radius = k % 2 === 0 ? 400 : 250;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  };
  for (let i = 0; i < vertices; i++) {
    if (kind === "circle") {
      const angle = (2 * Math.PI * i) / vertices;
      ring.push(offset(400 * Math.cos(angle), 400 * Math.sin(angle)));
      continue;
    }
    const t = (16 * i) / vertices,
      k = Math.floor(t),
      f = t - k;
    const [ax, ay] = corner(k),
      [bx, by] = corner(k + 1);
    ring.push(offset(ax + (bx - ax) * f + noise(), ay + (by - ay) * f + noise()));
  }
  ring.push(ring[0]!);
  return { type: "Feature", properties: { name: "dense park", type: "综合公园" }, geometry: { type: "Polygon", coordinates: [ring] } };
}

function parcels(): FeatureCollection {
  const features: Feature[] = [];
  for (let row = 0; row < 20; row++) {
    for (let column = 0; column < 20; column++) {
      const [x, y] = [-900 + column * 90, -900 + row * 90];
      const ring = [offset(x, y), offset(x + 80, y), offset(x + 80, y + 80), offset(x, y + 80), offset(x, y)];
      features.push({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [ring] } });
    }
  }
  return { type: "FeatureCollection", features };
}

const counts = process.argv.slice(2).map(Number);
for (const kind of ["circle", "star"] as const)
  for (const vertices of counts.length > 0 ? counts : [1_000, 10_000, 100_000, 1_000_000]) {
    const parks: FeatureCollection = { type: "FeatureCollection", features: [denseParkRing(vertices, kind)] };
    const started = performance.now();
    const session = new MetricsSession({ residential: parcels(), parks }, { ruleSetId: "qingdao-300-500", blindSpots: true });
    const report = session.report();
    const ms = performance.now() - started;
    console.log(
      `${kind} ${vertices.toLocaleString("en")} vertices: ${(ms / 1000).toFixed(2)} s, coverage ratio ${report.parkCoverage?.ratio.toFixed(6)}, blind spots ${report.blindSpots?.length ?? 0}`,
    );
  }
