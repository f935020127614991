/** One-off timing probe (not a test): node --import tsx tests/io/perf-probe.ts <featureCount> */
import { readLayerFile } from "../../src/io/read-layer-file";

const count = Number(process.argv[2] ?? "50000");
const features = Array.from({ length: count }, (_, index) => {
  const x = 120.2 + (index % 500) * 0.0005,
    y = 36.0 + Math.floor(index / 500) * 0.0005;
  const ring = [
    [x, y],
    [x + 0.0004, y],
    [x + 0.0004, y + 0.0003],
    [x + 0.0002, y + 0.00045],
    [x, y + 0.0003],
    [x, y],
  ];
  return {
    type: "Feature",
    properties: { id: index, name: `地块${index}`, landuse: "R2", areaM2: 1234.5 },
    geometry: { type: "Polygon", coordinates: [ring] },
  };
});
const bytes = new TextEncoder().encode(JSON.stringify({ type: "FeatureCollection", features }));
const started = performance.now();
const result = await readLayerFile(bytes, "parcels.geojson");
console.log(
  `${count} parcels, ${(bytes.length / 1e6).toFixed(1)} MB: ${Math.round(performance.now() - started)} ms, ${result.featureCollection.features.length} features, issues ${result.issues.map((issue) => issue.code).join(",") || "none"}, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`,
);
