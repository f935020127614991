/**
 * One engine measurement in a fresh process (so peak memory is per scale):
 * `tsx scripts/bench-coverage/engine-run.ts SCALE [runs]` prints one JSON line.
 */
import type { Feature, Polygon } from "geojson";
import { computeMetrics, MetricsSession } from "../../src/analysis/index";
import { generateSyntheticCity, type SyntheticScale } from "../../src/analysis/synthetic/synthetic-city";
import { peakRssMb } from "../bench-lib/peak-rss";

const scale = (process.argv[2] ?? "S") as SyntheticScale;
const runs = Number(process.argv[3] ?? 3);
const ruleSetId = "qingdao-300-500";
const city = generateSyntheticCity(scale, 1);
const input = { residential: city.residential, parks: city.parks };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const wall: number[] = [],
  cpu: number[] = [];
let report = computeMetrics(input, { ruleSetId });
for (let run = 0; run < runs; run++) {
  const c0 = process.cpuUsage(),
    t0 = performance.now();
  report = computeMetrics(input, { ruleSetId });
  wall.push(performance.now() - t0);
  const used = process.cpuUsage(c0);
  cpu.push((used.user + used.system) / 1000);
}
const c0 = process.cpuUsage(),
  t0 = performance.now();
const withGreenways = computeMetrics({ ...input, greenways: city.greenways, districts: city.districts }, { ruleSetId });
const fullWallMs = performance.now() - t0;
const fullCpuMs = (process.cpuUsage(c0).user + process.cpuUsage(c0).system) / 1000;

let incremental: { addMs: number; moveMs: number; previewMs: number; previewPrepareMs: number; previewRatio: number } | undefined;
if (scale !== "L") {
  const session = new MetricsSession(input, { ruleSetId });
  const parkCount = city.parks.features.length;
  const template = city.parks.features[parkCount - 1] as Feature<Polygon>;
  const shifted = (dx: number): Feature<Polygon> => ({
    ...template,
    geometry: {
      type: "Polygon",
      coordinates: template.geometry.coordinates.map((ring) => ring.map((position) => position.map((value, axis) => (axis === 0 ? value + dx : value)))),
    },
  });
  const addTimes: number[] = [],
    moveTimes: number[] = [];
  for (let k = 0; k < 5; k++) {
    let t = performance.now();
    session.setPark(parkCount + k, shifted(0.002 * (k + 1)));
    addTimes.push(performance.now() - t);
    t = performance.now();
    session.setPark(parkCount + k, shifted(0.002 * (k + 1) + 0.001));
    moveTimes.push(performance.now() - t);
  }
  let t = performance.now();
  session.previewRatio(400);
  const previewPrepareMs = performance.now() - t;
  const previewTimes: number[] = [];
  let previewRatio = 0;
  for (let r = 100; r <= 1000; r += 50) {
    t = performance.now();
    previewRatio = session.previewRatio(r);
    previewTimes.push(performance.now() - t);
  }
  incremental = { addMs: median(addTimes), moveMs: median(moveTimes), previewMs: Math.max(...previewTimes), previewPrepareMs, previewRatio };
}

console.log(
  JSON.stringify({
    scale,
    parcels: city.residential.features.length,
    parks: city.parks.features.length,
    wallMs: median(wall),
    cpuMs: median(cpu),
    fullWallMs,
    fullCpuMs,
    maxRssMB: peakRssMb(),
    ratio: report.parkCoverage?.ratio,
    residentialAreaM2: report.parkCoverage?.residentialAreaM2,
    coveredAreaM2: report.parkCoverage?.coveredAreaM2,
    byClass: report.parkCoverage?.byClass.map((c) => c.ratio),
    greenwayLengthKm: withGreenways.greenways?.lengthKm,
    incremental,
  }),
);
