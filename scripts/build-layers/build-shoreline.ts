import * as turf from "@turf/turf";
import type { Feature, Geometry, Position } from "geojson";
import { BASE_BOX } from "./config";
import { GSHHG_ATTRIBUTION, GSHHG_LICENCE, GSHHG_SOURCE, gshhgMethodText } from "./gshhg-provenance";
import { createRegionLocator } from "./region-locator";
import { shorelineRunsOfRing, splitLineByLength } from "./shoreline-split";
import type { BuiltLayer } from "./write-layer";

/** Shoreline pieces are cut to at most about this length, so that attributes (e.g. natural/artificial) can vary along the coast. */
export const SHORELINE_PIECE_MAX_KM = 2;

/**
 * The shoreline layer, derived from the built land layer's rings (GSHHG full resolution) with the
 * clip-box edges removed, cut into pieces of ≤ about 2 km with stable ids (`shore-00001` …, in land
 * polygon order, then ring order, then along the ring).
 */
export function buildShorelineLayer(
  landFeatures: Feature<Geometry, Record<string, unknown>>[],
  districts: Feature<Geometry, Record<string, unknown>>[] = [],
): BuiltLayer {
  const regionOf = createRegionLocator(districts);
  const features: Feature<Geometry, Record<string, unknown>>[] = [];
  for (const land of landFeatures) {
    if (land.geometry.type !== "Polygon") throw new Error("land features must be Polygons");
    const landId = String(land.properties.id);
    const island = landId !== "land-0001";
    for (const ring of land.geometry.coordinates) {
      for (const run of shorelineRunsOfRing(ring, BASE_BOX)) {
        for (const piece of splitLineByLength(run, SHORELINE_PIECE_MAX_KM)) {
          const id = `shore-${String(features.length + 1).padStart(5, "0")}`;
          const lengthKm = Math.round(turf.length(turf.lineString(piece)) * 1000) / 1000;
          const middle = piece[Math.floor(piece.length / 2)] as Position;
          features.push({
            type: "Feature",
            properties: { id, landId, coast: island ? "island" : "mainland", region: regionOf(middle), lengthKm },
            geometry: { type: "LineString", coordinates: piece as Position[] },
          });
        }
      }
    }
  }
  const totalKm = features.reduce((sum, feature) => sum + Number(feature.properties.lengthKm), 0);
  return {
    meta: {
      id: "shoreline",
      title: { zh: "海岸线（类型示意）", en: "Shoreline (type schematic)" },
      kind: "shoreline",
      group: "base",
      geometryType: "LineString",
      regions: ["qingdao", "yantai"],
      style: {
        color: "#6b8fb3",
        lineWidthPx: 1.6,
        categoryProperty: "type",
        categories: [
          { value: "natural", color: "#2f8f5b", label: { zh: "自然岸线（示意）", en: "Natural (schematic)" } },
          { value: "artificial", color: "#6d6875", label: { zh: "人工岸线（示意）", en: "Artificial (schematic)" } },
        ],
      },
      source: GSHHG_SOURCE,
      licence: GSHHG_LICENCE,
      attribution: GSHHG_ATTRIBUTION,
      schematic: false,
      schematicAttributes: ["type"],
      declaredCrs: "EPSG:4326",
      defaultVisible: true,
      drawOrder: 85,
    },
    features,
    readme: `# shoreline — 海岸线 (real geometry)

GSHHG full-resolution shoreline (the boundary of the \`land\` layer without the straight clip-box edges),
cut at vertices into ${features.length} pieces of at most about ${SHORELINE_PIECE_MAX_KM} km (total ${totalKm.toFixed(1)} km in the box
lon ${BASE_BOX[0]}–${BASE_BOX[2]}, lat ${BASE_BOX[1]}–${BASE_BOX[3]}).

- Properties: \`id\` (stable: \`shore-00001\` … in land-polygon order, then ring order, then along the ring),
  \`landId\` (the \`land\` polygon it bounds), \`coast\` (\`mainland\` | \`island\`), \`region\` (\`qingdao\` | \`yantai\` |
  null: the region of the nearest district boundary vertex within 0.05°, null for other cities' coasts),
  \`lengthKm\` (great circle).
- A \`type\` attribute (natural / artificial) is NOT part of GSHHG; if present it is added later by the schematic
  stage and is schematic (示意) — see that stage's README notes.
- CRS: WGS84 (EPSG:4326), 6 decimals.
${gshhgMethodText()}`,
  };
}
