/**
 * The naive Turf approach the performance notes warn against (buffer → union → intersect → area), at S only:
 * `tsx scripts/bench-coverage/turf-naive.ts` prints one JSON line.
 */
import * as turf from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { generateSyntheticCity } from "../../src/analysis/synthetic/synthetic-city";

const city = generateSyntheticCity("S", 1);
const start = performance.now();
const buffers: Feature<Polygon | MultiPolygon>[] = [];
for (const park of city.parks.features) {
  const area = turf.area(park);
  if (area < 400) continue;
  const buffered = turf.buffer(park, area >= 10000 ? 500 : 300, { units: "meters", steps: 64 });
  if (buffered) buffers.push(buffered as Feature<Polygon | MultiPolygon>);
}
const union = turf.union(turf.featureCollection(buffers));
let total = 0,
  covered = 0;
for (const parcel of city.residential.features) {
  total += turf.area(parcel);
  if (!union) continue;
  const piece = turf.intersect(turf.featureCollection([parcel, union]));
  if (piece) covered += turf.area(piece);
}
console.log(JSON.stringify({ ms: performance.now() - start, ratio: covered / total, residentialAreaM2: total }));
