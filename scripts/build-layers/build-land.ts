import { readFileSync } from "node:fs";
import * as turf from "@turf/turf";
import type { FeatureCollection, Polygon } from "geojson";
import { BASE_BOX, GSHHG_VERSION, INPUT_FILES } from "./config";
import { GSHHG_ATTRIBUTION, GSHHG_LICENCE, GSHHG_SOURCE, gshhgMethodText } from "./gshhg-provenance";
import type { BuiltLayer } from "./write-layer";

/** Reads the committed GSHHG land intermediate (written by extract/extract-gshhg.ts). */
export function readGshhgLand(file = INPUT_FILES.gshhgLand): FeatureCollection<Polygon> {
  return JSON.parse(readFileSync(file, "utf8")) as FeatureCollection<Polygon>;
}

/** Sort key that does not depend on the order GEOS returned the polygons in. */
function polygonKey(polygon: Polygon): string {
  const ring = polygon.coordinates[0] ?? [];
  let west = Infinity;
  let south = Infinity;
  for (const [lon = 0, lat = 0] of ring) {
    if (lon < west || (lon === west && lat < south)) [west, south] = [lon, lat];
  }
  return `${west.toFixed(6)},${south.toFixed(6)}`;
}

/** The basemap land layer: GSHHG full-resolution level-1 polygons clipped to the base box. */
export function buildLandLayer(land = readGshhgLand()): BuiltLayer {
  const polygons = land.features
    .map((feature) => feature.geometry)
    .map((geometry) => ({ geometry, areaKm2: turf.area(geometry) / 1e6 }))
    .sort((a, b) => b.areaKm2 - a.areaKm2 || polygonKey(a.geometry).localeCompare(polygonKey(b.geometry)));
  const features = polygons.map(({ geometry, areaKm2 }, index) => ({
    type: "Feature" as const,
    properties: { id: `land-${String(index + 1).padStart(4, "0")}`, level: 1, areaKm2: Math.round(areaKm2 * 1000) / 1000 },
    geometry,
  }));
  return {
    meta: {
      id: "land",
      title: { zh: "陆地", en: "Land" },
      kind: "land",
      group: "base",
      geometryType: "Polygon",
      regions: ["qingdao", "yantai"],
      style: { color: "#f2efe6", outlineColor: "#f2efe6", fillOpacity: 1 },
      source: GSHHG_SOURCE,
      licence: GSHHG_LICENCE,
      attribution: GSHHG_ATTRIBUTION,
      schematic: false,
      declaredCrs: "EPSG:4326",
      defaultVisible: true,
      drawOrder: 0,
    },
    features,
    readme: `# land — 陆地 (real data)

Level-1 land polygons of GSHHG ${GSHHG_VERSION}, **full resolution**, clipped to the box
lon ${BASE_BOX[0]}–${BASE_BOX[2]}, lat ${BASE_BOX[1]}–${BASE_BOX[3]} (Qingdao and Yantai). Where land meets the
box edge the polygon is cut by a straight line along the edge; the sea is everything not covered.
${features.length} polygons (the mainland first, then islands by decreasing area).

- Properties: \`id\` (land-0001 …, by decreasing area), \`level\` (GSHHG level, 1 = land), \`areaKm2\` (geodesic-ish, turf).
- CRS: WGS84 (EPSG:4326), coordinates rounded to 6 decimals, RFC 7946 winding.
${gshhgMethodText()}`,
  };
}
