/**
 * The peer of `shanhai` in `npm run bench:cli`: park service-radius coverage (qingdao-300-500: parks ≥ 400 m²
 * serve 300 m, ≥ 10,000 m² serve 500 m) done the direct way in plain JavaScript — GeoJSON parsed whole, a local
 * equirectangular projection on the WGS 84 ellipsoid (meridian and prime-vertical radii at the data's mean
 * latitude), each park buffered by Clipper2 (round joins) and the buffers united once; the parcels whose bounding
 * box no buffer reaches (Flatbush) are blind spots as they are, the others are intersected with and subtracted
 * from the union in one Clipper pass each. Blind spots are written as GeoJSON rings (holes not nested). `node scripts/bench-cli/baseline-indexed-clipper.mjs RESIDENTIAL PARKS BLIND_OUT`
 * prints `{"ratio", "residentialAreaM2", "coveredAreaM2", "blindSpotRings"}`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import Flatbush from "flatbush";
import { Clipper, EndType, FillRule, JoinType } from "clipper2-ts";

const [residentialPath, parksPath, blindPath] = process.argv.slice(2);
const residential = JSON.parse(readFileSync(residentialPath, "utf8"));
const parks = JSON.parse(readFileSync(parksPath, "utf8"));

/** Clipper works in integers: centimetres. */
const UNITS_PER_M = 100;
const A = 6378137,
  E2 = 0.00669437999014;
let latSum = 0,
  lonSum = 0,
  count = 0;
for (const feature of residential.features) {
  const ring = feature.geometry.type === "Polygon" ? feature.geometry.coordinates[0] : feature.geometry.coordinates[0][0];
  lonSum += ring[0][0];
  latSum += ring[0][1];
  count++;
}
const lon0 = lonSum / count,
  lat0 = latSum / count;
const phi = (lat0 * Math.PI) / 180,
  w = Math.sqrt(1 - E2 * Math.sin(phi) ** 2);
const kx = (((A / w) * Math.cos(phi) * Math.PI) / 180) * UNITS_PER_M;
const ky = ((((A * (1 - E2)) / w ** 3) * Math.PI) / 180) * UNITS_PER_M;

const toPath = (ring) => ring.slice(0, -1).map(([lon, lat]) => ({ x: Math.round((lon - lon0) * kx), y: Math.round((lat - lat0) * ky) }));
const pathsOf = (geometry) => (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates).flatMap((polygon) => polygon.map(toPath));
const areaM2 = (paths) => Math.abs(Clipper.areaPaths(paths)) / UNITS_PER_M ** 2;

const buffers = [];
for (const feature of parks.features) {
  const paths = pathsOf(feature.geometry);
  const area = areaM2(paths);
  const radiusM = area >= 10_000 ? 500 : area >= 400 ? 300 : 0;
  if (radiusM > 0) buffers.push(Clipper.inflatePaths(paths, radiusM * UNITS_PER_M, JoinType.Round, EndType.Polygon, 2, 5));
}
const index = new Flatbush(Math.max(1, buffers.length));
for (const paths of buffers) {
  const b = Clipper.getBoundsPaths(paths);
  index.add(b.left, b.top, b.right, b.bottom);
}
if (buffers.length === 0) index.add(0, 0, 0, 0);
index.finish();
const reach = Clipper.union(buffers.flat(), FillRule.NonZero);

// Parcels no buffer reaches are blind spots as they are; the others are clipped in one pass each way.
let residentialAreaM2 = 0;
const reached = [];
const blind = [];
for (const feature of residential.features) {
  const paths = pathsOf(feature.geometry);
  residentialAreaM2 += areaM2(paths);
  const b = Clipper.getBoundsPaths(paths);
  if (buffers.length && index.search(b.left, b.top, b.right, b.bottom).length > 0) reached.push(...paths);
  else blind.push(...paths);
}
const coveredAreaM2 = areaM2(Clipper.intersect(reached, reach, FillRule.NonZero));
blind.push(...Clipper.difference(reached, reach, FillRule.NonZero));

const toLonLat = (path) => {
  const ring = path.map(({ x, y }) => [lon0 + x / kx, lat0 + y / ky]);
  return [...ring, ring[0]];
};
writeFileSync(
  blindPath,
  JSON.stringify({
    type: "FeatureCollection",
    features: blind.map((path) => ({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [toLonLat(path)] } })),
  }),
);
console.log(JSON.stringify({ ratio: coveredAreaM2 / residentialAreaM2, residentialAreaM2, coveredAreaM2, blindSpotRings: blind.length }));
